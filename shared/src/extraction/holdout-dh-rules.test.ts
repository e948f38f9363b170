import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';
import { addressYear, datedEventsYear } from './address-years';

// Rules written from hold-out set DH (health-poverty and insurance news): a policy's parts spelled
// out after the story brings it in, a span of time gone by closed by 以来, a range of points with
// its unit at both ends, diseases a scheme takes in (and those people have), a cap spelled in
// Chinese numerals, per-head sums that buy a thing, a fund set up with money put in, a share named
// by the act after it, a purpose word before the aim word, a year a level holds from, and a page's
// year from its dated events or its source's address — each tested in wording of its own.

const targets = (text: string) => extractTargets(text).targets;
const values = (text: string) => targets(text).map((t) => t.value);
const names = (text: string) => targets(text).map((t) => t.indicator);

describe('a policy spelled out right after the story brings it in (news-kind.ts)', () => {
  const lead = '本报讯 记者从甲县医保局获悉,该局出台了“两补一提”惠民政策,确保困难群众看得起病。\n';

  it('keeps the standards of each named part (X,即…)', () => {
    const text = `${lead}两补,即为每名低保对象补助门诊费用,一提,即慢性病门诊费用在原有基础上提高15%。`;
    expect(values(text)).toContain(15);
  });

  it('keeps a list the story opens with 包括', () => {
    const text = `${lead}这些政策包括:特困人员住院费用在报销后再补偿75%。`;
    expect(values(text)).toContain(75);
  });

  it('leaves a sentence that spells nothing out to the news reading', () => {
    const text = `${lead}该县慢性病门诊费用报销比例提高15%,群众反响良好。`;
    expect(values(text)).not.toContain(15);
  });
});

describe('a span since a year closed by 以来 (context-rules.ts PAST_TIME_CLAUSE)', () => {
  it('reads what a long-named event since a year has brought as reached', () => {
    const text =
      '记者获悉,自2015年全面开展家庭医生签约服务工作以来,全县贫困家庭下降到3000户。今年全县将实现签约服务全覆盖,签约率达到95%。';
    expect(values(text)).not.toContain(3000);
    expect(values(text)).toContain(95);
  });
});

describe('a range of points with its unit at both ends (mention-pattern.ts)', () => {
  it('reads one range, not two figures', () => {
    const found = targets('2019年,大病保险报销比例提高3个百分点~5个百分点。');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ value: 3, valueMax: 5, unit: '个百分点' });
  });
});

describe('diseases a scheme takes in, and diseases people have (disease-counts.ts)', () => {
  it('keeps the number of diseases brought under a way of paying, titled by it', () => {
    const found = targets('2020年,将肺癌等15种重大疾病实行按病种收费。');
    expect(found.map((t) => t.value)).toContain(15);
    expect(found.find((t) => t.value === 15)?.indicator).toBe('按病种收费重大疾病病种数');
  });

  it('drops the number of diseases people have, which picks who a rule is for', () => {
    const text =
      '2020年工作方案。对患有县定12种慢性病的困难群众,提高报销比例到85%,由财政兜底,实行按病种收费。';
    expect(values(text)).not.toContain(12);
    expect(values(text)).toContain(85);
  });
});

describe('a benefit cap spelled in Chinese numerals (figure-gates.ts, per-head-names.ts)', () => {
  it('keeps the cap and titles it by the benefit named after it', () => {
    const found = targets('2021年工作方案。重病患者每年可获得最高两万元的临时救助。');
    const cap = found.find((t) => t.value === 2);
    expect(cap).toMatchObject({ indicator: '临时救助最高额', unit: '万元' });
  });

  it('still drops a price spelled in numerals', () => {
    expect(values('2021年工作方案。服务每月收费三元。')).not.toContain(3);
  });
});

describe('a sum per head that buys a thing (per-head-names.ts boughtPerHead)', () => {
  it('titles public money per head by the thing bought', () => {
    const found = targets('2022年方案。财政补助每人购买80元的意外伤害保险。');
    expect(found.find((t) => t.value === 80)?.indicator).toBe('意外伤害保险人均财政补助');
  });

  it('titles a bare purchase per head as its sum bought', () => {
    const found = targets('2022年方案。每人购买120元补充医疗保险。');
    expect(found.find((t) => t.value === 120)?.indicator).toBe('补充医疗保险人均购买额');
  });
});

