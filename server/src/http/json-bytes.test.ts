import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { columnsJsonBytes, jsonBytes } from './json-bytes';

/** A check that `write` gives the bytes of JSON.stringify for a value. */
const sameBy =
  (write: (value: unknown) => Buffer) =>
  (value: unknown): void => {
    expect(write(value).toString('latin1')).toBe(
      Buffer.from(JSON.stringify(value) ?? '').toString('latin1'),
    );
  };
const same = sameBy(jsonBytes);

// Values JSON.stringify writes or leaves out: plain data, undefined, functions, dates.
const leaf = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constant(undefined),
  fc.constant(() => 1),
  fc.date({ noInvalidDate: true }),
  fc.string({ unit: 'binary' }),
);
const longList = fc.array(fc.oneof(leaf, fc.dictionary(fc.string(), leaf)), {
  minLength: 0,
  maxLength: 60,
});

describe('jsonBytes', () => {
  it('gives the bytes of JSON.stringify for a record of lists, long and short', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string({ unit: 'binary' }), fc.oneof(leaf, longList)), same),
      { numRuns: 300 },
    );
  });

  it('gives them for a list at the top and for values that are no record', () => {
    fc.assert(fc.property(fc.oneof(longList, leaf), same), { numRuns: 300 });
  });

  it('writes a reply larger than one chunk whole, in order, names beside numbers', () => {
    const reply = {
      名称: '指标看板',
      regions: Array.from({ length: 400 }, (_, i) => ({
        id: i,
        name: `省${i}县`,
        values: Array.from({ length: 40 }, (__, k) => (k % 7 === 0 ? null : i * 0.37 + k)),
      })),
      1: 'an integer key, which JSON.stringify writes first',
      gone: undefined,
    };
    const bytes = jsonBytes(reply);
    expect(bytes.length).toBeGreaterThan(64 * 1024);
    same(reply);
    expect(JSON.parse(bytes.toString('utf8'))).toEqual(JSON.parse(JSON.stringify(reply)));
  });
});

describe('columnsJsonBytes', () => {
  const sameByColumns = sameBy(columnsJsonBytes);
  // Records of records of lists, as a reply in columns is, with what JSON.stringify leaves out.
  const columns = fc.dictionary(
    fc.string({ unit: 'binary' }),
    fc.oneof(
      leaf,
      longList,
      fc.dictionary(fc.string({ unit: 'binary' }), fc.oneof(leaf, longList)),
    ),
  );

  it('gives the bytes of JSON.stringify for records of records of lists', () => {
    fc.assert(fc.property(fc.dictionary(fc.string(), fc.oneof(leaf, columns)), sameByColumns), {
      numRuns: 300,
    });
  });

  it('gives them for values that are no record', () => {
    fc.assert(fc.property(fc.oneof(longList, leaf), sameByColumns), { numRuns: 300 });
  });

  it('writes long number columns beside short name columns in order', () => {
    const reply = {
      year: 2026,
      path: [{ id: 1, name: '全国', readable: true }],
      cells: {
        value: Array.from({ length: 3000 }, (_, i) => (i % 5 === 0 ? null : i * 0.37)),
        status: Array.from({ length: 3000 }, (_, i) => i % 4),
        nested: { deeper: { still: ['省1', 2, null], gone: undefined }, f: () => 1 },
      },
      targets: { rule: Array.from({ length: 400 }, (_, i) => `≥ ${i}%（省${i}）`), none: {} },
      when: new Date(0),
    };
    const bytes = columnsJsonBytes(reply);
    expect(bytes.length).toBeGreaterThan(16 * 1024);
    sameByColumns(reply);
  });
});
