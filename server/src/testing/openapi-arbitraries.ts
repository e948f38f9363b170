import fc from 'fast-check';

/** The part of JSON Schema (OpenAPI 3.1) the API's description uses. */
export interface JsonSchema {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  default?: unknown;
}

export interface ArbitraryOptions {
  /** Ids worth hitting (rows that exist), mixed into every integer field named `id`/`…Id`. */
  knownIds?: readonly number[];
  /** Values worth trying for a field of this name (existing region codes, nearby quarters). */
  hints?: Readonly<Record<string, readonly unknown[]>>;
  /** Share of values that ignore the schema altogether (0–1). */
  wildness?: number;
}

/** Strings a hostile client tries first: empty, NUL, out-of-range numbers, bad quarters. */
export const WILD_STRINGS = [
  '',
  '\u0000',
  'a\u0000b',
  '-1',
  '0',
  '2147483648',
  '9007199254740991',
  '1e3',
  ' 1',
  'abc',
  '中文',
  '2026Q5',
  '0000Q1',
  '%',
  "'; select 1 --",
] as const;

const wildJson = fc.oneof(
  fc.constantFrom(...WILD_STRINGS),
  fc.constantFrom(null, true, -1, 0, 2 ** 31, 2 ** 53 - 1, 1.5, -1e308),
  fc.jsonValue({ maxDepth: 2 }),
);

// The pattern every free text field carries (no NUL); fc.string's own values already hold.
const NO_NUL = '^[^\\u0000]*$';

function withWild<T>(arb: fc.Arbitrary<T>, options: ArbitraryOptions): fc.Arbitrary<unknown> {
  const wildness = options.wildness ?? 0.1;
  if (wildness <= 0) return arb;
  const wildWeight = Math.max(1, Math.round(wildness * 100));
  return fc.oneof(
    { weight: 100 - wildWeight, arbitrary: arb as fc.Arbitrary<unknown> },
    { weight: wildWeight, arbitrary: wildJson as fc.Arbitrary<unknown> },
  );
}

/**
 * Values for a JSON Schema: mostly valid ones (so requests get past validation and reach
 * handlers and the database), and with `wildness` anything at all at any level.
 */
export function arbitraryFor(
  schema: JsonSchema,
  options: ArbitraryOptions = {},
  name = '',
): fc.Arbitrary<unknown> {
  const hints = options.hints?.[name];
  const valid = validFor(schema, options, name);
  return withWild(hints?.length ? fc.oneof(fc.constantFrom(...hints), valid) : valid, options);
}

function validFor(
  schema: JsonSchema,
  options: ArbitraryOptions,
  name: string,
): fc.Arbitrary<unknown> {
  if ('const' in schema) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const union = schema.anyOf ?? schema.oneOf;
  if (union) return fc.oneof(...union.map((s) => arbitraryFor(s, options, name)));
  if (schema.allOf?.length) return validFor(Object.assign({}, ...schema.allOf), options, name);
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  if (types.length > 1)
    return fc.oneof(...types.map((type) => validFor({ ...schema, type }, options, name)));
  switch (types[0]) {
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return fc.boolean();
    case 'integer': {
      const min = schema.minimum ?? (schema.exclusiveMinimum ?? -(2 ** 31)) + 1;
      const max = schema.maximum ?? (schema.exclusiveMaximum ?? 2 ** 31) - 1;
      const ints = fc.integer({ min, max });
      const known = (options.knownIds ?? []).filter((id) => id >= min && id <= max);
      return /(^id|Id)$/.test(name) && known.length > 0
        ? fc.oneof(fc.constantFrom(...known), ints)
        : ints;
    }
    case 'number':
      return fc.double({
        min: schema.minimum ?? -1e9,
        max: schema.maximum ?? 1e9,
        noNaN: true,
        noDefaultInfinity: true,
      });
    case 'string':
      return stringFor(schema);
    case 'array':
      return fc.array(arbitraryFor(schema.items ?? {}, options, name), {
        minLength: schema.minItems ?? 0,
        maxLength: Math.min(schema.maxItems ?? 3, Math.max(3, schema.minItems ?? 0)),
      });
    case 'object':
      return objectFor(schema, options);
    default:
      return fc.jsonValue({ maxDepth: 1 });
  }
}

function stringFor(schema: JsonSchema): fc.Arbitrary<string> {
  const minLength = schema.minLength ?? 0;
  const maxLength = Math.min(schema.maxLength ?? minLength + 12, minLength + 12);
  if (schema.format === 'binary') return fc.string({ maxLength: 64 });
  if (schema.pattern && schema.pattern !== NO_NUL) {
    const pattern = new RegExp(schema.pattern, 'u');
    return fc.stringMatching(pattern).filter((s) => s.length >= minLength && s.length <= maxLength);
  }
  return fc.oneof(
    { weight: 3, arbitrary: fc.string({ minLength, maxLength }) },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme', minLength, maxLength }) },
    { weight: 1, arbitrary: fc.constantFrom(...WILD_STRINGS) },
  );
}

function objectFor(schema: JsonSchema, options: ArbitraryOptions): fc.Arbitrary<unknown> {
  const properties = schema.properties ?? {};
  const entries = Object.entries(properties);
  if (entries.length === 0) return fc.constant({});
  const required = new Set(schema.required ?? []);
  return fc.record(
    Object.fromEntries(entries.map(([key, s]) => [key, arbitraryFor(s, options, key)])),
    { requiredKeys: entries.map(([key]) => key).filter((key) => required.has(key)) },
  );
}
