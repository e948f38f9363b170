import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';
import { roundedWanUnaimed } from './rounded-wan';
import { isEachUnitsWhole, isPremiseCount } from './premise-counts';
import { schoolYear } from './school-years';

// Rules written from the failure classes of hold-out set DP (news of projects and plan items on the
// health topics the sets held least: counts rounded in 万 with 余, a task's total, a bar a level
// went past, counts that only ground the next aim, a survey's school year), each tested in wording
// of its own.
const targets = (text: string) => extractTargets(text).targets;
const values = (text: string) => targets(text).map((t) => t.value);

describe('counts rounded in 万 with 余 or 多 (units.ts, rounded-wan.ts)', () => {
  it('reads 3万余名 and 6万多颗 in a sentence that looks ahead', () => {
    const found = targets(
      '2024年某县学生口腔项目。今年将为全县3万余名小学生做口腔检查,对6万多颗恒牙实施涂氟。',
    );
    expect(found.map((t) => [t.value, t.unit])).toEqual([
      [30000, '名'],
      [60000, '颗'],
    ]);
  });

  it('leaves a rounded 万 in a sentence that tells what was done (guard)', () => {
    expect(values('2023年工作总结。全年举办就业培训班,帮助城乡居民就业2.3万余人。')).toEqual([]);
    expect(roundedWanUnaimed('帮助就业2.3万余人', 4, '万余人')).toBe(true);
    expect(roundedWanUnaimed('预计将帮助2.3万余人', 5, '万余人')).toBe(false);
    expect(roundedWanUnaimed('帮助就业2.3万人', 4, '万人')).toBe(false);
  });
});

describe("a task's total (context-rules.ts countEvidence, planned-totals.ts)", () => {
  it('reads 任务共计N份 as the quota the plan sets', () => {
    const found = targets('2020年某市饮用水卫生监测方案。全年水质抽检任务共计860份。');
    expect(found.map((t) => t.value)).toEqual([860]);
    expect(found[0]!.indicator).not.toContain('共计');
  });

  it('leaves a total of a task told done (guard)', () => {
    expect(values('2020年某市饮用水卫生监测方案。去年完成水质抽检任务共计860份。')).toEqual([]);
  });
});

describe('a bar a level went past, in news (news-kind.ts relaysAim)', () => {
  it('reads neither the level nor the bar of 达到…,超过…的目标', () => {
    expect(
      values(
        '本报讯 记者日前从市卫生局获悉,全市累计登记在册患者3.1万人,登记率达到4.2‰,超过省里要求4‰的目标,排名全省第二。',
      ),
    ).toEqual([]);
  });

  it('keeps a level the story relays as an aim beside it (guard)', () => {
    expect(values('本报讯 记者日前从市卫生局获悉,到2026年,全市登记率将达到5‰以上。')).toEqual([5]);
  });
});

describe('counts that only ground a later aim (premise-counts.ts)', () => {
  it('drops a count whose clause closes with 后', () => {
    expect(isPremiseCount('新分站后')).toBe(true);
    expect(
      values(
        '某市急救网络规划。全市将新建60个急救分站。新建60个急救分站后,平均急救半径缩短到3公里。',
      ).filter((v) => v === 60),
    ).toEqual([60]);
  });

  it('drops the units each held to a floor (都将至少)', () => {
    expect(isEachUnitsWhole('乡镇都将至少配备一名全科医生')).toBe(true);
    expect(
      values(
        '某区急救网络建设方案。明年全区将新增40个急救站点,达到52个社区都将至少配备一辆救护车。',
      ),
    ).toEqual([40]);
  });

  it('keeps a count of units that are themselves the aim (guard)', () => {
    expect(isPremiseCount('乡镇卫生院')).toBe(false);
    expect(isEachUnitsWhole('乡镇都建成标准化卫生院')).toBe(false);
  });
});

describe("a survey's school year (school-years.ts)", () => {
  it('does not date the page by a school year whose findings it cites', () => {
    expect(schoolYear('区教育局通报,2020-2021学年学生体检结果显示,近视率为52%。')).toBeNull();
  });

  it("still dates a school's plan by its school year (guard)", () => {
    expect(schoolYear('某中学2020-2021学年卫生工作计划')).toBe(2021);
  });
});
