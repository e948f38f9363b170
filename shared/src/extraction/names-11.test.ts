import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';
import { conditionedGroup } from './condition-groups';
import { nounHeadingAbove, rateOfActBefore, rateOfThingsCounted } from './rate-subjects';

// Names that lost their subject on unseen plans (issue 14, naming round 11), in wording of our own.
const HEADER = '2027年全区妇幼健康工作安排\n';
const names = (body: string) => extractTargets(HEADER + body).targets.map((t) => t.indicator);

describe('a bare act rate after a clause naming that act', () => {
  it('takes the object of the act done to a group', () => {
    expect(names('对超重和近视学生进行早期干预,干预率达到85%。')).toEqual(['超重和近视学生干预率']);
  });

  it('takes the object before the act when the clause goes on past it', () => {
    expect(names('听力障碍筛查工作在各乡镇全面铺开,筛查率达到92%。')).toEqual(['听力障碍筛查率']);
  });

  it('names a coverage after the act it covers', () => {
    expect(names('全面开展孕妇唐氏综合征筛查,覆盖率达到88%以上。')).toEqual([
      '孕妇唐氏综合征筛查覆盖率',
    ]);
  });

  it('leaves a rate bare when the clause before names another act', () => {
    expect(rateOfActBefore('干预率', '对超重学生进行筛查')).toBeNull();
    expect(rateOfActBefore('知晓率', '对育龄群众进行分期培训')).toBeNull();
  });
});

describe('a spread right after a count of things built', () => {
  it('takes the things counted', () => {
    expect(names('年内新建6个县域医疗共同体,乡镇覆盖率将达到75%以上。')).toEqual([
      '新建县域医疗共同体数',
      '县域医疗共同体乡镇覆盖率',
    ]);
  });

  it('does not take people counted', () => {
    expect(rateOfThingsCounted('覆盖率', '家庭医生签约服务居民数', '人')).toBeNull();
    expect(rateOfThingsCounted('区级覆盖率', '新建紧密型医联体数', '个')).toBe(
      '紧密型医联体区级覆盖率',
    );
  });
});

describe('a bare rate under a heading that is only a noun', () => {
  it('takes the heading as its subject', () => {
    expect(names('社区托育驿站\n\n各县建成率达到40%\n')).toEqual(['社区托育驿站建成率']);
  });

  it('does not take a section title', () => {
    expect(nounHeadingAbove('覆盖率', '主要工作目标\n覆盖率达到90%', 7)).toBeNull();
    expect(nounHeadingAbove('覆盖率', '推进医防融合\n覆盖率达到90%', 7)).toBeNull();
    expect(nounHeadingAbove('覆盖率', '社区托育驿站\n覆盖率达到90%', 7)).toBe('社区托育驿站');
  });

  it('does not take a plan title, nor give a subject to a rate that stands alone', () => {
    expect(nounHeadingAbove('覆盖率', '某县卫生规划\n覆盖率达到90%', 7)).toBeNull();
    expect(nounHeadingAbove('婚检率', '社区托育驿站\n婚检率达到90%', 7)).toBeNull();
  });
});

describe('people or units picked out by a condition', () => {
  const first = (body: string) => extractTargets(HEADER + body).targets[0];

  it('are the scope of the rate, and the measure its name', () => {
    const t = first('接触粉尘作业的工人肺功能检查率达到70%以上。');
    expect(t?.indicator).toBe('肺功能检查率');
    expect(t?.scope).toBe('接触粉尘作业工人');
  });

  it('leave a group named without a condition in the name', () => {
    expect(conditionedGroup('适龄儿童麻疹疫苗接种率')).toBeNull();
    expect(conditionedGroup('有效管理人群血压控制率')).toBeNull();
    expect(conditionedGroup('纳入管理的糖尿病患者健康管理率')).toBeNull();
  });

  it('split a listed group from its measure', () => {
    expect(conditionedGroup('存在噪声危害的企业负责人、职工职业卫生培训率')).toEqual({
      name: '职业卫生培训率',
      scope: '存在噪声危害的企业负责人、职工',
    });
  });
});

describe('a lead naming every unit of a level', () => {
  it('takes 街道 whole, leaving no 道 on the name', () => {
    const found = names('各街道健康驿站建成率达到70%,各镇街道卫生室覆盖率达到95%。');
    expect(found).toHaveLength(2);
    for (const name of found) expect(name).not.toMatch(/^道/);
    expect(found[0]).toBe('健康驿站建成率');
  });
});
