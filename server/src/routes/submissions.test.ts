import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedReportingFixture } from '@targetboard/db/testing/reporting-fixture';
import { testEngine } from '@targetboard/db/testing/create-test-db';
import type { ErrorEnvelope } from '@targetboard/shared/api/errors';
import type { EntryReply } from '@targetboard/shared/api/observations.schema';
import type { Submission } from '@targetboard/shared/api/submissions.schema';
import { signInAs } from '../testing/auth';
import { createTestApp } from '../testing/test-app';

describe(`submitting a quarter with missing figures on ${testEngine()}`, () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let f: Awaited<ReturnType<typeof seedReportingFixture>>;
  let reporter: string;
  beforeAll(async () => {
    t = await createTestApp();
    f = await seedReportingFixture(t.database.db);
    reporter = (await signInAs(t.app, t.database.db, 'reporter', f.regions.city)).cookie;
  });
  afterAll(() => t.close());

  const call = (method: string, path: string, body?: unknown) =>
    t.app.request(path, {
      method,
      headers: { 'content-type': 'application/json', cookie: reporter },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  const submit = (regionId: number, body: unknown = {}) =>
    call('POST', `/api/submissions/${regionId}/2026Q1/submit`, body);
  const entry = async (regionId: number) =>
    (await (
      await call('GET', `/api/entry?regionId=${regionId}&quarter=2026Q1`)
    ).json()) as EntryReply;
  type Missing = { indicatorId: number; name: string; unanswered: boolean }[];

  it('asks what is missing, wants a reason per missing figure, and records them', async () => {
    const rows = (await entry(f.regions.countyA)).rows;
    expect(rows.length).toBeGreaterThan(2);
    const saved = await call('PUT', '/api/observations', {
      regionId: f.regions.countyA,
      quarter: '2026Q1',
      rows: [{ indicatorId: f.indicators.coverage, value: 97, version: 0 }],
    });
    expect(saved.status).toBe(200);
    const others = rows.filter((r) => r.indicator.id !== f.indicators.coverage);

    const bare = await submit(f.regions.countyA);
    expect(bare.status).toBe(422);
    const error = ((await bare.json()) as ErrorEnvelope).error;
    expect(error.code).toBe('figures_missing');
    expect((error.details as { missing: Missing }).missing).toEqual(
      others.map((r) => ({
        indicatorId: r.indicator.id,
        name: r.indicator.name,
        unanswered: true,
      })),
    );

    const [first, ...rest] = others;
    const partly = await submit(f.regions.countyA, {
      gaps: [{ indicatorId: first!.indicator.id, reason: '统计口径调整，下季度补报' }],
    });
    expect(partly.status).toBe(422);
    const missing = (((await partly.json()) as ErrorEnvelope).error.details as { missing: Missing })
      .missing;
    expect(missing.filter((m) => m.unanswered).map((m) => m.indicatorId)).toEqual(
      rest.map((r) => r.indicator.id),
    );
    expect((await entry(f.regions.countyA)).submission.state).toBe('draft');

    const answered = await submit(f.regions.countyA, {
      gaps: others.map((r, i) => ({ indicatorId: r.indicator.id, reason: `原因${i}` })),
    });
    expect(answered.status).toBe(200);
    const { submission } = (await answered.json()) as { submission: Submission };
    expect(submission).toMatchObject({
      state: 'submitted',
      gaps: others.map((r, i) => ({
        indicatorId: r.indicator.id,
        name: r.indicator.name,
        reason: `原因${i}`,
      })),
    });
    expect((await entry(f.regions.countyA)).submission.gaps).toEqual(submission.gaps);
    const log = (await (
      await call('GET', `/api/change-log?entity=submission&key=${f.regions.countyA}:2026Q1`)
    ).json()) as { entries: { newValue: { state: string; gaps?: unknown } }[] };
    expect(log.entries.at(-1)?.newValue.gaps).toEqual(submission.gaps);
  });

  it('takes a confirmation that the missing figures without a reason do not apply', async () => {
    const rows = (await entry(f.regions.countyB)).rows;
    const res = await submit(f.regions.countyB, {
      notApplicable: true,
      gaps: [{ indicatorId: rows[0]!.indicator.id, reason: '系统故障' }],
    });
    expect(res.status).toBe(200);
    const { submission } = (await res.json()) as { submission: Submission };
    expect(submission.gaps).toEqual(
      rows.map((r, i) => ({
        indicatorId: r.indicator.id,
        name: r.indicator.name,
        reason: i === 0 ? '系统故障' : null,
      })),
    );
  });
});
