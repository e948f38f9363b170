import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';
import { withMeasureWord } from './indicator';

const HEADER = '2026年全市卫生健康工作要点\n';
const named = (body: string) => extractTargets(HEADER + body).targets.map((t) => t.indicator);

describe('a percentage is titled with its measure word', () => {
  it('adds 率 to the act a share measures', () => {
    expect(named('乡镇卫生院公共卫生医师配备达到95%。')).toEqual(['乡镇卫生院公共卫生医师配备率']);
    expect(named('老年人健康体检覆盖要达到70%。')).toEqual(['老年人健康体检覆盖率']);
    expect(named('控烟宣传资料进村入户达到85%以上。')).toEqual(['控烟宣传资料进村入户率']);
  });

  it('titles a literacy as its level', () => {
    expect(named('中医药健康文化素养提升到30%。')).toEqual(['中医药健康文化素养水平']);
  });

  it('leaves names that already end in a measure, and acts measured otherwise', () => {
    expect(withMeasureWord('产前筛查覆盖率')).toBe('产前筛查覆盖率');
    expect(withMeasureWord('职业健康素养水平')).toBe('职业健康素养水平');
    expect(withMeasureWord('饮用水水质监测')).toBe('饮用水水质监测');
  });
});

describe('的 after a clause that says which units are counted', () => {
  it('keeps 的 after 设置 and 开设, as a title of such a share does', () => {
    expect(named('三级医院设置营养科的比例达到80%。')).toEqual(['三级医院设置营养科的比例']);
    expect(named('乡镇卫生院开设康复门诊的比例达到50%。')).toEqual([
      '乡镇卫生院开设康复门诊的比例',
    ]);
  });

  it('keeps 的 between 保护 and the people it protects', () => {
    expect(named('受到室内公共场所禁烟规定保护的人口比例达到40%。')).toEqual([
      '受到室内公共场所禁烟规定保护的人口比例',
    ]);
  });
});

describe('a figure whose clause names nothing', () => {
  const read = (body: string) =>
    extractTargets(HEADER + body).targets.map((t) => [t.indicator, t.scope, t.value, t.year]);

  it('takes the name before the milestone the clause before it gives', () => {
    expect(read('健康体重行动的核心指标为成人肥胖率2025年<16%,2028年<15%。')).toEqual([
      ['成人肥胖率', null, 15, 2028],
    ]);
  });

  it('reaches back over a clause that is only a milestone', () => {
    expect(read('无烟学校比例,2025年≥60%,2029年≥90%。')).toEqual([
      ['无烟学校比例', null, 90, 2029],
    ]);
  });

  it('goes on with the indicator across a clause that only dates the next milestone', () => {
    expect(read('到2027年全市孕产妇死亡率降至9/10万;到2030年,进一步降至8/10万。')).toEqual([
      ['孕产妇死亡率', null, 9, 2027],
      ['孕产妇死亡率', null, 8, 2030],
    ]);
  });
});

describe('words a title keeps whole', () => {
  it('keeps 人民群众 as one word', () => {
    expect(named('人民群众就医满意度达到92%。')).toEqual(['人民群众就医满意度']);
  });

  it('does not count a noun that ends in its counting word twice', () => {
    expect(named('全年完成救助病例300例,安置搬迁农户1200户。')).toEqual([
      '救助病例数',
      '安置搬迁农户数',
    ]);
  });
});

describe('a change, a list of places and a manner', () => {
  it('names a change written with 减少 as a 减少幅度', () => {
    expect(named('到2030年新报告乙肝病例数比2025年减少15%。')).toEqual([
      '新报告乙肝病例数减少幅度',
    ]);
    expect(named('到2030年肺癌死亡率比2025年下降10%。')).toEqual(['肺癌死亡率下降幅度']);
  });

  it('drops a list of places ending in 等重点… and keeps the area before it as scope', () => {
    const [t] = extractTargets(
      HEADER + '城区农贸市场、餐馆、宾馆等重点单位有鼠房间不超过1%。',
    ).targets;
    // (a share of the rooms: the title ends in 比例, names-10.test.ts)
    expect([t?.indicator, t?.scope]).toEqual(['有鼠房间比例', '城区']);
  });

  it('leaves out how a service is given', () => {
    expect(named('社区卫生服务中心以多种形式为居家老人提供上门服务比例达到60%。')).toEqual([
      '社区卫生服务中心为居家老人提供上门服务比例',
    ]);
  });
});

describe('a clause that only says where or per head', () => {
  it('reads an area alone before a bound as the scope of the indicator just set', () => {
    const found = extractTargets(
      HEADER + '到2030年急救呼叫满足率达到95%以上,其中农村地区不低于90%。',
    ).targets.map((t) => [t.indicator, t.scope, t.value]);
    expect(found).toEqual([
      ['急救呼叫满足率', null, 95],
      ['急救呼叫满足率', '农村地区', 90],
    ]);
  });

  it('keeps 人均 for an amount whose name stands in the clause before', () => {
    expect(named('继续提高城乡居民医保财政补助标准,人均达到700元。')).toEqual([
      '城乡居民医保人均财政补助标准',
    ]);
  });
});

describe('a yearly change broken over two lines, and groups of people counted', () => {
  it('joins 每年 at a line end to the change verb and figure opening the next line', () => {
    expect(named('各地成人肥胖率平均每年\n下降不少于1个百分点。')).toEqual([
      '成人肥胖率年下降幅度',
    ]);
  });

  it('counts a group of people as …人群数, not …人群人数', () => {
    expect(named('今年登记肥胖高风险人群500名。')).toEqual(['登记肥胖高风险人群数']);
  });
});
