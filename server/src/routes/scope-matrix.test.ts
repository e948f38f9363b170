import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@targetboard/db/database';
import {
  createWebhook,
  insertNotifications,
  listNotifications,
} from '@targetboard/db/repositories/alerts.repository';
import { insertDocument } from '@targetboard/db/repositories/documents.repository';
import { insertTargets, type NewTarget } from '@targetboard/db/repositories/targets.repository';
import { testEngine } from '@targetboard/db/testing/create-test-db';
import { seedReportingFixture } from '@targetboard/db/testing/reporting-fixture';
import { tableDigests } from '@targetboard/db/testing/table-digests';
import type { Role } from '@targetboard/shared/api/users.schema';
import { signInAs } from '../testing/auth';
import { createTestApp } from '../testing/test-app';

/**
 * The scope matrix: every route that takes an id in its path or JSON body (read from the app's
 * OpenAPI document, so a new route cannot slip past), called by a user of B县 with ids that
 * belong to A县 (or to nobody's region), must answer 403 or 404 and change nothing in any table.
 * The role check has its own matrix in access.test.ts; here each call is made by a role that
 * passes it wherever one does, so it is the scope that must refuse.
 */

/** Path parameters and body fields that name a row: `id`, `regionId`, `intoId`… */
const ID_NAME = /^(id|[a-z][A-Za-z]*Id)$/;

interface Fixture {
  foreign: {
    region: number;
    document: number;
    target: { id: number; version: number };
    user: number;
    regionCode: string;
    /** A notification of A县's reporter and a group robot of A县. */
    notification: number;
    webhook: number;
  };
  /** A document with no region, uploaded by an admin: only admins and its uploader see it. */
  orphanDocument: number;
  own: { region: number; target: { id: number; version: number } };
  indicators: { coverage: number; growth: number; coverageName: string };
  quarter: string;
}

interface Call {
  as: Exclude<Role, 'admin'>;
  method: string;
  path: string;
  json?: unknown;
  form?: FormData;
  /** An answer other than 403/404 that also refuses, with why it is acceptable. */
  alsoRefuses?: { status: number; bodyContains: string; why: string };
}

type Entry = { calls: (f: Fixture) => Call[] } | { global: string };

