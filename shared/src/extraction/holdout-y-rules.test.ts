import { describe, expect, it } from 'vitest';
import { brokenSentenceStart, openAsideStart } from './clauses';
import { extractTargets } from './extract-targets';

// Rules written from the failure classes of hold-out set Y (target-responsibility letters, 爱卫
// and occupational-disease aims, a population plan, township 妇幼 plans, a slide deck preview, a
// plan's monitoring report), each tested in wording of its own.

const targets = (text: string) => extractTargets(text).targets;
const values = (text: string) => targets(text).map((t) => t.value);

describe('现有 as the adjective `existing`', () => {
  it('keeps an aim whose clause widens or builds on what exists', () => {
    expect(values('依托现有服务网络孕产妇系统管理率要达到92%;')).toEqual([92]);
    expect(values('到2026年,在现有基础上家庭医生签约率提高到55%。')).toEqual([55]);
    expect(values('扩大现有筛查项目覆盖面新生儿听力筛查率要到达85%;')).toEqual([85]);
  });

  it('still reads 现有 that tells what there is now as a report', () => {
    expect(targets('全镇现有村卫生室14所,乡村医生32名。')).toEqual([]);
  });
});

describe('a figure in an aside after another figure', () => {
  it('reads a bare 万 count followed by an aside, and the aside’s own count', () => {
    const found = targets(
      '到2030年,全区常住人口规模控制在210万左右(户籍人口规模控制在160万),人口出生率控制在9‰。',
    );
    expect(found.map((t) => [t.value, t.unit])).toEqual([
      [2100000, '人'],
      [1600000, '人'],
      [9, '‰'],
    ]);
    expect(found[1]!.indicator).toBe('户籍人口规模');
    expect(found[1]!.quote.startsWith('(')).toBe(false);
  });

  it('names a count in the aside from the aside’s words, up to its closing bracket', () => {
    const found = targets('到2027年,全县养老机构达到18家(其中医养结合机构达到6家)。');
    expect(found.map((t) => t.value)).toEqual([18, 6]);
    expect(found[1]!.indicator).toBe('医养结合机构数');
  });

  it('leaves out the 如 that opens an aside of examples', () => {
    const found = targets('到2030年,提高重点癌症早诊率(如胃癌早诊率达到55%)。');
    expect(found.map((t) => t.indicator)).toEqual(['胃癌早诊率']);
  });

  it('finds the last bracket still open before a figure', () => {
    expect(openAsideStart('甲(乙)丙(丁戊5', 0, 8)).toBe(6);
    expect(openAsideStart('甲(乙)丙5', 0, 5)).toBe(-1);
  });
});

describe('a document site’s page marks', () => {
  it('starts a name after the last 第N页 run into the text', () => {
    const found = targets('某某讲座第7页某某讲座第8页慢病患者随访管理覆盖要达到65%;');
    expect(found.map((t) => [t.indicator, t.value])).toEqual([['慢病患者随访管理覆盖率', 65]]);
  });
});

describe('a plan’s monitoring report counting the aims already met', () => {
  it('reads the share and the change after 提前达到…规划目标 as the tally', () => {
    const text =
      '全部可监测指标中,41项提前达到\n\n2025 年规划目标,占66.1%,比上年提高 3.4 个百分点;';
    expect(targets(text)).toEqual([]);
  });

  it('reads 已达到…目标值 the same way, within one line', () => {
    expect(targets('健康领域有19项已达到终期目标值,占73.1%。')).toEqual([]);
  });

  it('reads the share of indicators that met their aims as a tally', () => {
    expect(targets('各领域工作稳步推进,81.5%的监测指标达到中期目标。')).toEqual([]);
  });

  it('keeps an aim that strives to meet aims early or looks ahead after the tally', () => {
    expect(values('力争提前实现规划目标,孕产妇住院分娩率达到99%以上。')).toEqual([99]);
    expect(values('在提前完成十三五目标的基础上,到2025年婴儿死亡率降至4‰以下。')).toEqual([4]);
    expect(values('确保85%的考核指标达到优良等次。')).toEqual([85]);
  });

  it('reaches back over lines a copy broke a sentence into, not over a finished one', () => {
    const t = '甲项达到\n\n乙目标,占5%;\n丙';
    expect(brokenSentenceStart(t, t.indexOf('乙'))).toBe(0);
    expect(brokenSentenceStart(t, t.indexOf('丙'))).toBe(t.indexOf('丙'));
  });
});

describe('a page naming itself by level', () => {
  // SCHEMA.md: where no place is named, the region is the document's own word — 全市 where the page
  // says it, else the self word as written (the shared gold keeps 本社区).
  it('keeps 本市 when the page never says 全市', () => {
    const found = targets(
      '一、工作目标\n本市职业健康检查覆盖率达到85%以上,尘肺病新发病例逐年下降。',
    );
    expect(found.map((t) => t.region)).toEqual(['本市']);
  });

  it('takes the whole word where the page uses it beside its self word', () => {
    const found = targets(
      '我市将继续做好健康教育。全市居民健康素养水平达到30%以上,我市学生体质达标率不低于92%。',
    );
    expect(found.map((t) => t.region)).toEqual(['全市', '全市']);
  });

  it('takes the self word the page uses most', () => {
    const text =
      '本县卫生工作要突出重点,我县坚持预防为主。今年我县孕产妇系统管理率要达到92%以上,儿童系统管理率要达到90%以上。';
    expect(targets(text).map((t) => t.region)).toEqual(['我县', '我县']);
  });

  it('does not read 全乡镇 (every township) as 全乡', () => {
    const text =
      '我镇将进一步做好妇幼卫生工作。全乡镇住院分娩率达98%以上,孕产妇系统管理率达90%以上。';
    expect(targets(text).map((t) => t.region)).toEqual(['我镇', '我镇']);
  });
});

describe('a list’s plain-text dashes', () => {
  it('are no part of the name', () => {
    const found = targets('--农村卫生户厕普及率达到85%。\n--病媒生物密度控制达标率达到90%。');
    expect(found.map((t) => t.indicator)).toEqual(['农村卫生户厕普及率', '病媒生物密度控制达标率']);
  });
});
