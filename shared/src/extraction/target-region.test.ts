import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '../regions/gazetteer';
import { SAMPLE_UNITS } from '../regions/gazetteer.fixture';
import { TARGET_REGION_SOURCES, targetRegion, type TargetContext } from './target-region';

// A target's region is the first of TARGET_REGION_SOURCES that answers; wording of our own.
const gazetteer = buildGazetteer(SAMPLE_UNITS);
const city = { name: '武汉市', code: '420100' };
const answer = (name: string, target: TargetContext) =>
  TARGET_REGION_SOURCES.find((s) => s.name === name)!.read(target)?.name ?? null;

describe('the order of the target region sources', () => {
  it('is the order target-region.ts documents, each name once', () => {
    expect(TARGET_REGION_SOURCES.map((s) => s.name)).toEqual([
      'nationalClause',
      'manyProvinces',
      'citedPlan',
      'projectSite',
      'breakdownPlace',
      'higherWhole',
      'higherOwnWord',
      'subCountyWhole',
      'selfRegion',
    ]);
  });

  it('binds a clause opening with the nation to it before a higher whole the clause names', () => {
    const words = '全国、全省统筹推进,新增床位';
    const target = { clause: words, lead: words, part: city, gazetteer };
    expect(answer('higherWhole', target)).toBe('湖北省');
    expect(answer('nationalClause', target)).toBe('全国');
    expect(targetRegion(target)?.name).toBe('全国');
  });

  it('keeps the part’s region when nothing in the sentence moves it', () => {
    const words = '各社区卫生服务中心新增床位';
    expect(targetRegion({ clause: words, lead: words, part: city, gazetteer })).toEqual(city);
    expect(targetRegion({ clause: words, lead: words, part: null, gazetteer })).toBeNull();
  });
});