const MATRIX: Record<string, Entry> = {
  'GET /api/documents/{id}': {
    calls: (f) => [
      { as: 'viewer', method: 'GET', path: `/api/documents/${f.foreign.document}` },
      { as: 'approver', method: 'GET', path: `/api/documents/${f.orphanDocument}` },
    ],
  },
  'GET /api/documents/{id}/targets': {
    calls: (f) => [
      { as: 'viewer', method: 'GET', path: `/api/documents/${f.foreign.document}/targets` },
      { as: 'approver', method: 'GET', path: `/api/documents/${f.orphanDocument}/targets` },
    ],
  },
  'POST /api/documents/{id}/targets': {
    calls: (f) =>
      [f.foreign.document, f.orphanDocument].map((id) => ({
        as: 'approver',
        method: 'POST',
        path: `/api/documents/${id}/targets`,
        // The caller's own region in the body must not open another region's document.
        json: {
          indicator: '越权',
          comparator: '>=',
          value: 1,
          unit: '项',
          kind: 'count',
          direction: 'up',
          year: 2026,
          regionId: f.own.region,
          start: 0,
          end: 2,
        },
      })),
  },
  'POST /api/documents/{id}/targets/confirm': {
    calls: (f) =>
      [f.foreign.document, f.orphanDocument].map((id) => ({
        as: 'approver',
        method: 'POST',
        path: `/api/documents/${id}/targets/confirm`,
        json: { minConfidence: 0 },
      })),
  },
  'PATCH /api/targets/{id}': {
    calls: (f) => [
      {
        as: 'approver',
        method: 'PATCH',
        path: `/api/targets/${f.foreign.target.id}`,
        json: { version: f.foreign.target.version, value: 1, regionId: f.own.region },
      },
      {
        as: 'approver',
        method: 'PATCH',
        path: `/api/targets/${f.foreign.target.id}`,
        json: { version: f.foreign.target.version, state: 'confirmed' },
      },
      // The caller's own target, moved into another region.
      {
        as: 'approver',
        method: 'PATCH',
        path: `/api/targets/${f.own.target.id}`,
        json: { version: f.own.target.version, regionId: f.foreign.region },
      },
    ],
  },
  'PUT /api/observations': {
    calls: (f) => [
      {
        as: 'reporter',
        method: 'PUT',
        path: '/api/observations',
        json: {
          regionId: f.foreign.region,
          quarter: f.quarter,
          rows: [{ indicatorId: f.indicators.coverage, value: 1, version: 1 }],
        },
      },
    ],
  },
  // Not found by the walk below (the id sits inside the regions array): listed by hand.
  'PUT /api/observations/grid': {
    calls: (f) => [
      {
        as: 'reporter',
        method: 'PUT',
        path: '/api/observations/grid',
        json: {
          quarter: f.quarter,
          regions: [
            {
              regionId: f.own.region,
              rows: [{ indicatorId: f.indicators.coverage, value: 2, version: 0 }],
            },
            {
              regionId: f.foreign.region,
              rows: [{ indicatorId: f.indicators.coverage, value: 1, version: 1 }],
            },
          ],
        },
      },
    ],
  },
  'POST /api/observations/import': {
    calls: (f) => {
      const form = new FormData();
      const csv = `region_code,indicator,quarter,value\n${f.foreign.regionCode},${f.indicators.coverageName},${f.quarter},1\n`;
      form.append('file', new File([csv], 'figures.csv', { type: 'text/csv' }));
      return [
        {
          as: 'reporter',
          method: 'POST',
          path: '/api/observations/import',
          form,
          alsoRefuses: {
            status: 422,
            bodyContains: 'out_of_scope',
            why: 'an import answers every row at once, all or nothing; a row of another region is one of them',
          },
        },
      ];
    },
  },
  'POST /api/submissions/{regionId}/{quarter}/submit': {
    calls: (f) => [submission('reporter', f, 'submit')],
  },
  'POST /api/submissions/{regionId}/{quarter}/approve': {
    calls: (f) => [submission('approver', f, 'approve')],
  },
  'POST /api/submissions/{regionId}/{quarter}/return': {
    calls: (f) => [submission('approver', f, 'return', { reason: '越权退回' })],
  },
  'POST /api/submissions/{regionId}/{quarter}/reopen': {
    calls: (f) => [submission('approver', f, 'reopen', { reason: '越权重开' })],
  },
  'POST /api/submissions/{regionId}/{quarter}/remind': {
    calls: (f) => [submission('approver', f, 'remind')],
  },
  'POST /api/regions': {
    calls: (f) =>
      (['reporter', 'approver'] as const).map((as) => ({
        as,
        method: 'POST',
        path: '/api/regions',
        json: { parentId: f.foreign.region, name: '越权新建单位' },
      })),
  },
  // Users are an admin's to manage, and an admin's scope is everything: the role check refuses.
  'POST /api/users': {
    calls: (f) => [
      {
        as: 'approver',
        method: 'POST',
        path: '/api/users',
        json: {
          username: 'intruder',
          password: 'a long enough password',
          role: 'admin',
          regionId: f.foreign.region,
        },
      },
    ],
  },
  'PATCH /api/users/{id}': {
    calls: (f) => [
      {
        as: 'approver',
        method: 'PATCH',
        path: `/api/users/${f.foreign.user}`,
        json: { version: 1, disabled: true },
      },
    ],
  },
  // The catalogue is one for the whole country: no region owns an indicator, and changing one
  // is an admin's job, so an approver is refused by role.
  'PATCH /api/indicators/{id}': {
    calls: (f) => [
      {
        as: 'approver',
        method: 'PATCH',
        path: `/api/indicators/${f.indicators.coverage}`,
        json: { name: '越权改名' },
      },
    ],
  },
  'POST /api/indicators/{id}/merge': {
    calls: (f) => [
      {
        as: 'approver',
        method: 'POST',
        path: `/api/indicators/${f.indicators.growth}/merge`,
        json: { intoId: f.indicators.coverage },
      },
    ],
  },
  // A notification is its user's alone: another's answers 404 whatever the role.
  'POST /api/notifications/{id}/read': {
    calls: (f) =>
      (['viewer', 'reporter', 'approver'] as const).map((as) => ({
        as,
        method: 'POST',
        path: `/api/notifications/${f.foreign.notification}/read`,
      })),
  },
  'POST /api/webhooks': {
    calls: (f) => [
      {
        as: 'approver',
        method: 'POST',
        path: '/api/webhooks',
        json: {
          regionId: f.foreign.region,
          platform: 'wecom',
          url: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=intruder',
        },
      },
    ],
  },
  'DELETE /api/webhooks/{id}': {
    calls: (f) => [
      { as: 'approver', method: 'DELETE', path: `/api/webhooks/${f.foreign.webhook}` },
    ],
  },
  'GET /api/regions/{id}': {
    global:
      'the administrative divisions are public (GB/T 2260) and every signed-in user picks regions from the whole tree',
  },
};