describe('money put in to set up a fund (project-inputs.ts)', () => {
  it('drops the sum that set the fund up', () => {
    const text = '甲县投入600万元设立医疗救助专项基金,确保贫困患者住院费用报销比例达到90%以上。';
    expect(values(text)).not.toContain(600);
    expect(values(text)).toContain(90);
  });

  it('keeps a sum a plan word puts ahead', () => {
    expect(values('2023年,甲县将投入600万元设立医疗救助专项基金。')).toContain(600);
  });
});

describe('a share named by the act of cover after its figure (rate-heads.ts COVERED)', () => {
  it('titles people covered 100% as their rate', () => {
    expect(names('2018年方案。为确保农村低保户100%参保,开展排查。')).toContain('农村低保户参保率');
  });

  it('titles costs paid back as a share', () => {
    expect(names('2018年方案。确保特困人员住院费用95%报销。')).toContain(
      '特困人员住院费用报销比例',
    );
  });
});

describe('a year a level holds from is no part of its name (level-naming.ts YEAR_TAIL)', () => {
  it('carries the name before on to a later step', () => {
    const found = targets('2020年,乡镇卫生院中医诊疗量占比不低于30%,2022年起提高到35%。');
    expect(found.find((t) => t.value === 35)?.indicator).not.toBe('起');
    expect(found.find((t) => t.value === 35)?.indicator).toBe(
      found.find((t) => t.value === 30)?.indicator,
    );
  });
});

describe("a page's year from its dated events or its address (address-years.ts)", () => {
  it('takes the year every date of the story names', () => {
    expect(datedEventsYear('据了解,2019年3月和4月,该市组织督查组开展核查。')).toBe(2019);
    expect(datedEventsYear('2019年3月,该市组织督查。2017年全市…')).toBeNull();
    expect(datedEventsYear('该市比2016年减少…')).toBeNull();
    // a page's date on a line of its own, the day a state is told of, the start of a span
    expect(datedEventsYear('甲州日报\n2023年10月9日\n全州新增骨干医生500人。')).toBeNull();
    expect(
      datedEventsYear('截至2019年6月底,全市已有80%的村卫生室接入平台,下一步要达到95%。'),
    ).toBeNull();
    expect(
      datedEventsYear('2019年6月1日,全省启动签约服务以来,签约率不断提高,今后要达到95%。'),
    ).toBeNull();
  });

  it("takes the year of a source line's dated path", () => {
    expect(addressYear('正文。\n来源:http://www.example.cn/2016/0512/12345.shtml')).toBe(2016);
    expect(addressYear('正文。\n来源:http://www.example.cn/news/12345.shtml')).toBeNull();
  });

  it('dates an undated story by them', () => {
    const text =
      '本报讯 甲市推进义诊活动,确保贫困人口签约率达到100%。2019年5月,该市组织专家下乡。\n';
    expect(targets(text)[0]?.year).toBe(2019);
  });
});

describe('care inside or outside the area is the scope (name-refinements.ts AREA_CARE)', () => {
  it('takes 省外 and 县内 out of the name into the scope', () => {
    const found = targets('2019年方案。确保省外住院报销75%以上,县内生病住院95%报销。');
    expect(found.find((t) => t.value === 75)).toMatchObject({
      indicator: '住院费用报销比例',
      scope: '省外',
    });
    expect(found.find((t) => t.value === 95)).toMatchObject({
      indicator: '住院费用报销比例',
      scope: '县内',
    });
  });

  it('keeps 县域内, a measure of its own', () => {
    expect(names('2019年方案。县域内就诊率达到90%。')[0]).toMatch(/^县域内/);
  });
});

describe('tasks handed to units are titled by the units (name-refinements.ts HANDED_TO)', () => {
  it('puts the units taking the task on first', () => {
    expect(names('2020年,将不低于30%的健康教育任务交由社区卫生服务站承担。')).toContain(
      '社区卫生服务站承担健康教育任务比例',
    );
  });
});
