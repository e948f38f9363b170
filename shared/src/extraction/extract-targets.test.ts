import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';

const HEADER = '2019年全县卫生健康工作要点\n';
/** Targets of one plan sentence under a header that sets region 全县 and year 2019. */
const run = (body: string) => extractTargets(HEADER + body).targets;
const one = (body: string) => {
  const ts = run(body);
  expect(ts).toHaveLength(1);
  return ts[0]!;
};

describe('extractTargets: values and units', () => {
  it.each([
    ['高血压患者规范管理率达到65%以上。', 65, '%', '>=', 'rate'],
    ['新生儿死亡率控制在3‰以下。', 3, '‰', '<=', 'rate'],
    ['孕产妇死亡率低于12/10万。', 12, '1/10万', '<', 'rate'],
    ['孕产妇死亡率控制在十万分之十以下。', 10, '1/10万', '<=', 'rate'],
    ['结核病发病率控制在10万分之45以下。', 45, '1/10万', '<=', 'rate'],
    ['新增劳动力平均受教育年限达到14.5年。', 14.5, '年', '>=', 'amount'],
    ['录用乡镇卫生院医学毕业生40名。', 40, '名', '>=', 'count'],
    ['疟疾发病率控制在1/100万以下。', 1, '1/100万', '<=', 'rate'],
    ['门诊统筹报销比例达到百分之六十。', 60, '%', '>=', 'rate'],
    ['人均基本公共卫生服务经费补助标准提高到55元。', 55, '元', '>=', 'amount'],
    ['县级财政投入不低于800万元。', 800, '万元', '>=', 'amount'],
    ['大病保险封顶线达到当地居民年收入的6倍。', 6, '倍', '>=', 'amount'],
    ['居家养老服务补助提高2个百分点。', 2, '个百分点', '>=', 'rate'],
    ['全年新增床位500张。', 500, '张', '>=', 'count'],
    ['招收乡村医生定向培养学员不少于120人。', 120, '人', '>=', 'count'],
    ['培训村医一万名。', 10000, '名', '>=', 'count'],
  ])('%s', (sentence, value, unit, comparator, kind) => {
    const t = one(sentence);
    expect([t.value, t.unit, t.comparator, t.kind]).toEqual([value, unit, comparator, kind]);
  });

  it('reads ranges and fractions', () => {
    expect(one('新建2-3个远程会诊中心。')).toMatchObject({
      value: 2,
      valueMax: 3,
      unit: '个',
      comparator: '>=',
    });
    expect(one('创建3至5所示范卫生院。')).toMatchObject({ value: 3, valueMax: 5, unit: '所' });
    expect(one('住院费用增长率控制在7%—9%之间。')).toMatchObject({
      value: 7,
      valueMax: 9,
      unit: '%',
    });
    expect(one('在1/4左右的乡镇开展试点。')).toMatchObject({
      value: 25,
      unit: '%',
      comparator: '~',
    });
  });

  it('reads Chinese numerals before counting words', () => {
    expect(one('在两个街道新建两所社区医院。')).toMatchObject({ value: 2, unit: '所' });
  });
});

describe('extractTargets: several targets in a sentence', () => {
  it('splits lists joined by 、 and ，', () => {
    const ts = run('政策范围内住院报销85%、门诊报销40%。');
    expect(ts.map((t) => t.value)).toEqual([85, 40]);
    expect(ts[1]!.indicator).toContain('门诊');
  });

  it('carries the subject into the next clause with a narrower scope', () => {
    const ts = run('慢病签约服务覆盖率达40%以上,老年人群覆盖率达70%以上。');
    expect(ts).toHaveLength(2);
    expect(ts[1]).toMatchObject({ indicator: ts[0]!.indicator, scope: '老年人群', value: 70 });
  });

  it('pairs 分别 values with the names before them, in order', () => {
    const ts = run('孕产妇死亡率、婴儿死亡率和5岁以下儿童死亡率分别降至9/10万、4‰和6‰。');
    expect(ts.map((t) => [t.indicator, t.value, t.unit, t.comparator])).toEqual([
      ['孕产妇死亡率', 9, '1/10万', '<='],
      ['婴儿死亡率', 4, '‰', '<='],
      ['5岁以下儿童死亡率', 6, '‰', '<='],
    ]);
    const shared = run('县、乡两级医院门诊量占比分别达到30%和60%以上。');
    expect(shared.map((t) => t.value)).toEqual([30, 60]);
  });

  it('keeps a second bound on the same indicator', () => {
    const ts = run('救助限额不低于上年人均收入的4倍,且不低于3万元。');
    expect(ts.map((t) => [t.value, t.unit])).toEqual([
      [4, '倍'],
      [3, '万元'],
    ]);
    expect(ts[1]!.indicator).toBe(ts[0]!.indicator);
  });

  it('binds each value of a trajectory to its own year', () => {
    const ts = run('2019年二级医院电子病历应用率达到60%,2022年达到95%。');
    expect(ts.map((t) => [t.year, t.value])).toEqual([
      [2019, 60],
      [2022, 95],
    ]);
  });
});

describe('extractTargets: missing and referenced values', () => {
  it('keeps a blank number with a warning', () => {
    const r = extractTargets(`${HEADER}出生政策符合率城区达到%,农村达到%以上。`);
    expect(r.targets.map((t) => [t.value, t.scope])).toEqual([
      [null, '城区'],
      [null, '农村'],
    ]);
    expect(r.warnings.filter((w) => w.code === 'missing-value')).toHaveLength(2);
  });

  it('keeps a value given by reference with a warning', () => {
    const r = extractTargets(`${HEADER}结核病报告发病率低于全省平均水平。`);
    expect(r.targets[0]).toMatchObject({
      value: null,
      comparator: '<',
      indicator: '结核病报告发病率',
    });
    expect(r.warnings[0]!.code).toBe('reference-value');
  });
});

