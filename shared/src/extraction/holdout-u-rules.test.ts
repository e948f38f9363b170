import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';

// Rules written from the failure classes of hold-out set U (government work reports that mix
// the year gone by and the plan), each tested in wording of its own.

const targets = (text: string) => extractTargets(text).targets;

describe('a government work report’s review part alone', () => {
  it('reads a page whose first paragraph opens with 这一年 as what the year reached', () => {
    const text =
      '某某县人民政府工作报告(2021年1月8日)\n\n' +
      '这一年,我们咬定目标不放松,民生投入持续加大。新建村卫生室12所,培训乡村医生300名,' +
      '城乡居民医保参保率达到97%,基本公共卫生服务项目全部落实,新增护理床位80张。';
    expect(targets(text)).toEqual([]);
  });

  it('still reads a page that goes on to the coming year', () => {
    const text =
      '某某县人民政府工作报告(2021年1月8日)\n\n' +
      '这一年,我们咬定目标不放松,民生投入持续加大,新建村卫生室12所。今年,全县再新建村卫生室15所。';
    expect(targets(text).map((t) => t.value)).toContain(15);
  });

  it('reads a quoted speaker’s headline 某某:过去一年,… as news of the year gone by', () => {
    const text =
      '王某某:过去一年,我们办好了民生实事(报告摘登三)\n' +
      '某市新闻网 2020-02-03\n' +
      '全市孕产妇系统管理率达96%以上。\n新建社区卫生服务站9个,家庭医生签约人数达41.2万。';
    expect(targets(text)).toEqual([]);
  });
});

describe('a paragraph that opens with the time gone by', () => {
  it('reads 报告指出,五年来,… as a review when nothing in it looks ahead', () => {
    const text =
      '某省召开人代会,省长作政府工作报告。\n' +
      '报告指出,五年来,全省医疗卫生事业长足发展,城乡居民医保财政补助标准由200元提高到520元,' +
      '县级医院全部达到二级以上水平。\n' +
      '今年,全省城乡居民医保财政补助标准再提高30元。';
    expect(targets(text).map((t) => t.value)).toEqual([30]);
  });

  it('keeps a paragraph that opens so but turns to what will be done', () => {
    const text = '某省召开人代会。\n过去一年,全省新建村卫生室300所。今年将新建村卫生室200所。';
    expect(targets(text).map((t) => t.value)).toContain(200);
  });
});

describe('a plan’s horizon written 至YYYY年,', () => {
  it('looks ahead like 到YYYY年: a plan page whose aim says 建设取得显著成效 is no report', () => {
    const text =
      '某市卫生健康事业发展规划印发\n' +
      '日前,某市印发卫生健康事业发展规划,提出至2025年,健康城市建设取得显著成效,' +
      '人均预期寿命在2020年基础上提高0.6岁,孕产妇系统管理率提高至92%。';
    expect(targets(text).map((t) => t.value)).toEqual([0.6, 92]);
  });

  it('is not a from-to’s end: 下降至2019年的… stays a report', () => {
    const text =
      '全省报告新发病例从2012年2300例下降至2019年1500例,防治工作取得显著成效,全省监测覆盖率达96%以上。';
    expect(targets(text)).toEqual([]);
  });
});

describe('a story dated under its source line', () => {
  it('takes the year of its date for 今年 when no year is written with 年', () => {
    const text =
      '总理作政府工作报告\n来源: 某某网\n2016-03-05 10:12:30\n' +
      '今年城乡居民医保财政补助标准由每人每年380元提高到420元。';
    expect(targets(text).map((t) => [t.value, t.year])).toEqual([[420, 2016]]);
  });

  it('leaves an upload time with no source unread', () => {
    const text = '某县卫生工作安排\n上传时间\n2016-03-05\n今年全县村卫生室达标率达到90%。';
    expect(targets(text).map((t) => t.year)).toEqual([null]);
  });
});

describe('news of a report that turns from last year to the year it plans', () => {
  const story =
    '某县新闻网讯(记者 张某)在县人代会上,县长部署2021年工作。\n' +
    '2020年,全县新增就业6100人,新建村卫生室18所。\n' +
    '2021年,全县新建村卫生室20所,新增就业5500人。';

  it('keeps the figures of the sentence that opens with the planned year', () => {
    expect(targets(story).map((t) => t.value)).toEqual([20, 5500]);
  });

  it('leaves a story that names no earlier year as before', () => {
    const only = '某县新闻网讯(记者 张某)县卫健局总结工作。\n2021年,全县新建村卫生室20所。';
    expect(targets(only)).toEqual([]);
  });
});

describe('an as-of date (截至…) over a sentence joined by semicolons', () => {
  it('governs the parts after the semicolon too, and may follow 以某地为例,', () => {
    const text =
      '某省妇幼健康民生实事年度任务全面完成。\n' +
      '以某市为例,截至2021年年底,全市完成宫颈癌筛查8800人,任务完成率为103%;' +
      '完成乳腺癌筛查9100人,任务完成率为107%,超额完成年度任务。';
    expect(targets(text)).toEqual([]);
  });

  it('leaves the next full sentence alone', () => {
    const text = '截至2021年年底,全市完成宫颈癌筛查8800人。2022年全市宫颈癌筛查任务为9000人以上。';
    expect(targets(text).map((t) => t.value)).toEqual([9000]);
  });
});
