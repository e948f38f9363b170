import { describe, expect, it } from 'vitest';
import { DIRECTIONS, TARGET_KINDS } from '../targets/vocabulary';
import { CATALOGUE_UNITS, CATEGORIES, INDICATOR_CATALOGUE } from './catalogue';
import { normaliseIndicatorName } from './match-indicator';

const RATE_UNITS = ['%', '‰', '1/万', '1/10万', '1/100万'];
const MONEY_UNITS = ['元', '万元', '亿元'];

describe('the seeded indicator catalogue', () => {
  it('holds a few hundred indicators', () => {
    expect(INDICATOR_CATALOGUE.length).toBeGreaterThanOrEqual(250);
  });

  it('names every indicator and synonym once', () => {
    const all = INDICATOR_CATALOGUE.flatMap((c) => [c.name, ...c.synonyms]);
    const repeated = all.filter((name, k) => all.indexOf(name) !== k);
    expect(repeated).toEqual([]);
  });

  // A literal variant of the same indicator may fold onto its name (孕产妇年死亡率); the
  // extractor searches the text for it as written. Two indicators folding together may not.
  it('never lets two indicators fold to the same name as the matcher compares them', () => {
    const owner = new Map<string, string>();
    for (const c of INDICATOR_CATALOGUE) {
      for (const name of [c.name, ...c.synonyms]) {
        const folded = normaliseIndicatorName(name);
        expect(folded.length, `${name} folds to almost nothing`).toBeGreaterThan(1);
        const other = owner.get(folded);
        if (other !== undefined && other !== c.name)
          expect.fail(`${name} (of ${c.name}) folds like ${other}`);
        owner.set(folded, c.name);
      }
    }
  });

  it('keeps names as written: no spaces, full-width brackets or full stops', () => {
    for (const c of INDICATOR_CATALOGUE)
      for (const name of [c.name, ...c.synonyms]) expect(name).toMatch(/^[^\s（）。，]+$/);
  });

  it('gives each a known unit, direction, kind and category', () => {
    for (const c of INDICATOR_CATALOGUE) {
      expect(CATALOGUE_UNITS, c.name).toContain(c.unit);
      expect(DIRECTIONS, c.name).toContain(c.direction);
      expect(TARGET_KINDS, c.name).toContain(c.kind);
      expect(CATEGORIES, c.name).toContain(c.category);
    }
  });

  it('keeps kind, unit and measure consistent', () => {
    for (const c of INDICATOR_CATALOGUE) {
      if (RATE_UNITS.includes(c.unit)) expect(c.kind, c.name).toBe('rate');
      if (MONEY_UNITS.includes(c.unit)) expect(c.kind, c.name).toBe('amount');
      if (c.kind === 'amount') expect([...MONEY_UNITS, '倍'], c.name).toContain(c.unit);
      // Counts are summed year-to-date and across regions; a ratio never is.
      if (c.kind === 'count') expect(c.measure, c.name).toBe('additive');
      if (c.kind === 'rate') expect(c.measure, c.name).toBe('intensive');
    }
  });

  it('points failure and death rates down and coverage up', () => {
    for (const c of INDICATOR_CATALOGUE) {
      if (/(死亡率|病死率|感染率|发病率|并发症发生率)$/.test(c.name))
        expect(c.direction, c.name).toBe('down');
      if (/(覆盖率|管理率|接种率|达标率|知晓率)$/.test(c.name))
        expect(c.direction, c.name).toBe('up');
    }
  });

  it('covers the areas the issue names', () => {
    const names = new Set(INDICATOR_CATALOGUE.map((c) => c.name));
    for (const name of [
      '人均预期寿命',
      '重大慢性病过早死亡率',
      '每千人口执业(助理)医师数',
      '每千人口注册护士数',
      '每千人口床位数',
      '城乡居民医保参保率',
      '新农合参合率',
      '政策范围内住院费用报销比例',
      '孕产妇死亡率',
      '家庭医生签约服务覆盖率',
      '甲乙类法定传染病报告发病率',
      '居民健康档案建档率',
    ])
      expect(names.has(name), name).toBe(true);
    const synonyms = new Map(
      INDICATOR_CATALOGUE.flatMap((c) => c.synonyms.map((s) => [s, c.name] as const)),
    );
    expect(synonyms.get('参保率')).toBe('城乡居民医保参保率');
    expect(synonyms.get('参合率')).toBe('新农合参合率');
    expect(synonyms.get('住院补偿比')).toBe('政策范围内住院费用报销比例');
    expect(synonyms.get('政策范围内住院费用基金支付比例')).toBe('政策范围内住院费用报销比例');
  });
});
