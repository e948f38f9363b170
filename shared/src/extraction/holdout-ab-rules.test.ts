import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';

// Rules written from the failure classes of hold-out set AB (a summary that lost its `%` and
// commas, a nursing plan's totals in 万 with no counting word, a salt strategy's conditions that
// pick out areas), each tested in wording of its own.

const targets = (text: string) => extractTargets(text).targets;
const values = (text: string) => targets(text).map((t) => t.value);

describe('rates run together after their % and commas were lost', () => {
  it('reads each number after a rate’s aim word as a percentage', () => {
    const found = targets(
      '方案提出全市婚前医学检查率达到85孕前优生健康检查覆盖率达到80产后访视率达到90出生缺陷发生率逐年下降。',
    );
    expect(found.map((t) => [t.value, t.unit])).toEqual([
      [85, '%'],
      [80, '%'],
      [90, '%'],
    ]);
  });

  it('reads the space-kept form once, not twice', () => {
    expect(values('2024年,签约服务率要达到85以上;城区签约率要达到60以上。')).toEqual([85, 60]);
  });

  it('leaves a number that touches a counting word or a score', () => {
    expect(values('2025年,全县健康知识知晓率达到95分以上。')).toEqual([]);
  });
});

describe('a total of people in 万 with no counting word', () => {
  it('counts people named by their calling in 人', () => {
    const found = targets('到2030年,全省执业医师总数达到12万,注册护士总数达到15万。');
    expect(found.map((t) => [t.value, t.unit])).toEqual([
      [120000, '人'],
      [150000, '人'],
    ]);
  });
});

describe('a rate’s bound that picks out the places a rule is for', () => {
  it('sets no aim', () => {
    expect(
      targets(
        '各县可分类施策:高血压规范管理率高于70%、糖尿病规范管理率高于60%的地区,可减少随访次数。',
      ),
    ).toEqual([]);
  });

  it('leaves a share of places and an aim about them', () => {
    expect(values('到2025年,力争90%以上的乡镇达到国家卫生乡镇标准。')).toContain(90);
    expect(values('到2025年,全县签约覆盖率达到80%以上的乡镇达到20个。')).toContain(20);
  });
});
