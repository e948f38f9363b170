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

  it('drops quotation and title marks, a closing 不含 note and a glued list number', () => {
    const names = (body: string) => named(body).map((x) => x[0]);
    expect(names('“医联体”转诊率达到30%。')).toEqual(['医联体转诊率']);
    expect(names('《国家学生体质健康标准》优良率不低于50%。')).toEqual([
      '国家学生体质健康标准优良率',
    ]);
    expect(names('医用耗材占比(不含检验试剂)控制在20%以下。')).toEqual(['医用耗材占比']);
    expect(names('4居家医疗服务覆盖率≥60%。')).toEqual(['居家医疗服务覆盖率']);
    // An age or a month is part of the name, not a list number.
    expect(names('3岁以下儿童龋齿患病率低于15%。')).toEqual(['3岁以下儿童龋齿患病率']);
  });

  it('leaves a unit of assessment, a trailing 城乡 and a verb of keeping up out of the name', () => {
    const names = (body: string) => named(body).map((x) => x[0]);
    expect(names('乙脑疫苗接种率以村为单位保持在95%以上。')).toEqual(['乙脑疫苗接种率']);
    expect(names('孕前优生检查覆盖率城乡均达到85%。')).toEqual(['孕前优生检查覆盖率']);
    expect(names('巩固乡村医生参保比例达到100%。')).toEqual(['乡村医生参保比例']);
  });

  it('counts people without a doubled counter, and names a count whose clause opens with its bound', () => {
    const names = (body: string) => named(body).map((x) => x[0]);
    expect(names('全科医师增加到900名。')).toEqual(['全科医师数']);
    expect(names('招收护理专业学生不少于200人。')).toEqual(['招收护理专业学生数']);
    expect(names('至少新建心理健康服务站3个。')).toEqual(['心理健康服务站数']);
    expect(names('完成老年人失能评估1.5万人。')).toEqual(['老年人失能评估人数']);
  });
});

describe('the insurance scheme a paragraph is about', () => {
  it('titles a scheme’s own terms with the scheme the paragraph named before the sentence', () => {
    expect(
      named('深化新型农村合作医疗制度改革。参合率稳定在96%以上,个人缴费标准提高到180元。'),
    ).toEqual([
      ['新农合参合率', '>=', 96],
      ['新农合个人缴费标准', '>=', 180],
    ]);
  });

  it('titles them with another scheme the paragraph names, and leaves them alone where none', () => {
    // Since set AU's round every scheme titles its terms, not only 新农合 (insurance-schemes.ts).
    expect(named('完善城乡居民医保制度。个人缴费标准提高到380元。')).toEqual([
      ['城乡居民医保个人缴费标准', '>=', 380],
    ]);
    expect(named('个人缴费标准提高到380元。')).toEqual([['个人缴费标准', '>=', 380]]);
  });
});

describe('的 that joins a clause to its noun', () => {
  it('keeps it after 设立 and 超过, as a title would', () => {
    expect(named('三级医院设立疼痛科的比例达到60%。')).toEqual([
      ['三级医院设立疼痛科的比例', '>=', 60],
    ]);
    expect(named('体重指数超过28的学生比例控制在10%以下。')).toEqual([
      ['体重指数超过28的学生比例', '<=', 10],
    ]);
  });

  it('drops it in a plain compound', () => {
    expect(named('居民的健康素养水平达到30%。')).toEqual([['居民健康素养水平', '>=', 30]]);
  });
});

describe('words a name opens with that look like trimmable ones', () => {
  it('keeps the minutes of a response time', () => {
    expect(named('急救呼叫5分钟接听率达到98%。')).toEqual([['急救呼叫5分钟接听率', '>=', 98]]);
    expect(named('10分钟响应率达到95%。')).toEqual([['10分钟响应率', '>=', 95]]);
  });

  it('keeps 及 where it opens 及时 or 及格', () => {
    expect(named('传染病报告,及时率达到100%。')).toEqual([['及时率', '>=', 100]]);
    expect(named('体质测试及格率达到95%。')[0]![0]).toBe('体质测试及格率');
  });
});

describe('bound words left out of a name', () => {
  it('reads 逾 as a bound, not as the end of the name', () => {
    expect(named('空气质量优良天数比率逾85%。')).toEqual([['空气质量优良天数比率', '>', 85]]);
  });
});
