import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '../regions/gazetteer';
import { SAMPLE_UNITS } from '../regions/gazetteer.fixture';
import { extractTargets } from './extract-targets';

// Rules written from the failure classes of hold-out set CJ (performance forms of the basic
// public-health programme flattened two ways, a share told in tenths), each tested in wording of
// its own.

const values = (text: string) =>
  extractTargets(text).targets.map((t) => `${t.indicator}:${t.comparator}${t.value}${t.unit}`);

describe('a performance form flattened one cell a line (aim-columns.ts)', () => {
  const flat = (cells: string[]) => cells.map((c) => `${c}\n|\n`).join('');

  it('reads an aim cell bounded by ≧, under a header whose level cells span rows', () => {
    const cells = ['绩效 指标', '一级 指标', '二级指标', '三级指标', '指标值', '效益 指标'];
    const rows = ['社会效益', '高血压患者规范管理率', '≧65%', '居民电子健康档案建档率', '≧92%'];
    expect(values(flat([...cells, ...rows]))).toEqual([
      '高血压患者规范管理率:>=65%',
      '居民电子健康档案建档率:>=92%',
    ]);
  });

  it('reads no aim in the sums the form holds above its header', () => {
    const head = [
      '项目名称',
      '家庭医生签约服务',
      '年度资金总额',
      '860.5 万元',
      '其中:财政拨款',
      '860.5 万元',
    ];
    const cells = ['一级 指标', '二级指标', '三级指标', '指标值', '产出 指标', '数量指标'];
    const rows = ['老年人健康体检率', '≥70%', '孕产妇系统管理率', '≥90%'];
    expect(values(flat([...head, ...cells, ...rows]))).toEqual([
      '老年人健康体检率:>=70%',
      '孕产妇系统管理率:>=90%',
    ]);
  });
});

describe('a performance form whose cells run together on one line (aim-runs.ts)', () => {
  const form =
    '某县项目支出绩效自评表 项目名称 健康扶贫 年初预算数 全年预算数 全年执行数 分值 执行率 得分 ' +
    '35 88.6 86.2 10 97.3% 9.7 年度指标值 实际完成值 分值 得分 ' +
    '数量指标 指标1:孕产妇早孕建册人数 460人 431人 5 4.6 ' +
    '指标2:高血压患者健康管理率 65% 61.2% 5 4.7 ' +
    '指标3:随访服务 分值 得分 300人 280人 5 4.5 ' +
    '指标4:签约率 36户 30户 5 4';

  it('reads the first figure after each indicator as its aim, not what was done', () => {
    const found = values(form);
    expect(found).toContain('孕产妇早孕建册人数:>=460人');
    expect(found).toContain('高血压患者健康管理率:>=65%');
    expect(found.some((f) => f.includes('431') || f.includes('61.2'))).toBe(false);
  });

  it('reads no aim in the money and marks above the header', () => {
    const found = values(form);
    expect(found.some((f) => f.includes('97.3') || f.includes('88.6'))).toBe(false);
  });

  it('reads no aim in a row the flattening scrambled, nor a count under a rate', () => {
    const found = values(form);
    expect(found.some((f) => f.includes('300人') || f.includes('36户'))).toBe(false);
  });
});

describe('a floor in tenths whose sentence says what will be (tenths.ts)', () => {
  it('reads 7成以上…将 as an aim of 70%', () => {
    const text = '会议明确,今年基层首诊率要继续提高。7成以上高血压患者将接受规范随访。';
    expect(values(text).map((v) => v.split(':')[1])).toContain('>=70%');
  });
});

describe("a form whose implementing body is a town's health centre (towns.ts, page-region.ts)", () => {
  const gazetteer = buildGazetteer(SAMPLE_UNITS);

  it('binds the town, not the district the form is filed under', () => {
    const text =
      '江汉区项目支出绩效目标表 (2023年度)\n实施单位:江汉区青山镇卫生院\n年度目标:孕产妇系统管理率达到90%以上。';
    const [target] = extractTargets(text, { gazetteer }).targets;
    expect(target?.region).toBe('青山镇');
  });
});

describe('常住居民 before a rate goes whole (indicator.ts)', () => {
  it('names the rate without the residents it is counted over, 常住 too', () => {
    const [target] = extractTargets('确保全镇常住居民服务项目知晓率达到85%以上。').targets;
    expect(target?.indicator).toBe('服务项目知晓率');
  });
});