async function foreignNotification(db: Db, userId: number, regionId: number): Promise<number> {
  await insertNotifications(db, [
    {
      userId,
      kind: 'returned',
      regionId,
      quarter: '2026Q1',
      indicatorId: null,
      itemCount: 1,
      titleZh: 'A县 2026Q1 报送被退回',
      titleEn: 'returned',
      bodyZh: '',
      bodyEn: '',
      dedupeKey: 'scope-matrix',
    },
  ]);
  const { notifications } = await listNotifications(db, userId, 1);
  return notifications[0]!.id;
}

function submission(
  as: Call['as'],
  f: Fixture,
  action: string,
  json: Record<string, unknown> = {},
): Call {
  return {
    as,
    method: 'POST',
    path: `/api/submissions/${f.foreign.region}/${f.quarter}/${action}`,
    json,
  };
}

interface OpenApiParameter {
  name: string;
  in: string;
}
interface OpenApiSchema {
  $ref?: string;
  properties?: Record<string, unknown>;
  allOf?: OpenApiSchema[];
}
interface OpenApiOperation {
  parameters?: OpenApiParameter[];
  requestBody?: { content?: Record<string, { schema?: OpenApiSchema }> };
}
interface OpenApiDocument {
  paths: Record<string, Record<string, OpenApiOperation>>;
  components?: { schemas?: Record<string, OpenApiSchema> };
}

/** Top-level property names of a body schema, through `$ref`s and `allOf`. */
function propertyNames(doc: OpenApiDocument, schema: OpenApiSchema | undefined): string[] {
  if (!schema) return [];
  if (schema.$ref)
    return propertyNames(doc, doc.components?.schemas?.[schema.$ref.split('/').pop()!]);
  return [
    ...Object.keys(schema.properties ?? {}),
    ...(schema.allOf ?? []).flatMap((part) => propertyNames(doc, part)),
  ];
}

/** Operations of the OpenAPI document that take an id in their path or JSON body. */
function routesTakingIds(doc: OpenApiDocument): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const [path, operations] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(operations)) {
      const names = [
        ...(op.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name),
        ...propertyNames(doc, op.requestBody?.content?.['application/json']?.schema),
      ].filter((name) => ID_NAME.test(name));
      if (names.length > 0) found.set(`${method.toUpperCase()} ${path}`, names);
    }
  }
  return found;
}

