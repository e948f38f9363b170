import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';
import { peopleFirst } from './asides';
import { changeWord } from './change-words';

// Names round 5 (branch hnames5; count and amount names across every set), in wording of our own:
// a count of people a service reaches is titled by the people first, then how and what is done.
const HEADER = '2024年全县卫生健康工作要点\n';
const names = (body: string) => extractTargets(HEADER + body).targets.map((t) => t.indicator);

describe('people trained or served, written verb first', () => {
  it('keeps how the service is given with its verb, after the people', () => {
    expect(names('年内免费培训村级保健人员600人。')).toEqual(['村级保健人员免费培训人数']);
    expect(names('年内免费培训社区护士300人以上。')).toEqual(['社区护士免费培训人数']);
    expect(peopleFirst('免费体检困难家庭老人')).toBe('困难家庭老人免费体检人数');
  });

  it('counts doctors and nurses as people, like 人员', () => {
    expect(names('全年培训家庭医生800人。')).toEqual(['家庭医生培训人数']);
    expect(peopleFirst('培训助产护士')).toBe('助产护士培训人数');
  });

  it('reads 在线 as a manner of doing, not a place word to trim', () => {
    expect(names('今年在线培训村医药人员2000人。')).toEqual(['村医药人员在线培训人数']);
  });

  it('leaves people who are no service’s object alone', () => {
    // (countName titles trained people people first since round CY, DB: 骨干 are trained too.)
    expect(names('全年培训村卫生室业务骨干150人。')).toEqual(['村卫生室业务骨干培训人数']);
    expect(peopleFirst('免费新建卫生室')).toBeNull();
    expect(peopleFirst('集中救治重症患者')).toBeNull();
  });
});

describe('a change by a step of its own unit', () => {
  it('names an age that grows by years a 提高幅度, not a growth rate', () => {
    expect(names('到2030年,居民平均寿命增长2岁左右。')).toEqual(['平均寿命提高幅度']);
    expect(changeWord('平均寿命', '增长', '提高', false, '岁')).toBe('提高幅度');
  });

  it('keeps a growth rate for a per-cent growth and a 增长幅度 for a share', () => {
    expect(changeWord('门诊服务量', '增长', '提高', false, '%')).toBe('增长率');
    expect(changeWord('门诊服务量', '增长', '提高', true, '%')).toBe('年均增长率');
    expect(changeWord('就诊率', '增长', '提高', false, '个百分点')).toBe('增长幅度');
  });

  it('drops 再 (again) from the end of the measure’s name', () => {
    expect(names('到2030年,全市人均预期寿命再提高1岁。')).toEqual(['人均预期寿命提高幅度']);
  });
});

describe('people served, whose own word ends in 人', () => {
  it('keeps the 人 of 老人 when the count closes with 人数', () => {
    expect(names('年内免费体检空巢老人500人。')).toEqual(['空巢老人免费体检人数']);
    expect(peopleFirst('免费体检高龄老人数')).toBe('高龄老人免费体检人数');
  });

  it('titles people a service is for (为…) by the people, then the service', () => {
    expect(names('全年为辖区70岁以上老人免费体检3000人。')).toEqual([
      '辖区70岁以上老人免费体检人数',
    ]);
    expect(peopleFirst('为困难群众救助人数')).toBe('困难群众救助人数');
    expect(peopleFirst('为村民办实事件数')).toBeNull();
  });
});
