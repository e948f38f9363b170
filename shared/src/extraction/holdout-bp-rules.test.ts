import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '../regions/gazetteer';
import { SAMPLE_UNITS } from '../regions/gazetteer.fixture';
import { breakdownPlace } from './breakdown-places';
import { extractTargets } from './extract-targets';

// Rules written from the failure classes of hold-out set BP (assessment sheets and responsibility
// letters with points beside each aim, a province's population plan, a village committee's rules),
// each tested in wording of its own.

const values = (text: string) => extractTargets(text).targets.map((t) => t.value);

describe('the scoring rules of an assessment sheet (points-rules.ts)', () => {
  it('reads the aim and not the step its points fall by', () => {
    const text = '一、考核指标\n1.门诊病历书写合格率达95%(8分),每降低1个百分点扣0.5分;';
    expect(values(text)).toEqual([95]);
  });

  it('reads no aim in a change that only says when points are lost', () => {
    const text = '2.随访及时率达90%(6分),下降2个百分点扣1分;漏诊率上升1个百分点扣2分。';
    expect(values(text)).toEqual([90]);
  });

  it('reads no aim in a threshold past which a deduction falls', () => {
    const text = '3.报表差错控制在3%以内记5分,超过0.5个百分点扣1分。';
    expect(values(text)).toEqual([3]);
  });

  it('reads no aim in a per-head penalty written after a comma', () => {
    const text = '四、全年完成入户随访,每漏访1户,扣责任医生绩效工资。';
    expect(values(text)).toEqual([]);
  });

  it('reads no aim in a bonus counted per unit added', () => {
    const text = '新建规范化村卫生室每增加1所加0.5分。';
    expect(values(text)).toEqual([]);
  });

  it('keeps a change aimed at when nothing is deducted', () => {
    const text = '到2025年,全县吸烟率下降2个百分点,签约率提高5个百分点。';
    expect(values(text)).toEqual([2, 5]);
  });

  it('keeps a share taken out of a sum (扣除) as before', () => {
    const text = '到2025年,全市门诊费用增长率控制在5%以内,扣除价格因素后降低1个百分点。';
    expect(values(text)).toContain(5);
  });
});

describe("a village committee's rules on a template site", () => {
  const page = (title: string) =>
    `首页 / 范文大全 / 工作计划 / ${title}\n\n${title}\n\n一、考核指标\n1.适龄儿童免疫规划疫苗接种率达95%(10分)。`;

  it("takes the title from under the site's trail (首页 / …), not the trail", () => {
    const { document } = extractTargets(page('“社区居民健康档案考核细则”卫生工作计划'));
    expect(document.title).toBe('“社区居民健康档案考核细则”卫生工作计划');
  });

  it('binds the aims to the committee the title opens with', () => {
    const { document, targets } = extractTargets(page('“村委会卫生工作考核细则”卫生工作计划'));
    expect(document.region).toBe('村委会');
    expect(targets.map((t) => t.region)).toEqual(['村委会']);
  });

  it('keeps a place the title names before its committee', () => {
    const { document } = extractTargets(page('某某县东风村委会卫生工作计划'));
    expect(document.region).toBe('某某县');
  });
});

describe('a breakdown of the page figure by place (其中某市…)', () => {
  const gazetteer = buildGazetteer(SAMPLE_UNITS);
  const options = { gazetteer };

  it("gives a city named after 其中 its own figure on a province's page", () => {
    const text =
      '记者获悉,今年湖北省常住人口计划控制在5900万人以内,其中武汉年末常住人口计划为1380万人。';
    const { targets } = extractTargets(text, options);
    expect(targets.map((t) => [t.value, t.region])).toEqual([
      [59000000, '湖北省'],
      [13800000, '武汉市'],
    ]);
  });

  it('moves a figure only to a unit inside the page place', () => {
    const province = { name: '湖北省', code: '420000' };
    expect(breakdownPlace('其中武汉市计划新建', province, gazetteer)?.name).toBe('武汉市');
    expect(breakdownPlace('其中四川省计划新建', province, gazetteer)).toBeNull();
    expect(breakdownPlace('其中,江汉区新建', { name: '全市', code: null }, gazetteer)?.name).toBe(
      '江汉区',
    );
    expect(breakdownPlace('其中武汉市新建', { name: '全市', code: null }, gazetteer)).toBeNull();
  });

  it('leaves a breakdown by kind of area to the scope', () => {
    const text = '到2025年,全省农村卫生厕所普及率达到90%,其中农村地区达到85%。';
    const { targets } = extractTargets(text, options);
    expect(targets.map((t) => t.region)).toEqual(['全省', '全省']);
  });
});

describe('names of a planned total and of a second rate in a list', () => {
  const names = (text: string) => extractTargets(text).targets.map((t) => t.indicator);

  it('leaves 计划 after a measure out of its name, as 力争', () => {
    expect(names('今年全县常住人口总数计划控制在52万人以内。')).toEqual(['常住人口总数']);
    expect(names('2024年全市出生人口计划为3.2万人。')).toEqual(['出生人口']);
  });

  it('keeps 计划 where it is no modal after a measure (计划生育)', () => {
    expect(names('到2025年,全县计划生育率达到95%。')).toEqual(['计划生育率']);
  });

  it("does not read a rate sharing only an act's last character as the one before", () => {
    const text = '到2025年,流动人口办证率达到95%,流入人口验证率达到90%。';
    expect(names(text)).toEqual(['流动人口办证率', '流入人口验证率']);
  });

  it('still reads a group before the same measure as its scope', () => {
    const { targets } = extractTargets('到2025年,健康档案建档率达到90%,老年人建档率达到80%。');
    expect(targets.map((t) => [t.indicator, t.scope])).toEqual([
      ['健康档案建档率', null],
      ['健康档案建档率', '老年人'],
    ]);
  });
});

describe('an error given in per cent', () => {
  it('is titled as its rate (误差 → 误差率)', () => {
    const { targets } = extractTargets('到2025年,全县死亡登记漏报控制在3%以内,报表偏差不超过1%。');
    expect(targets.map((t) => t.indicator)).toEqual(['死亡登记漏报率', '报表偏差率']);
  });

  it('points down, so a bare figure is a ceiling', () => {
    const { targets } = extractTargets('二、年度指标:出生登记误差率0.5%。');
    expect(targets.map((t) => [t.indicator, t.comparator, t.direction])).toEqual([
      ['出生登记误差率', '<=', 'down'],
    ]);
  });
});
