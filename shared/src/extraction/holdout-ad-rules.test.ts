import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '../regions/gazetteer';
import { SAMPLE_UNITS } from '../regions/gazetteer.fixture';
import { extractTargets } from './extract-targets';

// Rules written from the failure classes of hold-out set AD (a ≥ spelled out in words, a school
// plan's size thresholds read as aims), each tested in wording of its own.

const targets = (text: string) => extractTargets(text).targets;

describe('a bound spelled out in words', () => {
  it('reads 大于等于 and 小于或等于 as inclusive bounds', () => {
    const found = targets(
      '到2026年,全市学生体质健康达标率大于等于92%,食品抽检不合格率小于或等于2%。',
    );
    expect(found.map((t) => [t.value, t.comparator])).toEqual([
      [92, '>='],
      [2, '<='],
    ]);
  });
});

describe('the size of the units a rule is for', () => {
  it('is no aim: a headcount or a bed count before the kind of unit', () => {
    const found = targets(
      '到2026年,全省300人以上的托育机构和床位500张以上医院均要配备专职营养师,配备率达到100%。',
    );
    expect(found.map((t) => [t.value, t.unit])).toEqual([[100, '%']]);
  });

  it('keeps the count of people to train beside such a size', () => {
    const found = targets('到2026年,全区培训企业职工800人以上,其中500人以上企业全覆盖。');
    expect(found.map((t) => [t.value, t.unit])).toEqual([[800, '人']]);
  });
});

describe('a ministry of the State Council', () => {
  const gazetteer = buildGazetteer(SAMPLE_UNITS);
  it('makes a news page that names no place national', () => {
    const doc = extractTargets(
      '近日,教育部、民政部等九部门联合印发《儿童青少年运动促进行动方案》。方案提出,到2026年,学生体质健康优良率达到55%以上。',
      { gazetteer },
    );
    expect(doc.document.region).toBe('全国');
    expect(doc.targets.map((t) => t.region)).toEqual(['全国']);
  });

  it('leaves a province’s department (厅) to its province', () => {
    const doc = extractTargets(
      '近日,湖北省教育厅等五部门联合印发方案。方案提出,到2026年,全省学生体质健康优良率达到55%以上。',
      { gazetteer },
    );
    expect(doc.document.region).toBe('湖北省');
  });
});
