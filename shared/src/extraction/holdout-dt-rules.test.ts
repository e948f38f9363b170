import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';

// Rules written from the failure classes of hold-out set DT (hospital building news: beds and
// rooms a project plans or adds, in Chinese numerals with 廿/卅 and counted with 床/间, and a
// statistics page in Hong Kong's and Macao's wording), each tested in wording of its own.

const targets = (text: string) => extractTargets(text).targets;
const values = (text: string) => targets(text).map((t) => [t.value, t.unit]);

describe('a statistics page that compares with the year before by 按年', () => {
  it('reports what was reached: none of its figures is an aim', () => {
    expect(
      values(
        '2019年卫生服务统计\n\n统计处数字显示,2019年本港公立诊所合共提供2,350个诊症名额,按年增加3.1%;' +
          '普通科门诊求诊者按年下跌2.4%至120.5万人次,护士人数为6,812人,按年上升1.6%。',
      ),
    ).toEqual([]);
  });

  it('leaves a page that aims alone, and 按年度 is no comparison (guards)', () => {
    expect(values('到2026年,全市病床使用率按年增加,力争达到85%。')).toEqual([[85, '%']]);
    expect(values('到2026年,全市按年度考核,家庭医生签约率达到60%。')).toEqual([[60, '%']]);
  });
});

describe('a count in Chinese numerals counted with 床 or 间, or with 廿/卅 inside the run', () => {
  it('is read as a count in Arabic figures would be', () => {
    expect(values('到2026年,全县将新增一百廿床护理床位。')).toEqual([[120, '床']]);
    expect(values('到2026年,区妇幼保健院将新建十二间诊室。')).toEqual([[12, '间']]);
    expect(values('到2026年,全市将新增二百卅张康复床位。')).toEqual([[230, '张']]);
  });
});

describe('可增加 after works in the same sentence', () => {
  it('is the capacity the works will add, not an option', () => {
    expect(values('2024年,县中医院将完成迁建,可增加300床病床。')).toEqual([[300, '床']]);
  });

  it('leaves 可增加 with no works an option a body may take (guard)', () => {
    expect(values('2024年,各县可增加2个试点乡镇。')).toEqual([]);
  });
});

describe('beds in Chinese numerals after a verb of doing', () => {
  it('are a capacity, not a description', () => {
    expect(values('到2026年,康复医院可提供三百五十床病床。')).toEqual([[350, '床']]);
  });

  it('leaves a spelled count of services with no verb of making (guard)', () => {
    expect(values('到2026年,康复医院将提供三项服务。')).toEqual([]);
  });
});

describe('a verb of setting up joined by 并 to a clause of the future', () => {
  it('shares the future: what it sets up is a count to reach', () => {
    expect(
      values('2024年,新院区将规划设置800张床位,达到三级医院标准,并设置二十个临床科室。'),
    ).toEqual([
      [800, '张'],
      [20, '个'],
    ]);
  });

  it('leaves 并设置 in a sentence with no word of the future (guard)', () => {
    expect(values('报告共分为5章,并设置3个附录。')).toEqual([]);
  });
});

describe('规划 right before the beds or rooms it plans', () => {
  it('sets how many there are to be, and the list after it goes on', () => {
    expect(values('2024年,县医院的新大楼规划负压病房8间、重症病床24床,预计2027年启用。')).toEqual([
      [8, '间'],
      [24, '床'],
    ]);
  });

  it('leaves 规划 with a verb after it, the plan as a text (guard)', () => {
    expect(values('规划还列出了60多个具体项目。')).toEqual([]);
  });
});

describe('a clause of the time to come after one of the present', () => {
  it('turns the sentence to what the works will give', () => {
    expect(values('2024年,该院目前已完成立项审批,未来可提供260张床位。')).toEqual([[260, '张']]);
  });

  it('leaves a sentence of the present alone (guard)', () => {
    expect(values('该院目前已完成立项审批,现有260张床位。')).toEqual([]);
  });
});

describe('a count told as falling short, or as a siting threshold', () => {
  it('is what stands when told as short of a figure', () => {
    expect(values('2024年,全县常住人口不到30万人,医疗资源不足。')).toEqual([]);
  });

  it('is a rule when it is the population a unit needs to be set up', () => {
    expect(values('2024年,按规定,儿童医院设立服务人口须在200万以上。')).toEqual([]);
  });

  it('leaves a cap on a count (guard)', () => {
    expect(values('到2026年,全县常住人口控制在30万人以内。')).toEqual([[300000, '人']]);
  });
});

describe('works dated by when they are finished', () => {
  const years = (text: string) => targets(text).map((t) => [t.value, t.year]);

  it('date the figures before a clause that tells the finishing year', () => {
    expect(years('发布时间:2024年3月1日\n新院区将新增300床病床,预计在2027年竣工。')).toEqual([
      [300, 2027],
    ]);
    expect(
      years('发布时间:2024年3月1日\n新院区将新增300床病床。预计明年开工,2028年建成启用。'),
    ).toEqual([[300, 2028]]);
  });

  it('read 后年 as two years after the page date, before or after the figure', () => {
    expect(years('发布时间:2024年3月1日\n新院区将新增300床病床,预计后年底完工。')).toEqual([
      [300, 2026],
    ]);
    expect(
      years('发布时间:2024年3月1日\n新院区将于明年动工,后年完工,届时将新增300床病床。'),
    ).toEqual([[300, 2026]]);
  });

  it('leave a starting time, and a figure of a later sentence takes the time (guards)', () => {
    expect(years('发布时间:2024年3月1日\n新院区将新增300床病床,预计2026年动工。')).toEqual([
      [300, 2024],
    ]);
    expect(
      years('2024年全县卫生工作要点\n甲院将新增300床病床。乙院将新增200床病床,2027年建成。'),
    ).toEqual([
      [300, 2024],
      [200, 2027],
    ]);
  });
});
