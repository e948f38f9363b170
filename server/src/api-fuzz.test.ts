import Ajv2020 from 'ajv/dist/2020';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngine } from '@targetboard/db/testing/create-test-db';
import { seedReportingFixture } from '@targetboard/db/testing/reporting-fixture';
import { insertUser } from '@targetboard/db/repositories/users.repository';
import type { StoredTarget } from '@targetboard/shared/api/documents.schema';
import { createApp } from './app';
import { hashPassword } from './auth/passwords';
import { signInAs } from './testing/auth';
import { arbitraryFor, type JsonSchema } from './testing/openapi-arbitraries';
import { SAMPLE_PLAN } from './testing/sample-plan';
import { createTestApp } from './testing/test-app';

/**
 * Property-based fuzzing of every operation in /api/openapi.json, as an admin, as a county
 * reporter and signed out: requests are generated from the description itself (mostly valid values
 * with known ids mixed in, some wild ones at any level), and every answer must be a
 * documented status with a body of the documented schema, never a 500.
 */

// Runs per operation and role; FUZZ_RUNS raises it for a longer hunt.
const RUNS = Number(process.env.FUZZ_RUNS ?? 10);

interface Operation {
  operationId: string;
  parameters?: { name: string; in: 'path' | 'query'; required?: boolean; schema: JsonSchema }[];
  requestBody?: { required?: boolean; content: Record<string, { schema: JsonSchema }> };
  responses: Record<string, { content?: Record<string, { schema: JsonSchema }> }>;
}
interface Doc {
  paths: Record<string, Record<string, Operation>>;
}

// The description needs no database: it is read before any test database exists, so that
// each operation becomes a test of its own.
const doc = (await (
  await createApp({ database: { db: undefined as never, engine: 'pglite' } }).request(
    '/api/openapi.json',
  )
).json()) as Doc;
const operations = Object.entries(doc.paths).flatMap(([path, item]) =>
  Object.entries(item).map(([method, op]) => ({ path, method: method.toUpperCase(), op })),
);

interface FuzzRequest {
  path: string;
  query: string;
  body?: { type: string; data: string | FormData } | undefined;
}

interface Known {
  ids: readonly number[];
  hints: Record<string, readonly unknown[]>;
  /** Well-formed files to upload now and then, beside random bytes. */
  files: readonly File[];
}

function requestArbitrary(path: string, op: Operation, known: Known): fc.Arbitrary<FuzzRequest> {
  const options = { knownIds: known.ids, hints: known.hints, wildness: 0.1 };
  const params = op.parameters ?? [];
  const value = (p: (typeof params)[number]) =>
    arbitraryFor(p.schema, options, p.name).map((v) =>
      typeof v === 'string' ? v : JSON.stringify(v),
    );
  // An empty or dot segment would name another resource (/api/targets/ is not a target).
  const segment = (p: (typeof params)[number]) =>
    value(p).filter((v) => v !== '' && v !== '.' && v !== '..');
  const pathArb = fc.record(
    Object.fromEntries(params.filter((p) => p.in === 'path').map((p) => [p.name, segment(p)])),
  );
  const queryParams = params.filter((p) => p.in === 'query');
  const queryArb = fc.record(Object.fromEntries(queryParams.map((p) => [p.name, value(p)])), {
    requiredKeys: queryParams.filter((p) => p.required).map((p) => p.name),
  });
  return fc
    .record({
      pathValues: pathArb,
      queryValues: queryArb,
      body: bodyArbitrary(op, options, known.files),
    })
    .map(({ pathValues, queryValues, body }) => ({
      path: path.replace(/\{(\w+)\}/g, (_, name: string) =>
        encodeURIComponent(String(pathValues[name])),
      ),
      query: new URLSearchParams(queryValues as Record<string, string>).toString(),
      body,
    }));
}

function bodyArbitrary(
  op: Operation,
  options: Parameters<typeof arbitraryFor>[1],
  files: readonly File[],
): fc.Arbitrary<FuzzRequest['body']> {
  const content = op.requestBody?.content ?? {};
  const choices: fc.Arbitrary<FuzzRequest['body']>[] = [];
  const json = content['application/json'];
  if (json) {
    choices.push(
      arbitraryFor(json.schema, options).map((v) => ({
        type: 'application/json',
        data: JSON.stringify(v) ?? 'null',
      })),
      fc.constantFrom('{', '', '[1,', '{"a":"\\ud800"}').map((data) => ({
        type: 'application/json',
        data,
      })),
    );
  }
  if (content['multipart/form-data']) {
    choices.push(
      fc
        .record({
          file: fc.oneof(
            fc.constantFrom(...files),
            fc
              .record({
                bytes: fc.uint8Array({ maxLength: 256 }),
                name: fc.constantFrom('a.txt', 'a.csv', 'a.xlsx', 'a.docx', 'a.pdf', 'a.html', 'a'),
              })
              .map(({ bytes, name }) => new File([bytes], name)),
          ),
          withFile: fc.boolean(),
        })
        .map(({ file, withFile }) => {
          const form = new FormData();
          if (withFile) form.append('file', file);
          else form.append('other', 'x');
          return { type: 'multipart', data: form };
        }),
    );
  }
  if (choices.length === 0) return fc.constant(undefined);
  if (!op.requestBody?.required) choices.push(fc.constant(undefined));
  return fc.oneof(...choices);
}

