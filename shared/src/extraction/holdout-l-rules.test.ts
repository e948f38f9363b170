import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';
import { runOnTitle } from './header';
import { pastClauseLead, titlePeriodStart } from './reported';

// Rules written from the failure classes of hold-out set L, each tested in wording of its own.

const values = (text: string) => extractTargets(text).targets.map((t) => t.value);

describe('the end of a five-year plan told as the past', () => {
  it('reads `“十二五”末期,` like `“十二五”末,` on a later page', () => {
    expect(pastClauseLead('据介绍,“十二五”末期,全省婴儿死亡率降至', 2020, null)).toBe(true);
    expect(pastClauseLead('十三五末期,孕产妇系统管理率提高到', 2022, null)).toBe(true);
    // On a page for that period's own end it is the aim.
    expect(pastClauseLead('“十四五”末期,婴儿死亡率降至', 2025, null)).toBe(false);
    // Words that look ahead after the lead undo it.
    expect(pastClauseLead('“十二五”末期,全省要使婴儿死亡率降至', 2020, null)).toBe(false);
  });

  it('keeps a later page’s review out and its aim in', () => {
    const text =
      '2018年全市卫生工作会议召开。会议回顾,“十二五”末期,全市婴儿死亡率下降到6.2‰。' +
      '到2020年,全市婴儿死亡率控制在5‰以下。';
    expect(values(text)).toEqual([5]);
  });
});

describe('a page whose title names a period', () => {
  it('starts that period at its first year', () => {
    expect(titlePeriodStart('某省卫生事业发展“十二五”规划')).toBe(2011);
    expect(titlePeriodStart('十三五人口发展规划')).toBe(2016);
    expect(titlePeriodStart('健康促进行动方案(2019-2022年)')).toBe(2019);
    expect(titlePeriodStart('2024年卫生健康工作要点')).toBeNull();
  });

  it('reads a year before the period as the past, a year inside it as a milestone', () => {
    const title = '某市妇幼健康事业“十二五”规划';
    expect(pastClauseLead('2009年,全市住院分娩率达到', 2015, title)).toBe(true);
    expect(pastClauseLead('2013年,全市住院分娩率达到', 2015, title)).toBe(false);
  });
});

describe('a title run on into the first line of a flattened page', () => {
  it('is the words before the document number', () => {
    expect(
      runOnTitle('省政府关于印发全省卫生发展“十二五”规划的通知 某政发〔2011〕9号 各市人民政府:'),
    ).toBe('省政府关于印发全省卫生发展“十二五”规划的通知');
    expect(runOnTitle('卫生厅关于印发2013年新农合实施方案的通知 卫农发[2013]12号 各市卫生局')).toBe(
      '卫生厅关于印发2013年新农合实施方案的通知',
    );
    // No document number, or a sentence before it, gives no title.
    expect(runOnTitle('各市人民政府:现将有关事项通知如下。')).toBeNull();
    expect(runOnTitle('经研究,现印发《办法》,见某办发〔2012〕3号')).toBeNull();
  });
});

describe('a time clause opening a sentence whose items the semicolons list', () => {
  it('governs every item of the list', () => {
    const text =
      '关于印发某省卫生事业发展“十二五”规划的通知 某政发〔2011〕21号 各市人民政府: ' +
      '“十一五”期间,全省卫生事业较快发展。2010年,全省婴儿死亡率下降到9.8‰; ' +
      '孕产妇死亡率下降到25.1/10万; 住院分娩率提高到96.5%。到2015年,全省婴儿死亡率控制在8‰以下。';
    expect(values(text)).toEqual([8]);
  });

  it('leaves a list of aims alone', () => {
    const text =
      '某县2012年卫生工作要点。2012年,全县新农合参合率达到97%; 住院分娩率达到98%; ' +
      '婴儿死亡率控制在8‰以下。';
    expect(values(text)).toEqual([97, 98, 8]);
  });
});

describe('the page year of a review', () => {
  const years = (text: string) => extractTargets(text).targets.map((t) => [t.value, t.year]);

  it('does not count the dated ends of a statistic’s from-to', () => {
    // The run's years (2012, 2016) outnumber the meeting's (2018); the from-to reports.
    const text =
      '2018年全省妇幼工作会议召开。会议通报,新生儿死亡率从2012年的6.1‰下降到2016年的4.2‰,' +
      '低体重儿比例由2012年的3.5%降至2016年的2.9%,早产率由2012年的5.6%降至2016年的5.1%。' +
      '今年全省新生儿死亡率要控制在4‰以下。';
    expect(years(text)).toEqual([[4, 2018]]);
  });

  it('does not count a comparison’s baseline year', () => {
    // 比2015年 three times against one 2019年: the page is for 2019.
    const text =
      '某市2019年卫生工作安排。婴儿死亡率比2015年下降两成,孕产妇死亡率比2015年下降三成,' +
      '传染病发病率比2015年下降一成。全市婴儿死亡率要控制在5‰以下。';
    expect(years(text)).toEqual([[5, 2019]]);
  });
});

describe('a past five-year span opening the figure’s own clause', () => {
  it('reads the figure as what the span achieved', () => {
    expect(pastClauseLead('会上介绍,“十二五”期间全省人均预期寿命提高', 2016, null)).toBe(true);
    expect(pastClauseLead('十二五以来农村改厕率提高到', 2017, null)).toBe(true);
    // The span still to come, or words that look ahead after it, set an aim.
    expect(pastClauseLead('“十四五”期间全省人均预期寿命提高', 2021, null)).toBe(false);
    expect(pastClauseLead('“十二五”期间全省要使人均预期寿命提高', 2016, null)).toBe(false);
  });
});

describe('a count told as work done', () => {
  it('is no target when its clause goes on to a verb with 了', () => {
    expect(values('今年全县新建5所村卫生室。县里组织专家在东乡和西乡的9个村抓了调查。')).toEqual([
      5,
    ]);
    expect(values('为了摸清情况,县里组织医疗队直接在东乡的12个村搞了巡诊。')).toEqual([]);
  });

  it('keeps a count whose 了 belongs to another word', () => {
    expect(values('今年县里组织专家培训200名乡村医生了解新的诊疗规范。')).toEqual([200]);
  });
});