describe('extractTargets: what is not a target', () => {
  it.each([
    ['根据县卫发〔2019〕12号文件精神，联系电话：0571-88886666。'],
    ['深入实施卫生“十三五”规划和“5+3”工作格局。'],
    ['迎接第四轮等级医院评审。'],
    ['为65岁以上老年人免费体检。'],
    ['全县共有12个乡镇卫生院。'],
    ['住院人次比上年增长8%。'],
    ['2018年全县孕产妇系统管理率为92%。'],
    ['落实“四个100%”要求。'],
    ['落实十项便民措施。'],
    ['拨打12320热线。'],
    ['5个工作日内办结。'],
  ])('%s', (sentence) => expect(run(sentence)).toEqual([]));
});

describe('extractTargets: header, region and year', () => {
  it('reads region and year from a title and an issuer', () => {
    const r = extractTargets(
      '关于印发2020年全省卫生健康工作要点的通知\n江西省卫生健康委员会\n全省产前筛查率达到80%。',
    );
    expect(r.document).toMatchObject({ region: '江西省', year: 2020 });
    expect(r.targets[0]).toMatchObject({ region: '江西省', year: 2020 });
  });

  it('splits a compilation into parts with their own region and year', () => {
    const r = extractTargets(
      '第一篇:2015年宁波市卫生计生工作要点\n出生缺陷发生率控制在2%以下。\n第二篇:鄞州区2016年卫生计生工作要点\n家庭医生签约率达到30%。\n',
    );
    expect(r.document.parts.map((p) => [p.region, p.year])).toEqual([
      ['宁波市', 2015],
      ['鄞州区', 2016],
    ]);
    expect(r.targets.map((t) => [t.region, t.year])).toEqual([
      ['宁波市', 2015],
      ['鄞州区', 2016],
    ]);
  });

  it('falls back to the 全X word the plan uses', () => {
    expect(extractTargets('卫生工作打算\n全市健康档案建档率达到85%。').targets[0]!.region).toBe(
      '全市',
    );
  });
});

describe('extractTargets: tables and traditional script', () => {
  it('reads a flattened table row as its last column', () => {
    const t = one('婴儿死亡率(‰) | 5.2 | 4.5\n');
    expect(t).toMatchObject({
      value: 4.5,
      unit: '‰',
      comparator: '<=',
      direction: 'down',
      indicator: '婴儿死亡率',
    });
  });

  it('reads traditional script with pinyin and quotes the original', () => {
    const text = '全縣(xiàn)住院補(bǔ)償比達(dá)到80%以上。';
    const t = extractTargets(text).targets[0]!;
    expect(t).toMatchObject({ value: 80, comparator: '>=', indicator: '住院补偿比' });
    expect([...text].slice(t.start, t.end).join('')).toBe(t.quote);
    expect(t.quote).toContain('達(dá)到80%以上');
  });
});

describe('extractTargets: the year a target is for', () => {
  it('carries a lead year across the semicolons of its sentence', () => {
    const ts = run('到2023年,乙肝疫苗接种率达到95%以上;麻疹发病率控制在1/10万以下。');
    expect(ts.map((t) => t.year)).toEqual([2023, 2023]);
  });

  it('stops at the end of the sentence', () => {
    const ts = run('到2023年,乙肝疫苗接种率达到95%以上。麻疹发病率控制在1/10万以下。');
    expect(ts.map((t) => t.year)).toEqual([2023, 2019]);
  });

  it('pairs the years of a 分别 list with its values in order', () => {
    const ts = run('到2021年和2024年,全县儿童龋齿充填率分别不低于40%和55%。');
    expect(ts.map((t) => [t.value, t.year])).toEqual([
      [40, 2021],
      [55, 2024],
    ]);
  });
});

describe('extractTargets: the plan year and milestones', () => {
  const years = (text: string) => extractTargets(text).targets.map((t) => [t.value, t.year]);

  it('reads a five-year plan as a plan for its last year', () => {
    expect(years('全省“十三五”卫生计生事业规划\n乡镇卫生院标准化率达到95%。')).toEqual([
      [95, 2020],
    ]);
  });

  it('reads a period in the title as a plan for its last year', () => {
    expect(years('全民健身实施计划(2021—2025年)\n经常锻炼人数比例达到38%。')).toEqual([[38, 2025]]);
  });

  it('keeps a milestone before a long-range plan year', () => {
    const text = '健康城市2035规划\n到2030年,人均期望寿命达到82岁;2035年达到83岁。';
    expect(years(text)).toEqual([
      [82, 2030],
      [83, 2035],
    ]);
  });

  it('gives a yearly target no single year', () => {
    expect(years('2024年全市健康促进工作计划\n每年新建健康步道20条,全年培训讲师50名。')).toEqual([
      [20, null],
      [50, 2024],
    ]);
  });

  it('lets a headline take the year of the body target it repeats', () => {
    const text =
      '本市人均寿命将达81岁\n规划提出,到2024年婴儿死亡率降至4‰;展望2035年,人均寿命达到81岁。';
    expect(
      extractTargets(text, { defaultYear: 2024 }).targets.map((t) => [t.value, t.year]),
    ).toEqual([
      [81, 2035],
      [4, 2024],
      [81, 2035],
    ]);
  });
});

describe('years as a unit', () => {
  it('reads N年 only as a 年限 aimed at, never as a duration or a date', () => {
    const ts = extractTargets(
      '2025年全县工作计划\n用两年时间完成改造,服务年限满5年的村医给予补助。',
    ).targets;
    expect(ts).toEqual([]);
  });
});
