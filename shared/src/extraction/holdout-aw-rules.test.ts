import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';

// Rules written from the failure classes of hold-out set AW (a feature telling what stands now, a
// task's tally up to a day, …), each tested in wording of its own.

const targets = (text: string) => extractTargets(text).targets;
const values = (text: string) => targets(text).map((t) => t.value);

describe('what stands now, told in reporting prose', () => {
  it('reads a figure after 当前 in its clause as the present', () => {
    expect(values('村卫生室覆盖面不断扩大,当前全县孕产妇系统管理率超过92%。')).toEqual([]);
  });

  it('still aims where 当前 names the time for work', () => {
    expect(values('当前和今后一个时期,全县孕产妇系统管理率要达到92%以上。')).toEqual([92]);
  });

  it('carries a clause of the present on to the later figures of its sentence', () => {
    expect(
      values('群众就近看病,当前乡镇卫生院门诊量持续增加,基层诊疗人次占比长期保持60%以上。'),
    ).toEqual([]);
    expect(values('当前乡镇卫生院门诊量持续增加,到2025年基层诊疗人次占比达到65%以上。')).toEqual([
      65,
    ]);
  });

  it('reads the sentences after one opened by 目前 inside a paragraph as the present', () => {
    const para =
      '家庭医生服务不断深入。目前,群众已能在村里测血压。全区签约管理的慢性病患者超过3万人。';
    expect(values(para)).toEqual([]);
    expect(values(`${para}今年全区签约管理的慢性病患者要达到4万人。`)).toEqual([40000]);
  });

  it('reads a tally since a year up to now as done', () => {
    expect(values('2018年至今,市人民医院先后选派30批次医生下乡,覆盖12个乡镇。')).toEqual([]);
  });

  it('reads a tally up to a dated day as done, not a deadline without a day', () => {
    expect(values('全年唐氏筛查任务为800人。至2023年10月15日止,已筛查912例,完成率114%。')).toEqual([
      800,
    ]);
    expect(values('至2025年止,全市唐氏筛查率达到80%以上。')).toEqual([80]);
  });
});

describe('a 民国 year on a page that is plainly Taiwan’s', () => {
  const sheet = (dated: string) =>
    `行政院衛生署疾病管制局\n${dated}工作計畫\n預期成果:輔導社區藥局至少完成戒菸衛教200人。`;

  it('dates the page by 民国 + 1911, in numerals of either kind', () => {
    expect(targets(sheet('九十九年度')).map((t) => [t.value, t.region, t.year])).toEqual([
      [200, '台湾', 2010],
    ]);
    expect(targets(sheet('102年度')).map((t) => t.year)).toEqual([2013]);
  });

  it('reads no 民国 year on a page of elsewhere, nor over a year of the common era', () => {
    expect(
      targets('某县卫生局\n九十九年度工作计划\n全年至少完成戒烟宣教200人。')[0]?.year,
    ).toBeNull();
    expect(targets(sheet('2010年至102年度')).map((t) => t.year)).toEqual([2010]);
  });
});

describe('a story dated day first with dots under its paper’s wire lead', () => {
  const story = (date: string, lead: string) =>
    `县里今年再添三所卫生院\n\n${date}  09:15\n\n${lead}3月2日,全县卫生工作会议召开。今年全县将新建标准化村卫生室20所。`;

  it('gives 今年 the year of the date', () => {
    expect(
      targets(story('12.03.2019', '本报讯 (记者 某某)')).map((t) => [t.value, t.year]),
    ).toEqual([[20, 2019]]);
  });

  it('reads no year from a dotted run without the lead or that is no date', () => {
    expect(targets(story('12.03.2019', '')).map((t) => t.year)).toEqual([null]);
    expect(targets(story('1.12.3.2019', '本报讯 (记者 某某)')).map((t) => t.year)).toEqual([null]);
  });
});

describe('names of tasks and volumes', () => {
  const names = (text: string) => targets(text).map((t) => t.indicator);

  it('titles a task of an act done to people by the people it reaches, without the year’s 年', () => {
    expect(names('2024年全区孕妇唐氏综合征筛查目标任务为2600人。')).toEqual([
      '孕妇唐氏综合征筛查人数',
    ]);
  });

  it('keeps the task of a deed people do themselves', () => {
    expect(names('2024年全区无偿献血任务为900人。')).toEqual(['无偿献血任务人数']);
  });

  it('counts a volume once (发卡量, not 发卡量数)', () => {
    expect(names('今年全区社保卡发卡量不低于30万张。')).toEqual(['社保卡发卡量']);
  });
});

describe('a bound and the aim’s verb before a rate’s name', () => {
  it('drops 至少 and 完成 before a rate of its own, keeps 完成率', () => {
    expect(targets('今年至少完成学龄前儿童视力筛检率达90%。').map((t) => t.indicator)).toEqual([
      '学龄前儿童视力筛检率',
    ]);
    expect(targets('今年任务完成率达到95%。').map((t) => t.indicator)).toEqual(['任务完成率']);
  });
});

describe('what a count counts, in a list joined by 及 and in a flattened table', () => {
  const names = (text: string) => targets(text).map((t) => t.indicator);

  it('takes no joined item after the count for what it counts', () => {
    expect(names('全年至少完成戒烟门诊咨询200人及随访服务80人。')).toEqual([
      '戒烟门诊咨询人数',
      '随访服务人数',
    ]);
  });

  it('ends what is counted at a table’s column gap', () => {
    expect(names('全年至少完成咨询服务60人、        人员培训、接受咨询。')).toEqual([
      '咨询服务人数',
    ]);
  });
});
