import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../create-db';
import { createTestDb, testEngine } from '../testing/create-test-db';
import { seedReportingFixture } from '../testing/reporting-fixture';
import { findApplicableTargets } from './applicable-targets.repository';

describe(`findApplicableTargets: year, origin, source and conflicts on ${testEngine()}`, () => {
  let h: DbHandle;
  let f: Awaited<ReturnType<typeof seedReportingFixture>>;
  beforeAll(async () => {
    h = await createTestDb();
    f = await seedReportingFixture(h.db);
  });
  afterAll(() => h.close());

  const target = (values: {
    indicator: number;
    region: number;
    year: number | null;
    value: number;
    unit: string;
    documentId?: number;
    quote?: string;
  }) =>
    h.db
      .insertInto('targets')
      .values({
        indicator_id: values.indicator,
        indicator_name: 'x',
        region_id: values.region,
        year: values.year,
        comparator: '>=',
        value: values.value,
        unit: values.unit,
        kind: 'rate',
        direction: 'up',
        state: 'confirmed',
        document_id: values.documentId ?? null,
        quote: values.quote ?? null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
  const targetOf = async (regionId: number, year: number, indicatorId: number) =>
    (await findApplicableTargets(h.db, regionId, year)).find((a) => a.indicator.id === indicatorId)!
      .target;

  it('gives the year a target was set for and the ancestor it is inherited from', async () => {
    expect(await targetOf(f.regions.countyB, 2026, f.indicators.growth)).toMatchObject({
      year: 2025,
      inheritedFrom: { regionId: f.regions.nation },
      conflict: null,
      source: null,
    });
    expect(await targetOf(f.regions.countyA, 2026, f.indicators.coverage)).toMatchObject({
      year: 2026,
      inheritedFrom: null,
      conflict: null,
    });
  });

  it('links the plan sentence it was confirmed from', async () => {
    const doc = await h.db
      .insertInto('documents')
      .values({ title: '要点', format: 'text', text: '全县参合率达到99%以上。' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const { id } = await target({
      indicator: f.indicators.coverage,
      region: f.regions.countyB,
      year: 2027,
      value: 99,
      unit: '%',
      documentId: doc.id,
      quote: '全县参合率达到99%以上',
    });
    expect(await targetOf(f.regions.countyB, 2027, f.indicators.coverage)).toMatchObject({
      id,
      year: 2027,
      source: { documentId: doc.id, quote: '全县参合率达到99%以上' },
      conflict: null,
    });
  });

  it('marks a target in another unit than the indicator, and confirmed twins, as conflicts', async () => {
    await target({
      indicator: f.indicators.doctors,
      region: f.regions.countyB,
      year: 2028,
      value: 8,
      unit: '倍',
    });
    expect(await targetOf(f.regions.countyB, 2028, f.indicators.doctors)).toMatchObject({
      value: 8,
      conflict: 'unit',
    });
    await target({
      indicator: f.indicators.growth,
      region: f.regions.countyB,
      year: 2028,
      value: 5,
      unit: '%',
    });
    await target({
      indicator: f.indicators.growth,
      region: f.regions.countyB,
      year: 2028,
      value: 6,
      unit: '%',
    });
    expect((await targetOf(f.regions.countyB, 2028, f.indicators.growth)).conflict).toBe('twin');
    // A later year carries one of them: still undecided.
    expect((await targetOf(f.regions.countyB, 2029, f.indicators.growth)).conflict).toBe('twin');
    // Its parent's single target is no twin of it.
    expect((await targetOf(f.regions.countyA, 2028, f.indicators.growth)).conflict).toBe(null);
  });
});
