import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedReportingFixture } from '@targetboard/db/testing/reporting-fixture';
import { testEngine } from '@targetboard/db/testing/create-test-db';
import type { StoredTarget } from '@targetboard/shared/api/documents.schema';
import type { ErrorEnvelope, ErrorIssue } from '@targetboard/shared/api/errors';
import { signInAs } from './testing/auth';
import { SAMPLE_PLAN } from './testing/sample-plan';
import { createTestApp } from './testing/test-app';

const TOO_BIG = 2 ** 31; // one past PostgreSQL's integer

type Envelope = ErrorEnvelope & { error: { details?: { issues?: ErrorIssue[] } } };

/** Regression tests of the findings of issue 21 and issue 13 item 7, one request each. */
describe(`API contract on ${testEngine()}`, () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let admin: string;
  let reporter: string;
  let f: Awaited<ReturnType<typeof seedReportingFixture>>;
  let documentId: number;
  let target: StoredTarget;

  beforeAll(async () => {
    t = await createTestApp();
    f = await seedReportingFixture(t.database.db);
    admin = (await signInAs(t.app, t.database.db, 'admin')).cookie;
    reporter = (await signInAs(t.app, t.database.db, 'reporter', f.regions.countyA)).cookie;
    const res = await call('POST', '/api/documents', { title: '要点', text: SAMPLE_PLAN });
    const body = (await res.json()) as { document: { id: number }; targets: StoredTarget[] };
    documentId = body.document.id;
    target = body.targets.find((x) => x.value !== null)!;
  });
  afterAll(() => t.close());

  const call = (method: string, path: string, body?: unknown, cookie = admin) =>
    t.app.request(path, {
      method,
      headers: { 'content-type': 'application/json', cookie },
      body: body === undefined ? undefined : JSON.stringify(body),
    });

  /** Expects 422 whose issues name `field`. */
  async function expectInvalid(res: Response, field: string) {
    const body = (await res.json()) as Envelope;
    expect({ status: res.status, code: body.error.code }).toEqual({
      status: 422,
      code: 'validation_failed',
    });
    expect(body.error.details?.issues?.map((i) => i.path)).toContain(field);
  }

  describe('1: database constraints are answered as 422 naming the field', () => {
    it('PATCH /targets/{id} with valueMax below the stored value', async () => {
      const res = await call('PATCH', `/api/targets/${target.id}`, {
        version: target.version,
        valueMax: target.value! - 1,
      });
      await expectInvalid(res, 'json.valueMax');
    });

    it('PATCH /targets/{id} with both bounds reversed', async () => {
      const res = await call('PATCH', `/api/targets/${target.id}`, {
        version: target.version,
        value: 10,
        valueMax: 5,
      });
      await expectInvalid(res, 'json.valueMax');
    });

    it('POST /documents/{id}/targets with an unknown indicatorId', async () => {
      const res = await call('POST', `/api/documents/${documentId}/targets`, {
        indicator: '新农合参合率',
        indicatorId: 987_654,
        year: 2017,
        comparator: '>=',
        value: 95,
        unit: '%',
        kind: 'rate',
        direction: 'up',
        start: 0,
        end: 5,
      });
      await expectInvalid(res, 'json.indicatorId');
    });
  });

  it('2: PATCH /indicators/{id} with an empty patch is 422, not a SQL error', async () => {
    const res = await call('PATCH', `/api/indicators/${f.indicators.coverage}`, {});
    expect(res.status).toBe(422);
  });

  describe('3: quarters outside the supported years are 422', () => {
    for (const path of [
      '/api/trends',
      '/api/export/observations.csv',
      '/api/export/observations.xlsx',
    ])
      it(`GET ${path}?from=0000Q1`, async () => {
        const query = `indicatorId=${f.indicators.coverage}&regionIds=${f.regions.countyA}`;
        await expectInvalid(
          await call('GET', `${path}?${query}&from=0000Q1&to=2026Q1`),
          'query.from',
        );
        await expectInvalid(
          await call('GET', `${path}?${query}&from=2026Q1&to=2201Q1`),
          'query.to',
        );
      });
  });

  describe('4: ids above 2³¹−1 and NUL characters are 422 naming the field', () => {
    it.each([
      ['GET', `/api/regions/${TOO_BIG}`, undefined, 'param.id'],
      ['GET', `/api/targets?regionId=${TOO_BIG}`, undefined, 'query.regionId'],
      ['GET', `/api/targets/years?indicatorId=${TOO_BIG}`, undefined, 'query.indicatorId'],
      ['GET', `/api/entry?regionId=${TOO_BIG}&quarter=2026Q1`, undefined, 'query.regionId'],
      [
        'GET',
        `/api/trends?indicatorId=1&regionIds=1,${TOO_BIG}&from=2026Q1&to=2026Q2`,
        undefined,
        'query.regionIds',
      ],
      ['GET', `/api/change-log?key=${TOO_BIG}:1:2026Q1`, undefined, 'query.key'],
      [
        'PUT',
        '/api/observations',
        { regionId: TOO_BIG, quarter: '2026Q1', rows: [{ indicatorId: 1, version: 0 }] },
        'json.regionId',
      ],
      [
        'PUT',
        '/api/observations',
        { regionId: 1, quarter: '2026Q1', rows: [{ indicatorId: 1, version: TOO_BIG }] },
        'json.rows.0.version',
      ],
      ['POST', '/api/indicators/1/merge', { intoId: 2 ** 53 - 1 }, 'json.intoId'],
      [
        'POST',
        '/api/users',
        {
          username: 'zhang.san',
          password: 'long enough password',
          role: 'viewer',
          regionId: TOO_BIG,
        },
        'json.regionId',
      ],
      ['GET', '/api/indicators/suggest?name=a%00b', undefined, 'query.name'],
      ['GET', '/api/regions?q=%00', undefined, 'query.q'],
      [
        'POST',
        '/api/indicators',
        { name: '指标\u0000', unit: '%', direction: 'up', kind: 'rate' },
        'json.name',
      ],
      ['POST', '/api/documents', { text: '要点\u0000' }, 'json.text'],
    ])('%s %s', async (method, path, body, field) => {
      await expectInvalid(await call(method, path, body), field);
    });

    it('a reporter naming a parent region 2³¹ gets 422, not 500', async () => {
      const res = await call(
        'POST',
        '/api/regions',
        { parentId: TOO_BIG, name: '新社区' },
        reporter,
      );
      await expectInvalid(res, 'json.parentId');
    });

    it('a reporter naming an observation key 2³¹ gets 422, not 500', async () => {
      const res = await call('GET', `/api/change-log?key=${TOO_BIG}:1:2026Q1`, undefined, reporter);
      await expectInvalid(res, 'query.key');
    });
  });

  describe('5: statuses as documented', () => {
    it('GET /documents/0 is 422, and documented', async () => {
      await expectInvalid(await call('GET', '/api/documents/0'), 'param.id');
      const doc = await openApi();
      expect(doc.paths['/api/documents/{id}']!.get!.responses).toHaveProperty('422');
    });

    it('malformed JSON is 400 on every operation with a JSON body, and documented there', async () => {
      const doc = await openApi();
      const withJson = Object.values(doc.paths).flatMap((item) =>
        Object.values(item).filter((op) => op.requestBody?.content['application/json']),
      );
      expect(withJson.length).toBeGreaterThan(10);
      for (const op of withJson) expect(op.responses, op.operationId).toHaveProperty('400');
      const res = await t.app.request('/api/indicators', {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: admin },
        body: '{"name":',
      });
      expect(res.status).toBe(400);
    });

    it.each([
      ['PATCH', '/api/indicators/suggest', 'GET'],
      ['PATCH', '/api/targets/years', 'GET'],
      ['DELETE', '/api/indicators/suggest', 'GET'],
      ['PUT', '/api/documents', 'GET, POST'],
    ])('%s %s is 405 with Allow: %s', async (method, path, allow) => {
      const res = await call(method, path, { version: 1 });
      expect(res.status).toBe(405);
      expect(res.headers.get('allow')).toBe(allow);
      expect(((await res.json()) as Envelope).error.code).toBe('method_not_allowed');
    });

    it('PATCH on an id path is still routed to it', async () => {
      const res = await call('PATCH', `/api/indicators/${f.indicators.coverage}`, { unit: '%' });
      expect(res.status).toBe(200);
    });
  });

  describe('issue 13 item 7: hostile bytes', () => {
    it('a JSON body that is not valid UTF-8 is 400, not silently replaced', async () => {
      const bytes = new Uint8Array([
        ...new TextEncoder().encode('{"name":"指标'),
        0xff,
        0xfe,
        ...new TextEncoder().encode('","unit":"%","direction":"up","kind":"rate"}'),
      ]);
      const res = await t.app.request('/api/indicators', {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: admin },
        body: bytes,
      });
      expect(res.status).toBe(400);
      expect(((await res.json()) as Envelope).error.code).toBe('bad_request');
    });

    it('binary garbage uploaded as .txt is 422, not 500', async () => {
      // Deterministic noise with NUL bytes in it, as a binary file has.
      const bytes = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + (i >> 3)) % 256);
      const form = new FormData();
      form.append('file', new File([bytes], '要点.txt'));
      const res = await t.app.request('/api/documents', {
        method: 'POST',
        body: form,
        headers: { cookie: admin },
      });
      expect(res.status).toBe(422);
      expect(((await res.json()) as Envelope).error.code).toBe('unprocessable');
    });
  });

  describe('7–9: the description', () => {
    it('declares the session cookie, servers, licence and tags; every operation has a camelCase operationId', async () => {
      const doc = await openApi();
      expect(doc.components.securitySchemes?.session).toMatchObject({
        type: 'apiKey',
        in: 'cookie',
        name: 'tb_session',
      });
      expect(doc.security).toEqual([{ session: [] }]);
      expect(doc.servers?.length).toBeGreaterThan(0);
      expect(doc.info.license?.identifier).toBe('MIT');
      const declaredTags = new Set(doc.tags?.map((tag) => tag.name));
      const ops = Object.values(doc.paths).flatMap((item) => Object.values(item));
      // At least the 40 operations of the fuzzed contract; routes added later join the checks below.
      expect(ops.length).toBeGreaterThanOrEqual(40);
      const ids = ops.map((op) => op.operationId);
      for (const id of ids) expect(id).toMatch(/^[a-z][A-Za-z0-9]+$/);
      expect(new Set(ids).size).toBe(ids.length);
      for (const op of ops) for (const tag of op.tags ?? []) expect(declaredTags).toContain(tag);
      // Every operation behind the session answers 401 without one, and says so.
      for (const op of ops.filter((o) => o.security === undefined))
        expect(op.responses, op.operationId).toHaveProperty('401');
    });

    it('8: the username pattern is a pattern, without a leaked regex flag', async () => {
      const doc = await openApi();
      const schema = doc.paths['/api/users']!.post!.requestBody!.content['application/json']!
        .schema as { properties: { username: { pattern: string } } };
      const pattern = new RegExp(schema.properties.username.pattern, 'u');
      expect(pattern.test('zhang.san')).toBe(true);
      expect(pattern.test('张三')).toBe(true);
      expect(pattern.test('a b')).toBe(false);
    });

    it('9: exact parameters, required bodies, the multipart import and download media types', async () => {
      const doc = await openApi();
      const params = Object.values(doc.paths).flatMap((item) =>
        Object.values(item).flatMap((op) => op.parameters ?? []),
      );
      for (const p of params) {
        const schema = p.schema as { type?: unknown; maximum?: number; pattern?: string };
        expect(schema.type, `${p.in} ${p.name}`).not.toEqual(expect.arrayContaining(['null']));
        if (schema.type === 'integer')
          expect(schema.maximum, p.name).toBeLessThanOrEqual(2 ** 31 - 1);
        if (/^(quarter|from|to)$/.test(p.name) && schema.type === 'string') {
          expect(new RegExp(schema.pattern!).test('2026Q1'), p.name).toBe(true);
          expect(new RegExp(schema.pattern!).test('0000Q1'), p.name).toBe(false);
        }
      }
      expect(doc.paths['/api/documents']!.post!.requestBody!.required).toBe(true);
      const imported = doc.paths['/api/observations/import']!.post!.requestBody!;
      expect(imported.required).toBe(true);
      expect(imported.content['multipart/form-data']!.schema).toMatchObject({
        properties: { file: { type: 'string', format: 'binary' } },
        required: ['file'],
      });
      const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
      const downloads: [string, string[]][] = [
        ['/api/observations/template', ['text/csv', xlsx]],
        ['/api/change-log/export.csv', ['text/csv']],
        ['/api/export/observations.csv', ['text/csv']],
        ['/api/export/observations.xlsx', [xlsx]],
        ['/api/export/dashboard.xlsx', [xlsx]],
      ];
      for (const [path, types] of downloads)
        expect(Object.keys(doc.paths[path]!.get!.responses['200']!.content ?? {}), path).toEqual(
          types,
        );
    });
  });

  async function openApi() {
    return (await (await t.app.request('/api/openapi.json')).json()) as OpenApiDoc;
  }
});

interface Operation {
  operationId?: string;
  security?: unknown[];
  tags?: string[];
  parameters?: { name: string; in: string; schema: unknown }[];
  requestBody?: { required?: boolean; content: Record<string, { schema: unknown }> };
  responses: Record<string, { content?: Record<string, unknown> }>;
}
interface OpenApiDoc {
  info: { license?: { identifier?: string } };
  servers?: unknown[];
  security?: unknown[];
  tags?: { name: string }[];
  components: { securitySchemes?: Record<string, unknown> };
  paths: Record<string, Record<string, Operation>>;
}
