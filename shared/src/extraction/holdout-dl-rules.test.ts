import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '../regions/gazetteer';
import { SAMPLE_UNITS } from '../regions/gazetteer.fixture';
import { extractTargets } from './extract-targets';

// Rules written from the failure classes of hold-out set DL (a county's child check-ups, a city's
// food-safety campaign, rural pupils' free check-ups, a province's informatics aims, a tuberculosis
// work plan, the iodine-deficiency criteria in traditional script, a news flash of results), each
// tested in wording of its own.
const targets = (text: string) => extractTargets(text).targets;
const g = buildGazetteer(SAMPLE_UNITS);
const placed = (text: string) => extractTargets(text, { gazetteer: g });

describe('a concentration in a fluid (units.ts MEASURE_UNITS)', () => {
  it('reads a bounded median in μg/L as an amount', () => {
    const [t] = targets('监测要求\n学龄儿童尿碘中位数≥120μg/L;');
    expect(t?.value).toBe(120);
    expect(t?.unit).toBe('μg/L');
    expect(t?.kind).toBe('amount');
    expect(t?.comparator).toBe('>=');
  });

  it('reads 微克/升 and 毫克/升 the same way', () => {
    const [a] = targets('监测要求\n孕期妇女尿碘中位数不低于160微克/升。');
    expect(a?.unit).toBe('微克/升');
    expect(a?.value).toBe(160);
    const [b] = targets('水质要求\n饮用水氟化物含量小于1.2毫克/升。');
    expect(b?.unit).toBe('毫克/升');
  });
});

describe('a bound that says which people a share counts (criteria.ts picksPlaces)', () => {
  it('drops a sign-bounded figure closed by 的比例 and keeps the share after it', () => {
    const found = targets('评估指标\n学生尿碘<80μg/L的比例<15%;');
    expect(found.map((t) => t.value)).toEqual([15]);
    expect(found[0]?.unit).toBe('%');
  });

  it('drops a median bounded in a clause that picks out areas', () => {
    const found = targets(
      '供应原则\n居民合格碘盐食用率高于90%、学生尿碘中位数在250微克/升以上的地区,可供应低浓度碘盐。',
    );
    expect(found.map((t) => t.value)).not.toContain(250);
  });

  it('keeps a figure reached before 的比例 (an aim, not a bound)', () => {
    const found = targets('建设要求\n重症床位要达到床位总数5%的比例。');
    expect(found.map((t) => t.value)).toContain(5);
  });
});

describe('the name of a share below a bound (name-finish.ts withBoundInWords)', () => {
  it('writes the sign as a word and keeps 的 before 比例', () => {
    const [t] = targets('评估指标\n学生尿碘<80μg/L的比例<15%;');
    expect(t?.indicator).toBe('学生尿碘低于80μg/L的比例');
  });
});

describe('clipped 甲肿 of the iodine plans (name-finish.ts)', () => {
  it('titles the rate in full', () => {
    const [t] = targets('考核指标\n8至10岁学生甲肿率<5%;');
    expect(t?.indicator).toContain('甲状腺肿大率');
    expect(t?.indicator).not.toContain('甲肿');
  });
});

describe('a page of criteria judged by (standard-pages.ts judgesByCriteria, page-region.ts)', () => {
  it('is the nation when it names no place', () => {
    const page = placed(
      '1.学生甲状腺肿大率<5%;\n2.居民合格碘盐食用率>90%。\n符合以上两项指标,即为达标。',
    );
    expect(page.targets.length).toBe(2);
    for (const t of page.targets) expect(t.region).toBe('全国');
  });

  it('leaves a page without the judging line unplaced', () => {
    const page = placed('1.学生甲状腺肿大率<5%;\n2.居民合格碘盐食用率>90%。');
    expect(page.targets[0]?.region ?? null).toBeNull();
  });
});

describe('cases a disease plan is to find (context-rules.ts COUNT_VERB 发现)', () => {
  it('counts the sick found, titled by the sick and 发现数', () => {
    const [t] = targets('某省2019年麻风病防治工作计划\n一、工作指标\n1.全省发现麻风病人120例;');
    expect(t?.value).toBe(120);
    expect(t?.unit).toBe('例');
    expect(t?.indicator).toBe('麻风病人发现数');
  });

  it('leaves cases already found', () => {
    const found = targets('某省2019年麻风病防治工作计划\n去年全省已发现麻风病人120例。');
    expect(found.map((t) => t.value)).not.toContain(120);
  });
});

describe('a light verb with 了 after the counted noun (context-rules.ts countEvidence)', () => {
  it('tells work done, not a count to reach', () => {
    const found = targets(
      '2021年某县老年人免费体检项目启动。启动当日,36名医务人员为该乡老人开展了免费体检。',
    );
    expect(found.map((t) => t.value)).not.toContain(36);
  });

  it('still counts the same deed without 了', () => {
    const found = targets(
      '2021年某县老年人免费体检工作方案\n组织36名医务人员为该乡老人开展免费体检。',
    );
    expect(found.map((t) => t.value)).toContain(36);
  });
});

describe('a duration recorded on a page that aims at nothing (reported-figures.ts NAME_THEN_VALUE)', () => {
  it('is a value told, not an aim', () => {
    const found = targets('市卫健委介绍,全市有急救站60个。2020年院前急救平均到达时间为14.5分钟。');
    expect(found).toEqual([]);
  });

  it('stays an aim on a page that names its plan', () => {
    const found = targets('某市院前急救工作方案\n到2030年院前急救平均到达时间为12分钟。');
    expect(found.map((t) => t.value)).toEqual([12]);
  });
});

describe('units that connect to or use a system (deed-first.ts DEED)', () => {
  it('titles the share deed first', () => {
    const [t] = targets('到2025年,70%的乡镇卫生院接入区域影像平台。');
    expect(t?.indicator).toBe('接入区域影像平台的乡镇卫生院比例');
  });
});
