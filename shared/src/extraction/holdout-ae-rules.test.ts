import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';

// Rules written from the failure classes of hold-out set AE (a list of starting levels in a
// `分别从…提升至…` sentence, 本区域 read as 本区, 年均 inside a name read as a yearly aim), each
// tested in wording of its own.

const targets = (text: string) => extractTargets(text).targets;

describe('a list of starting levels before the verb', () => {
  it('keeps every starting level out: only the levels after 提高到 are aims', () => {
    const found = targets(
      '到2027年,孕妇和儿童的贫血筛查率分别从70%、66%、62%提高到90%、88%、85%。',
    );
    expect(found.map((t) => t.value)).toEqual([90, 88, 85]);
  });

  it('still reads a lone starting level as a baseline', () => {
    const found = targets('到2027年,全县疫苗接种率从85%提高到95%。');
    expect(found.map((t) => t.value)).toEqual([95]);
  });
});

describe('本区域 (this area)', () => {
  it('is no self-reference of a district: a page with 本辖区 keeps that word', () => {
    const doc = extractTargets(
      '结合本区域流行特点,现制定本计划。到2027年,本辖区老年人健康管理率达到75%以上。',
    );
    expect(doc.targets.map((t) => [t.value, t.region])).toEqual([[75, '本辖区']]);
  });

  it('leaves 本区 itself to mean the district', () => {
    const doc = extractTargets('本区将加快推进托育服务。到2027年,本区托位数达到600个以上。');
    expect(doc.targets.map((t) => t.region)).toEqual(['本区']);
  });
});

describe('年均 inside an indicator’s name', () => {
  it('is a per-year measure: its target takes the plan’s year', () => {
    const found = targets('2027年工作目标:门诊患者年均就诊次数减少10%,住院患者满意度达到90%以上。');
    expect(found.map((t) => [t.value, t.year, t.indicator])).toEqual([
      [10, 2027, '门诊患者年均就诊次数减少幅度'],
      [90, 2027, '住院患者满意度'],
    ]);
  });

  it('takes the plan’s year from its title when the clause gives none', () => {
    const found = targets('2027年工作计划\n门诊患者年均就诊次数减少10%。');
    expect(found.map((t) => t.year)).toEqual([2027]);
  });

  it('still makes a yearly change (年均下降) bind every year', () => {
    const found = targets('2027年工作计划\n全市新生儿死亡率年均下降0.2个百分点。');
    expect(found.map((t) => t.year)).toEqual([null]);
  });
});