const counts = new Map<string, number>();
const tally = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);

describe(`API fuzz on ${testEngine()}`, () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  // Anonymous too: every operation behind the session must answer its documented 401.
  const cookies: Record<'admin' | 'reporter' | 'anonymous', string> = {
    admin: '',
    reporter: '',
    anonymous: '',
  };
  const known: Known = { ids: [], hints: {}, files: [] };
  const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: false });

  beforeAll(async () => {
    t = await createTestApp();
    const db = t.database.db;
    const f = await seedReportingFixture(db);
    cookies.admin = (await signInAs(t.app, db, 'admin')).cookie;
    cookies.reporter = (await signInAs(t.app, db, 'reporter', f.regions.countyA)).cookie;
    // A user the fuzz may edit freely; the two signed-in ones are kept out of reach of
    // PATCH /users/{id}, which could otherwise disable the caller and end the run.
    const victim = await insertUser(db, {
      username: 'fuzz-victim',
      displayName: '',
      passwordHash: await hashPassword('correct horse battery'),
      role: 'viewer',
      regionId: f.regions.city,
    });
    const pasted = await t.app.request('/api/documents', {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: cookies.admin },
      body: JSON.stringify({ text: SAMPLE_PLAN }),
    });
    const { document, targets } = (await pasted.json()) as {
      document: { id: number };
      targets: StoredTarget[];
    };
    known.ids = [
      ...Object.values(f.regions),
      ...Object.values(f.indicators),
      document.id,
      ...targets.map((x) => x.id),
      victim.id,
    ];
    const quarters = ['2025Q4', '2026Q1', '2026Q2'];
    known.hints = {
      quarter: quarters,
      from: quarters,
      to: quarters,
      region: Object.values(f.codes),
      regionIds: [`${f.regions.countyA}`, `${f.regions.countyA},${f.regions.countyB}`],
    };
    known.files = [
      new File([SAMPLE_PLAN], '要点.txt'),
      new File(
        [`region_code,indicator,quarter,value\n${f.codes.countyA},${f.names.coverage},2026Q1,97\n`],
        'figures.csv',
      ),
    ];
  });
  afterAll(() => {
    if (process.env.FUZZ_TALLY)
      console.log(
        [...counts]
          .sort()
          .map((e) => e.join(': '))
          .join('\n'),
      );
    return t.close();
  });

  for (const role of ['admin', 'reporter', 'anonymous'] as const)
    describe(`as ${role}`, () => {
      it.each(operations)('$method $path', async ({ path, method, op }) => {
        const signedIn = op.operationId !== 'login' && op.operationId !== 'logout';
        const reach =
          op.operationId === 'updateUser' ? { ...known, ids: known.ids.slice(-1) } : known;
        await fc.assert(
          fc.asyncProperty(requestArbitrary(path, op, reach), async (request) => {
            const headers: Record<string, string> =
              signedIn && cookies[role] ? { cookie: cookies[role] } : {};
            if (request.body?.type === 'application/json')
              headers['content-type'] = request.body.type;
            const url = `${request.path}${request.query ? `?${request.query}` : ''}`;
            const res = await t.app.request(url, { method, headers, body: request.body?.data });
            const documented = op.responses[String(res.status)];
            if (process.env.FUZZ_TALLY) tally(`${role} ${op.operationId} ${res.status}`);
            const bodyText = await res.text();
            expect(res.status, `${method} ${url} → ${bodyText.slice(0, 300)}`).not.toBe(500);
            expect(documented, `${method} ${url}: ${res.status} is not documented`).toBeDefined();
            checkBody(res, bodyText, documented!.content, `${method} ${url} ${res.status}`);
          }),
          { numRuns: RUNS },
        );
        // The signed-in fuzzers stay signed in: nothing above may end their sessions.
        const me = await t.app.request('/api/auth/me', { headers: { cookie: cookies[role] } });
        expect(me.status).toBe(role === 'anonymous' ? 401 : 200);
      });
    });

  function checkBody(
    res: Response,
    text: string,
    content: Record<string, { schema: JsonSchema }> | undefined,
    label: string,
  ) {
    if (!content) {
      expect(text, `${label}: no body documented`).toBe('');
      return;
    }
    const type = res.headers.get('content-type') ?? '';
    const media = Object.keys(content).find((m) => type.startsWith(m));
    expect(media, `${label}: ${type} is not documented`).toBeDefined();
    if (media !== 'application/json') return;
    const validate = ajv.compile(content[media]!.schema);
    const valid = validate(JSON.parse(text));
    expect(valid, `${label}: ${ajv.errorsText(validate.errors)} in ${text.slice(0, 300)}`).toBe(
      true,
    );
  }
});
