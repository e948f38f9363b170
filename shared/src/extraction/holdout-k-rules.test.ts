import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';
import { autonomousPlainName, buildGazetteer } from '../regions/gazetteer';
import { SAMPLE_UNITS } from '../regions/gazetteer.fixture';
import { isAchieved } from './context-rules';
import { findMentions } from './mentions';
import { inPersonName } from './person-names';
import { reviewSpans } from './review';

// Rules written from the failure classes of hold-out set K, each tested in wording of its own.

const gazetteer = buildGazetteer(SAMPLE_UNITS);
const targets = (text: string) =>
  extractTargets(text, { gazetteer }).targets.map((t) => [t.value, t.unit, t.year]);

describe('a share whose % glyph was lost, leaving its space', () => {
  it('is read as a percentage after a share word and an aim word', () => {
    const text = '到2024年和2028年,县医院设康复科比例分别达到40 及以上和70 及以上。';
    const ms = findMentions(text).filter((m) => m.unit === '%');
    expect(ms.map((m) => m.value)).toEqual([40, 70]);
    expect(ms.map((m) => text.slice(m.start, m.end))).toEqual(['40', '70']);
  });

  it('pairs the years of a 分别 list and keeps the list’s last value', () => {
    const text = '到2024年和2028年,乡镇卫生院设中医馆比例分别达到60 和85 ;门诊预约比例达到100 。';
    expect(targets(text)).toEqual([
      [60, '%', 2024],
      [85, '%', 2028],
      [100, '%', 2028],
    ]);
  });

  it('leaves bare numbers alone elsewhere', () => {
    // No share word, a number over 100, a number touching the next word: none is a lost %.
    expect(findMentions('服务人口达到50 万以上').some((m) => m.unit === '%')).toBe(false);
    expect(findMentions('床位使用比例达到120 以上').some((m) => m.unit === '%')).toBe(false);
    expect(findMentions('检测比例达到2次以上').some((m) => m.unit === '%')).toBe(false);
  });
});

describe('a place’s name inside a person’s', () => {
  it('is told by a surname with a title before it or speech after it', () => {
    const s = '省卫健委副主任刘武汉3日介绍,随后刘武汉指出,武汉市将';
    expect(inPersonName(s, s.indexOf('武汉'), s.indexOf('武汉') + 2)).toBe(true);
    const second = s.indexOf('武汉指出');
    expect(inPersonName(s, second, second + 2)).toBe(true);
    const city = s.indexOf('武汉市');
    expect(inPersonName(s, city, city + 2)).toBe(false);
  });

  it('does not give a national official’s aims his name’s place', () => {
    const text =
      '国家卫生健康委某司司长刘武汉1日在发布会上表示,到2027年,二级及以上综合性医院设立康复医学科的比例达到60%以上。';
    expect(extractTargets(text, { gazetteer }).targets.map((t) => t.region)).toEqual(['全国']);
  });
});

describe('figures judged, not aimed at', () => {
  it('are told by 高达 and 仅为', () => {
    expect(isAchieved('患有慢性病的老人比例高达')).toBe(true);
    expect(isAchieved('但健康预期寿命仅为')).toBe(true);
    expect(isAchieved('健康预期寿命提高到')).toBe(false);
  });

  it('are told by 已覆盖, a reach already had', () => {
    expect(isAchieved('心理援助热线已覆盖全省')).toBe(true);
    expect(isAchieved('心理援助热线覆盖全省')).toBe(false);
  });
});

describe('a review of where things stand', () => {
  it('runs under a heading that ends in 现状', () => {
    const text =
      '一、本市职业健康现状\n接尘工人体检率达到92%。\n二、主要目标\n到2025年,体检率达到98%以上。\n';
    const [span] = reviewSpans(text, text.length);
    expect(text.slice(span![0], span![1])).toContain('92%');
    expect(text.slice(span![0], span![1])).not.toContain('98%');
    expect(targets(text)).toEqual([[98, '%', 2025]]);
  });

  it('is a paragraph telling achievements, even with 主要 in it', () => {
    const text =
      '全省职业病监测覆盖率达到96%,新发病例减少三成……会上介绍了近十年职业健康工作的主要成就。\n下一步,到2026年,监测覆盖率达到99%以上。\n';
    expect(targets(text)).toEqual([[99, '%', 2026]]);
  });
});

describe('a service radius in 公里', () => {
  it('is a target after a bound word, and no target without one', () => {
    expect(targets('到2026年,城区急救服务半径不超过4公里。')).toEqual([[4, '公里', 2026]]);
    expect(targets('到2026年,建成3公里健身圈。')).toEqual([]);
  });
});

describe('an autonomous prefecture written as stem + 州', () => {
  const units = [
    ...SAMPLE_UNITS,
    { code: '513400', name: '凉山彝族自治州', level: 2, parentCode: '510000' },
  ];
  const withPrefecture = buildGazetteer(units);

  it('is found as that prefecture, not as a province its stem may spell', () => {
    expect(autonomousPlainName('凉山彝族自治州')).toBe('凉山州');
    expect(withPrefecture.lookup('凉山州')?.unit.code).toBe('513400');
    expect(withPrefecture.find('推进凉山州医共体建设').map((h) => h.unit.code)).toEqual(['513400']);
  });

  it('gives a plan that names it its region', () => {
    const text = '凉山州县域医共体建设方案\n到2026年,凉山州基层诊疗量占比达到60%以上。';
    const r = extractTargets(text, { gazetteer: withPrefecture });
    expect(r.targets.map((t) => t.region)).toEqual(['凉山州']);
  });
});

describe('a page naming no place whose lead speaks of 我国', () => {
  it('is the country’s', () => {
    const text =
      '专版\n我国慢性病患者人数众多,做好防治意义重大。《某某行动》提出,到2030年,高血压患者规范管理率达到70%以上。';
    expect(extractTargets(text, { gazetteer }).targets.map((t) => t.region)).toEqual(['全国']);
  });
});
