import { describe, expect, it } from 'vitest';
import { buildGazetteer, type GazetteerUnit } from '../regions/gazetteer';
import { SAMPLE_UNITS, unit } from '../regions/gazetteer.fixture';
import { regionNameStem } from '../regions/region-name';
import { extractTargets } from './extract-targets';
import { withoutCredit } from './mastheads';
import { findIssuer } from './region-words';

// Regions round 8 (every hold-out set at once), in wording and places of our own.
const UNITS: GazetteerUnit[] = [
  ...SAMPLE_UNITS,
  unit('650000', '新疆维吾尔自治区', 1, '000000'),
  unit('652700', '博尔塔拉蒙古自治州', 2, '650000'),
  unit('150000', '内蒙古自治区', 1, '000000'),
];
const gazetteer = buildGazetteer(UNITS);
const regions = (text: string) =>
  extractTargets(text, { gazetteer }).targets.map((t) => [t.value, t.region]);

describe('a body named on a line between the cells of a table is a row, not the issuer', () => {
  it('reads no issuer from a row label above or below a cell', () => {
    expect(findIssuer('指标表\n| 30\n| 60\n|\n示范化社区卫生服务中心\n', undefined)).toBeNull();
    expect(findIssuer('指标表\n示范化社区卫生服务中心\n| 30\n| 60\n', undefined)).toBeNull();
  });

  it('still reads the issuer standing on a line of its own', () => {
    expect(findIssuer('关于做好义诊工作的通知\n江汉区卫生健康局\n2023年5月\n', undefined)).toBe(
      '江汉区',
    );
  });

  it('leaves the page to the place its opening names', () => {
    const page =
      '(三)加大投入保障\n全市各级政府要加大对“健康武汉”建设的投入,武汉市卫生部门负责督促落实。\n' +
      '附件:健康武汉指标表\n健 康 指 标\n| 2020\n| 2025\n|\n人均预期寿命(岁)\n| 78\n| 80\n|\n' +
      '示范化社区卫生服务中心\n';
    expect(regions(page)).toContainEqual([80, '武汉市']);
  });
});

describe("a news page headed by its outlet's byline", () => {
  it('blanks the outlet and the paper the byline credits', () => {
    const line = '武汉新闻网讯(武汉晚报全媒体记者李明)';
    expect(withoutCredit(line).trim()).toBe('');
    expect(withoutCredit('武汉日报记者王芳报道').startsWith('      ')).toBe(true);
  });

  it('is the district the story is about, not the city of the outlet', () => {
    const page =
      '武汉新闻网讯(武汉晚报全媒体记者李明)\n' +
      '6月1日,江汉区启动老年人免费体检项目,江汉区投入600余万元,为全区65岁以上老人提供体检服务,' +
      '计划到2025年体检率达到80%以上。\n';
    expect(regions(page)).toContainEqual([80, '江汉区']);
  });
});

describe('an autonomous region whose people GB/T 2260 names without 族', () => {
  it('has the place alone as its stem', () => {
    expect(regionNameStem('新疆维吾尔自治区')).toBe('新疆');
    expect(regionNameStem('博尔塔拉蒙古自治州')).toBe('博尔塔拉');
    expect(regionNameStem('内蒙古自治区')).toBe('内蒙古');
  });

  it('is found by that short form in running text, but not in the corps of the same name', () => {
    expect(gazetteer.find('今年新疆卫生事业').map((h) => h.unit.name)).toEqual([
      '新疆维吾尔自治区',
    ]);
    expect(gazetteer.find('各省、自治区及新疆生产建设兵团卫生局')).toEqual([]);
    expect(gazetteer.find('新疆兵 团医院')).toEqual([]);
  });

  it('names the page of 我区 whose headline writes it so', () => {
    const page =
      '2025年新疆推进全民健康建设\n' +
      '报告提出,今年我区将加快基层医疗机构建设,到2025年底我区村卫生室标准化建设率达到95%。\n';
    expect(regions(page)).toEqual([[95, '新疆维吾尔自治区']]);
  });
});

describe('a county-level stem opening a headline after the year it reports on', () => {
  it('is the district of that stem on a page of 全区', () => {
    const page =
      '2021年江汉农村卫生厕所改造工作情况\n' +
      '今年全区继续推进农村卫生厕所改造,全区计划完成改厕1.2万户。\n';
    expect(regions(page)).toEqual([[12000, '江汉区']]);
  });
});