describe(`ids outside the caller's scope change nothing on ${testEngine()}`, () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let f: Fixture;
  const cookies = new Map<Call['as'], string>();
  beforeAll(async () => {
    t = await createTestApp();
    const db = t.database.db;
    const seeded = await seedReportingFixture(db);
    const { countyA, countyB } = seeded.regions;
    for (const role of ['viewer', 'analyst', 'reporter', 'approver'] as const)
      cookies.set(role, (await signInAs(t.app, db, role, countyB)).cookie);
    const admin = await signInAs(t.app, db, 'admin');
    const reporterA = await signInAs(t.app, db, 'reporter', countyA);

    const document = async (regionId: number | null) =>
      insertDocument(db, {
        title: '2026年A县卫生工作要点',
        filename: null,
        format: 'text',
        encoding: null,
        regionId,
        regionName: null,
        year: 2026,
        original: null,
        text: 'A县机密文本：全县参合率达到99%以上。',
        warnings: [],
        sha256: null,
        createdBy: admin.user.username,
      });
    const draft = (documentId: number, regionId: number): NewTarget => ({
      documentId,
      indicator: '参合率',
      indicatorId: seeded.indicators.coverage,
      regionId,
      region: null,
      scope: null,
      year: 2026,
      comparator: '>=',
      value: 99,
      valueMax: null,
      unit: '%',
      tolerance: null,
      kind: 'rate',
      direction: 'up',
      confidence: 1,
      start: 0,
      end: 2,
      quote: 'A县',
    });
    const foreignDocument = await document(countyA);
    const orphanDocument = await document(null);
    const ownDocument = await document(countyB);
    const [foreignTarget] = await insertTargets(db, [draft(foreignDocument, countyA)]);
    await insertTargets(db, [draft(orphanDocument, countyA)]);
    const [ownTarget] = await insertTargets(db, [draft(ownDocument, countyB)]);

    // A's figures for the quarter, saved and submitted by A's own reporter.
    const quarter = '2026Q1';
    const save = await t.app.request('/api/observations', {
      method: 'PUT',
      headers: { 'content-type': 'application/json', cookie: reporterA.cookie },
      body: JSON.stringify({
        regionId: countyA,
        quarter,
        rows: [{ indicatorId: seeded.indicators.coverage, value: 96, version: 0 }],
      }),
    });
    expect(save.status).toBe(200);
    const submit = await t.app.request(`/api/submissions/${countyA}/${quarter}/submit`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: reporterA.cookie },
      // The other indicators have no figure this quarter: they do not apply.
      body: JSON.stringify({ notApplicable: true }),
    });
    expect(submit.status).toBe(200);

    f = {
      foreign: {
        region: countyA,
        document: foreignDocument,
        target: { id: foreignTarget!.id, version: foreignTarget!.version },
        user: reporterA.user.id,
        regionCode: seeded.codes.countyA,
        notification: await foreignNotification(db, reporterA.user.id, countyA),
        webhook: (
          await createWebhook(db, {
            regionId: countyA,
            platform: 'dingtalk',
            url: 'https://oapi.dingtalk.com/robot/send?access_token=a-county',
            secret: 'SECa',
            createdBy: admin.user.username,
          })
        ).id,
      },
      orphanDocument,
      own: { region: countyB, target: { id: ownTarget!.id, version: ownTarget!.version } },
      indicators: {
        coverage: seeded.indicators.coverage,
        growth: seeded.indicators.growth,
        coverageName: seeded.names.coverage,
      },
      quarter,
    };
  });
  afterAll(() => t.close());

  it('has an entry for every route of the OpenAPI document that takes an id', async () => {
    const doc = (await (await t.app.request('/api/openapi.json')).json()) as OpenApiDocument;
    const routes = routesTakingIds(doc);
    // The detector itself must see the routes this suite was written for.
    expect(routes.get('PATCH /api/targets/{id}')).toEqual(['id', 'indicatorId', 'regionId']);
    expect(routes.get('PUT /api/observations')).toEqual(['regionId']);
    const named: OpenApiDocument = {
      paths: {
        '/x': {
          post: {
            requestBody: {
              content: { 'application/json': { schema: { $ref: '#/components/schemas/X' } } },
            },
          },
        },
      },
      components: { schemas: { X: { allOf: [{ properties: { targetId: {}, note: {} } }] } } },
    };
    expect(routesTakingIds(named).get('POST /x')).toEqual(['targetId']);
    const missing = [...routes.keys()].filter((key) => !(key in MATRIX));
    expect(missing, 'add these routes to MATRIX in scope-matrix.test.ts').toEqual([]);
  });

  for (const [key, entry] of Object.entries(MATRIX)) {
    if ('global' in entry) continue;
    it(`${key} refuses ids outside the scope and writes nothing`, async () => {
      for (const call of entry.calls(f)) {
        const before = await tableDigests(t.database.db);
        const res = await t.app.request(call.path, {
          method: call.method,
          headers: {
            cookie: cookies.get(call.as)!,
            ...(call.json !== undefined && { 'content-type': 'application/json' }),
          },
          body: call.form ?? (call.json === undefined ? undefined : JSON.stringify(call.json)),
        });
        const text = await res.text();
        const label = `${call.as} ${call.method} ${call.path} → ${res.status} ${text.slice(0, 200)}`;
        if (call.alsoRefuses && res.status === call.alsoRefuses.status)
          expect(text, label).toContain(call.alsoRefuses.bodyContains);
        else expect([403, 404], label).toContain(res.status);
        // Nothing of the foreign document leaks into a refusal.
        expect(text, label).not.toContain('机密');
        expect(await tableDigests(t.database.db), label).toEqual(before);
      }
    });
  }
});
