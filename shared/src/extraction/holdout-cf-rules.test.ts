import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '../regions/gazetteer';
import { SAMPLE_UNITS } from '../regions/gazetteer.fixture';
import { extractTargets } from './extract-targets';

// Rules written from the failure classes of hold-out set CF (performance-appraisal pages: scoring
// rules beside each aim, a flattened performance table, standards that name no place), each
// tested in wording of its own.

const values = (text: string) => extractTargets(text).targets.map((t) => t.value);

describe('the bands and thresholds of a scoring rule (points-rules.ts)', () => {
  it('reads no aim in a ladder of bands that turn a result into points', () => {
    const text = '4.随访管理\n按考核结果计分:≥80%得4分,≥60%得2分,<60%不得分。';
    expect(values(text)).toEqual([]);
  });

  it('keeps a single level a sheet scores, with no ladder beside it', () => {
    const text = '5.到2023年高血压患者规范管理率≥60%得5分。';
    expect(values(text)).toEqual([60]);
  });

  it('reads no aim in a value the result must equal for its points', () => {
    const text = '6.资金使用\n拨付资金/下达资金≠100%则不得分。';
    expect(values(text)).toEqual([]);
  });

  it('reads no aim in a tolerance either way past which points are lost', () => {
    const text = '7.执行进度\n年度执行率偏差超出正负5%不得分。';
    expect(values(text)).toEqual([]);
  });
});

describe("a rate's formula on an assessment sheet (formula-parts.ts)", () => {
  it("reads no aim in a quotient's 100% that lost its times sign", () => {
    const text = '一、考核内容\n随访率 已随访的患者人数/登记的患者总数100%。';
    expect(values(text)).toEqual([]);
  });

  it("reads no aim in the sample a formula's term is drawn from", () => {
    const text = '二、考核方法\n合格率按抽查计算,分母为每个站点随机抽查的20份病历。';
    expect(values(text)).toEqual([]);
  });

  it('keeps a 100% aim whose name holds a slash', () => {
    const text = '三、到2025年,乡镇/街道卫生院达标率达到100%。';
    expect(values(text)).toEqual([100]);
  });
});

describe('pages that name their region only by their office or their idiom', () => {
  const gazetteer = buildGazetteer(SAMPLE_UNITS);

  it("binds a sub-district office's notice to the sub-district, not its district", () => {
    const text =
      '武汉市江汉区人民政府青山街道办事处\n关于下达2021年健康体检任务的通知\n各社区:\n为做好我区健康工作,结合我处实际,现将任务通知如下:确保65岁以上老年人健康体检率达70%以上。';
    expect(extractTargets(text, { gazetteer }).document.region).toBe('青山街道');
  });

  it("keeps the district when the page's headline is the district's own body", () => {
    const text =
      '武汉市江汉区人民政府\n关于下达2021年健康体检任务的通知\n各街道:\n确保65岁以上老年人健康体检率达70%以上。';
    expect(extractTargets(text, { gazetteer }).document.region).toBe('江汉区');
  });

  it('reads a standard that measures each place against its own province as national', () => {
    const text =
      '(一)卫生村标准\n1.村民参加医疗保险的比例高于所在省(区、市)平均水平。\n2.卫生厕所普及率≥85%。';
    const { document, targets } = extractTargets(text, { gazetteer });
    expect(document.region).toBe('全国');
    expect(targets.find((t) => t.value === 85)?.region).toBe('全国');
  });
});

describe('a performance table flattened one cell a line (aim-columns.ts)', () => {
  // Each cell is closed by a line holding only `|`, the way a web table is copied out.
  const flat = (cells: string[]) => cells.map((c) => `${c}\n|\n`).join('');
  const header = ['指标名称', '目标值', '考核指标', '标准值', '实际完成值', '完成指标值', '分值'];
  const rows = [
    ['1.产出目标', '', '', '', '', '', ''],
    [
      '老年人健康体检人数',
      '32000人',
      '体检率=体检人数/老年人口数×100%',
      '≥68%',
      '33512',
      '71.3%',
      '4',
    ],
    [
      '孕产妇系统管理人数',
      '4200人',
      '系统管理率=管理人数/活产数×100%',
      '≥85%',
      '4109',
      '90.2%',
      '4',
    ],
  ];

  it('reads the figures under its aim columns, named by the cell on their left', () => {
    const { targets } = extractTargets(flat([...header, ...rows.flat()]));
    expect(targets.map((t) => [t.indicator, t.value, t.comparator])).toEqual([
      ['老年人健康体检人数', 32000, '>='],
      ['体检率', 68, '>='],
      ['孕产妇系统管理人数', 4200, '>='],
      ['系统管理率', 85, '>='],
    ]);
  });

  it('lines the rows up under a header that sits below a wider one', () => {
    const { targets } = extractTargets(flat(['绩效目标', '评价结果', ...header, ...rows.flat()]));
    expect(targets.map((t) => t.value)).toEqual([32000, 68, 4200, 85]);
  });
});

describe('names of the set', () => {
  it('reads a later milestone that writes the rate short after a group (mention-shares.ts)', () => {
    const { targets } = extractTargets(
      '(一)档案管理\n2023年规范化管理率60%,得8分;低于要求按比例得分。2024年农村规范化管理70%,得8分;低于要求按比例得分。',
    );
    expect(targets.map((t) => [t.indicator, t.scope, t.value])).toEqual([
      ['规范化管理率', null, 60],
      ['规范化管理率', '农村', 70],
    ]);
  });

  it('titles a count of couples in 对 as its 对数 (name-refinements.ts)', () => {
    const [target] = extractTargets('2022年完成免费婚前孕前健康检查800对。').targets;
    expect(target?.indicator).toBe('免费婚前孕前健康检查对数');
  });

  it('titles a share of units built up into a titled kind by the deed first (deed-first.ts)', () => {
    const [target] = extractTargets('(五)60%以上行政村庄建成市级文明卫生村。').targets;
    expect(target?.indicator).toBe('建成市级文明卫生村的行政村庄比例');
  });
});
