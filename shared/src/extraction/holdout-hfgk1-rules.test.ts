import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';

const read = (text: string) =>
  extractTargets(text).targets.map((t) => [
    t.indicator,
    t.scope,
    t.value,
    t.unit,
    t.comparator,
    t.year,
  ]);

describe('round hfgk1: tables, brackets and project inputs', () => {
  it('reads each scope run of a one-cell-a-line table with a scope column', () => {
    const text = [
      '某县卫生事业发展规划(2021-2025年)',
      '主要指标',
      '序号',
      '指标名称',
      '统计口径',
      '属性',
      '2025年目标值',
      '1',
      '新生儿死亡率',
      '城镇人口',
      '预期性',
      '≤1.9‰',
      '农村人口',
      '预期性',
      '≤3.4‰',
      '2',
      '儿童免疫接种率',
      '常住人口',
      '约束性',
      '≥95%',
      '',
    ].join('\n');
    expect(read(text)).toEqual([
      ['新生儿死亡率', '城镇人口', 1.9, '‰', '<=', 2025],
      ['新生儿死亡率', '农村人口', 3.4, '‰', '<=', 2025],
      ['儿童免疫接种率', '常住人口', 95, '%', '>=', 2025],
    ]);
  });

  it('gives a bare run the unit of its label’s other run', () => {
    const text = [
      '某区卫生规划',
      '序号',
      '指标名称',
      '统计口径',
      '属性',
      '2020年目标值',
      '1',
      '新生儿破伤风发病率',
      '本地户籍',
      '预期性',
      '0',
      '全部人口',
      '预期性',
      '≤1/10万',
      '',
    ].join('\n');
    expect(read(text).map((r) => [r[1], r[2], r[3]])).toEqual([
      ['本地户籍', 0, '1/10万'],
      ['全部人口', 1, '1/10万'],
    ]);
  });

  it('reads the year’s task in brackets beside a reached rate, in a review, as that year’s aim', () => {
    const text =
      '某镇卫生院2021年工作总结和2022年工作安排\n一、2021年工作回顾\n2021年,全镇孕产妇系统管理3120人,系统管理率91.5%(年度任务90%),儿童体检率88%(全年目标任务85%)。\n二、2022年工作安排\n继续做好妇幼工作。';
    expect(read(text)).toEqual([
      ['系统管理率', null, 90, '%', '>=', 2021],
      ['儿童体检率', null, 85, '%', '>=', 2021],
    ]);
  });

  it('drops a project’s funding by source and the total it splits', () => {
    const text =
      '2012年全县卫生工作计划\n今年新建社区卫生服务站8个,总投资560万元,其中市级补助300万元,县级配套260万元。';
    expect(read(text).map((r) => r[2])).toEqual([8]);
  });

  it('drops work told as already carried out', () => {
    const text = '2013年全市卫生工作计划\n今年计划开展免费筛查5000人,一季度已开展筛查1200余人。';
    expect(read(text).map((r) => r[2])).toEqual([5000]);
  });
});

describe('round hfgk1: a task’s share done is no task', () => {
  it('leaves the share of the year’s task reached in a review alone', () => {
    const text =
      '某县2019年工作总结\n一、2019年工作回顾\n全年完成健康体检860人,占年度任务108.5%。\n二、2020年工作计划\n继续做好体检工作。';
    expect(read(text)).toEqual([]);
  });
});

describe('round hfgk1: a lone figure after 分别 and two years', () => {
  it('gives each year and unit of measure in turn its own target', () => {
    const text =
      '全国结核病防治工作要点\n各地要抓紧工作,力争2026年和2028年儿童结核筛查率以市、县为单位分别达到90%以上。';
    expect(read(text)).toEqual([
      ['儿童结核筛查率', '以市为单位', 90, '%', '>=', 2026],
      ['儿童结核筛查率', '以县为单位', 90, '%', '>=', 2028],
    ]);
  });
});

describe('round hfgk1: kinds of goods before their pieces', () => {
  it('keeps the pieces and drops the count of kinds they are sorted into', () => {
    const text = '2015年全区卫生工作计划\n今年将为各卫生院购置46项820台医疗设备。';
    expect(read(text).map((r) => [r[2], r[3]])).toEqual([[820, '台']]);
  });
});
