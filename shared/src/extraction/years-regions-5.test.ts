import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';
import { spanAheadYear } from './relative-years';

// Years left over across the sets (issue 14, fifth round on years and regions), in wording and
// places of our own.
const extract = (text: string) => extractTargets(text);
const years = (text: string) => extract(text).targets.map((t) => [t.value, t.year]);

describe('a span counted from the time of writing (3年内, 未来五年)', () => {
  it('gives no year on an undated page, though the page names a later horizon', () => {
    const story =
      '某区出台基层卫生发展规划\n' +
      '日前,某区出台基层卫生发展规划,力争在3年内,新建社区卫生服务站12个。\n' +
      '力争到2012年,居民健康档案建档率达到80%以上。\n';
    expect(years(story)).toEqual([
      [12, null],
      [80, 2012],
    ]);
  });

  it('counts the span from the date of a dated page, its own year the first', () => {
    const story =
      '某市推进中医药工作\n' +
      '2019-04-22 09:10 来源:某某日报\n' +
      '会议提出,未来三年,全市新增中医馆30家。\n';
    expect(years(story)).toEqual([[30, 2021]]);
  });

  it('leaves a span after a written year or inside a five-year plan to that year', () => {
    expect(spanAheadYear('从2019年起,力争3年内建成', '', 2019, false)).toBe(2019);
    expect(spanAheadYear('“十三五”期间,力争五年内新增床位', '', 2020, false)).toBe(2020);
    // a page that names its plan's period reads the span as that period
    expect(spanAheadYear('规划提出,未来5年,发现患者', '', 2015, true)).toBe(2015);
  });

  it('does not read a span that looks back (近3年内, 过去五年) as one ahead', () => {
    expect(spanAheadYear('近3年内未发生事故的单位比例', '', 2020, false)).toBe(2020);
    expect(spanAheadYear('过去五年内,全市', '', 2020, false)).toBe(2020);
  });
});

describe('a date labelled as the time of publishing dates a yearless story', () => {
  it('takes the year of a 发布时间 line that names no source', () => {
    const story =
      '某医院联网公布工作计划\n\n' +
      '发布时间: 2019/03/12\n\n' +
      '医院联网昨日公布新一年工作计划,将增加病床120张。\n';
    expect(extract(story).document.year).toBe(2019);
  });

  it('takes the year of a forum post (发表于)', () => {
    const post =
      '卫健委民生实事进展\n' +
      '发表于 2019-10-8 09:12:30 | 显示全部楼层\n' +
      '今年内,全市孕前优生健康检查覆盖率达到80%以上。\n';
    expect(extract(post).document.year).toBe(2019);
  });

  it('does not date a plan by a document site’s upload line', () => {
    const file =
      '社区卫生服务工作计划\n' +
      '上传人:a****1 发布时间:2021-02-13 格式:DOC 页数:18\n' +
      '全年居民健康档案建档率达到85%以上。\n';
    expect(extract(file).document.year).toBeNull();
  });
});

describe('the first year of a from-to is a baseline, not the plan’s year', () => {
  it('dates a page by its horizon, not by the year its from-tos start from', () => {
    const plan =
      '某市城乡环境卫生整洁行动\n' +
      '力争到2012年底,全市城市生活污水处理率要从2009年的30%提高到70%;' +
      '农村卫生厕所普及率从2009年的60%提高到75%;农村生活垃圾处理率从2009年的2%提高到20%;' +
      '完成300个村庄的环境整治。\n';
    expect(extract(plan).document.year).toBe(2012);
    expect(years(plan).map(([, y]) => y)).toEqual([2012, 2012, 2012, 2012]);
  });
});
