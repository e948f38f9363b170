import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';

const HEADER = '2025年全县卫生健康工作要点\n';
const named = (body: string) =>
  extractTargets(HEADER + body).targets.map((t) => [t.indicator, t.comparator, t.value]);

describe('names a bureau would title a chart with', () => {
  it('reads comparator symbols as bounds, not as part of the name', () => {
    expect(named('儿童健康管理率≥90%,院内感染发生率<5%,门诊满意度≤98%。')).toEqual([
      ['儿童健康管理率', '>=', 90],
      ['院内感染发生率', '<', 5],
      ['门诊满意度', '<=', 98],
    ]);
  });

  it('does not take 达 inside 达标率 for an aim word', () => {
    expect(named('食品抽检达标率达到98%。')).toEqual([['食品抽检达标率', '>=', 98]]);
  });

  it('leaves dates and their lead words out of a name', () => {
    expect(named('预计到2026年家庭医生签约人数达到30万人。')).toEqual([
      ['家庭医生签约人数', '>=', 300_000],
    ]);
  });

  it('drops a bracketed list and the 等 that closes a list', () => {
    expect(
      named('慢性病(高血压、糖尿病等)规范管理率达到70%,孕检、产检和随访等覆盖率达到90%。'),
    ).toEqual([
      ['慢性病规范管理率', '>=', 70],
      ['孕检、产检和随访覆盖率', '>=', 90],
    ]);
  });

  it('writes acronyms in capitals', () => {
    expect(named('孕妇hiv检测率达到98%。')).toEqual([['孕妇HIV检测率', '>=', 98]]);
  });

  it('keeps 基本 where it qualifies the programme', () => {
    expect(named('基本公共卫生服务项目资金到位率达到100%。')).toEqual([
      ['基本公共卫生服务项目资金到位率', '>=', 100],
    ]);
  });

  it('does not double a counter the name already has', () => {
    expect(named('执业医师数增加到3000人。')).toEqual([['执业医师数', '>=', 3000]]);
  });
});

describe('future markers and verbs inside names', () => {
  it('reads 将实现为 as an aim on the whole subject', () => {
    expect(named('到2030年,全县人均期望寿命将实现为81岁。')).toEqual([['人均期望寿命', '>=', 81]]);
  });

  it('still takes the object of 将 as the indicator', () => {
    expect(named('以乡镇为单位将麻疹发病率控制在1/10万以下。')).toEqual([['麻疹发病率', '<=', 1]]);
  });

  it('names a density without its verb', () => {
    expect(named('每千人口拥有注册护士数达到3.5人。')).toEqual([['每千人口注册护士数', '>=', 3.5]]);
  });
});
