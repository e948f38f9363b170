import { describe, expect, it } from 'vitest';
import { INDICATOR_CATALOGUE } from '../indicators/catalogue';
import { buildIndicatorMatcher } from './catalogue-names';
import { extractTargets } from './extract-targets';

// The seeded catalogue as the server loads it: indicators from the lists bureaus are assessed
// against (hospital performance, quality goals, occupational health, elder care) name targets.
const catalogue = buildIndicatorMatcher(INDICATOR_CATALOGUE);
const first = (body: string) =>
  extractTargets(`2024年全区卫生健康工作要点\n${body}`, { catalogue }).targets[0]!;
const named = (body: string) => {
  const t = first(body);
  return [t.indicator, t.indicatorSource];
};

describe('naming targets by the indicator lists bureaus report against', () => {
  it('names a quality-goal rate by its catalogue title', () => {
    expect(named('二是住院患者抗菌药物治疗前病原学送检率不低于55%。')).toEqual([
      '住院患者抗菌药物治疗前病原学送检率',
      'catalogue',
    ]);
  });

  it('takes the direction of a hospital-performance share that should stay low', () => {
    const t = first('特需医疗服务占比达到8%。');
    expect([t.indicatorSource, t.direction, t.comparator]).toEqual(['catalogue', 'down', '<=']);
  });

  it('names occupational-health and elder-care rates', () => {
    expect(named('用人单位工作场所职业病危害因素定期检测率提高到85%。')[1]).toBe('catalogue');
    expect(named('全区养老机构护理型床位占比力争达到60%。')).toEqual([
      '养老机构护理型床位占比',
      'catalogue',
    ]);
  });

  it('names a count of referrals with its unit', () => {
    const t = first('医联体内下转患者人次数达到3600人次。');
    expect([t.indicatorSource, t.kind, t.unit]).toEqual(['catalogue', 'count', '人次']);
  });

  it('keeps the age range a screening title opens with, written with a tilde', () => {
    expect(named('0~6岁儿童眼保健和视力检查覆盖率保持在92%以上。')).toEqual([
      '0~6岁儿童眼保健和视力检查覆盖率',
      'catalogue',
    ]);
  });

  it('does not cut a pair of wastes down to the one a catalogue title names', () => {
    expect(first('乡镇生活垃圾和生活污水处理率达到75%。').indicator).toContain('生活垃圾');
  });
});
