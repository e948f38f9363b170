import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';
import { respectiveObjectName } from './respective-objects';

// Names round 7 (branch hnames7; names over every set), in wording of our own.
const HEADER = '2025年全县卫生健康工作要点\n';
const found = (body: string) => extractTargets(HEADER + body).targets;
const names = (body: string) => found(body).map((t) => t.indicator);

describe('the sick a plan is to find or serve, counted in cases', () => {
  it('titles them by the sick, then the service', () => {
    expect(names('年内筛查糖尿病患者3000例。')).toEqual(['糖尿病患者筛查数']);
    expect(names('年内筛查糖尿病病人3000例。')).toEqual(['糖尿病病人筛查数']);
  });

  it('keeps both services of a chain joined by 并', () => {
    expect(names('全年要发现并治疗结核病患者600例。')).toEqual(['结核病患者发现和治疗数']);
  });

  it('leaves the cases found and the patients admitted as they were (guards)', () => {
    expect(names('全年发现新涂阳肺结核病人900例。')).toEqual(['新涂阳肺结核病人发现数']);
    expect(names('全年计划收治住院病人5000例。')).toEqual(['计划收治住院病人数']);
  });
});

describe("residents' own health records and conduct", () => {
  it('keeps 居民 before records with a qualifier', () => {
    expect(names('到2025年,居民规范化电子健康档案建档率达到70%。')).toEqual([
      '居民规范化电子健康档案建档率',
    ]);
  });

  it('keeps 居民 before what they do', () => {
    expect(names('到2025年,居民卫生行为形成率达到70%。')).toEqual(['居民卫生行为形成率']);
  });

  it('titles an area kind of residents by the residents, the area the scope', () => {
    const [t] = found('到2025年,农村居民健康档案规范化建档率达到60%。');
    expect([t?.indicator, t?.scope]).toEqual(['居民健康档案规范化建档率', '农村']);
  });

  it('still drops residents a figure per head is counted over (guard)', () => {
    expect(names('到2025年,居民人均预期寿命达到80岁。')).toEqual(['人均预期寿命']);
  });
});

describe('a group of people said twice', () => {
  it('drops the group before a title of the same people', () => {
    expect(names('全县中小学生《国家学生体质健康标准》合格率达到92%。')).toEqual([
      '国家学生体质健康标准合格率',
    ]);
    expect(names('全县在校学生国家学生体质健康标准优良率达到50%。')).toEqual([
      '国家学生体质健康标准优良率',
    ]);
  });

  it('keeps a group before a plain word (guard)', () => {
    expect(names('到年底,农村妇女妇女病检查率达到80%。')).toEqual(['农村妇女妇女病检查率']);
  });
});

describe('shares paired with objects by 分别', () => {
  it('gives each share its own object, deed first', () => {
    expect(names('到2026年,全县90%、60%的乡镇分别建成标准化卫生院和中医馆。')).toEqual([
      '建成标准化卫生院的乡镇比例',
      '建成中医馆的乡镇比例',
    ]);
  });

  it('carries a grade written once to every object', () => {
    expect(names('到2026年,全市100%、80%的县分别建成三级以上的综合医院和中医医院。')).toEqual([
      '建成三级以上综合医院的县比例',
      '建成三级以上中医医院的县比例',
    ]);
  });

  it('keeps a grade alone with its own object', () => {
    expect(names('到2026年,全县95%、70%、50%的乡镇分别建成甲级卫生院、中医馆和康复站。')).toEqual([
      '建成甲级卫生院的乡镇比例',
      '建成中医馆的乡镇比例',
      '建成康复站的乡镇比例',
    ]);
  });

  it('leaves lists that do not pair', () => {
    expect(respectiveObjectName('分别建成甲医院、乙医院和丙医院的县比例', '', '')).toBeNull();
    expect(respectiveObjectName('建成甲医院的县比例', '', '')).toBeNull();
  });
});
