import { unitFits, type IndicatorMatcher } from './catalogue-names';
import { houseForm, withoutResidents, trimPhrase } from './indicator';
import { type Mention } from './mentions';
import type { Target } from './types';
import { perPerson } from './level-naming';
import type { MentionClause } from './mention-clause';
import type { Change } from './change';

// The naming step where the catalogue has its say (readMention, extract-targets.ts): the catalogue
// indicator the clause mentions nearest the number names the target, with the qualifier before
// it that changes what is measured.

// A scope that is a group of people or a kind of area, not part of a standard name (5岁以下儿童).
const SCOPE_GROUP = /(?:人群|居民|农村|城市|城镇|城区|地区)$/;
const UNIT_OF_COUNT = /^以.{1,16}为单位$/;
// (年 as a time, not the 年 of people by age: 成年人, 青年, 老年人, 少年.)
const NOT_QUALIFIER =
  /[\d月]|(?<![成青老少])年|未来|今后|城乡|农村|城市|城镇|城区|郊区|全国|中国|我国|本国|全省|全市|全县|全区|居民|群众|人群|人口/;
// A density's base before a catalogue word (每千分娩量产科 + 床位数, 每10万人 + 眼科医师数): without
// it the title counts the things, not a ratio.
// 户籍人口年均出生率: a yearly mean is another measure than the year's rate, and the population it
// is averaged over stays with it (names round 13).
const YEARLY_MEAN = /^[\u4e00-\u9fff]{0,6}年均$/;
const PER_BASE_LEAD = /^每(?:[十百千万]+|\d+(?:\.\d+)?[十百千万]?)(?=[\u4e00-\u9fff])/;
// An age, a period of life or a number of doses before a catalogue word (6个月 + 纯母乳喂养率, 3岁以下
// + 儿童系统管理率, 2剂 + 麻疹疫苗接种率) says which measure it is, not when: its digits are no date.
// An age in years names the people it is of (15岁以上 alone, before 吸烟率, is a scope), and an age
// range (0—6岁) is a scope the plan narrows to.
const AGE_OR_DOSE =
  /^\d{1,3}(?:(?:个月|月龄|剂次?|针|次)|周?岁(?=.*(?:婴|儿童|孕|妇|老年|学生)))(?:及以上|及以下|以上|以下|以内|内)?的?(?:新生儿|婴幼儿|婴儿|儿童|孕产妇|孕妇|产妇|妇女|老年人|学生)?$/;
const PEOPLE_FIRST = /^(?:新生儿|婴幼儿|婴儿|儿童|孕产妇|孕妇|产妇|妇女|老年人|学生)/;
// 出生缺陷导致的 + 婴儿死亡率: a cause narrows what the rate counts.
const CAUSE_LEAD = /(?:导致|引起|所致)的$/;
// 重型地贫患儿 + 出生率, 慢阻肺患者 + 规范管理率: the sick a rate is of say which rate it is.
const SICK_OF = /^[\u4e00-\u9fff]{2,6}(?:患儿|患者|病人)$/;
// The people or area that open a qualifier, and the words of its own after them (城市人群 | 心理);
// not their insurance scheme (城镇居民医保 is one name).
const QUALIFIER_AFTER_PEOPLE =
  /^[\u4e00-\u9fff]*(?:人群|居民|群众|人口|学生|儿童|城市|农村|城镇|城乡)(?!医保|医疗保)([\u4e00-\u9fff]{2,4})$/;

/** A target's name, whether the catalogue gave it, and the catalogue's direction for it. */
export interface CatalogueName {
  name: string;
  source: Target['indicatorSource'];
  direction: Target['direction'] | null;
}

/**
 * The name `name` (scoped `scope`) of mention `m`, or the catalogue's where its clause `w` ends
 * with a catalogue word of a fitting unit.
 */
export function catalogueName(
  t: string,
  m: Mention,
  w: MentionClause,
  catalogue: IndicatorMatcher | null,
  change: Change | null,
  name: string,
  scope: string | null,
): CatalogueName {
  const { sStart, segStart, before, respective, bound } = w;
  if (catalogue && name && !change && !bound.delta && m.unit !== '个百分点') {
    // In a 分别 list the k-th name is looked up alone; else the clause up to the bound word.
    const text = respective ? name : t;
    const from = respective ? 0 : segStart;
    const to = respective ? name.length : segStart + (bound.at >= 0 ? bound.at : before.length);
    const hit = catalogue.last(text, from, to);
    if (hit && unitFits(hit.entry.unit, m.unit) && trimPhrase(text.slice(hit.end, to)) === '') {
      // 居民人均预期寿命, 群众无偿献血率: whose figure it is goes, as in a phrase's name.
      let written = withoutResidents(houseForm(text.slice(hit.start, hit.end)));
      // 15岁以上人群吸烟率, 农村孕产妇住院分娩率: a catalogue word that opens with the people or
      // area the clause is scoped to names them once, in the scope.
      // 以乡镇为单位 + 适龄儿童…接种率 (a synonym the catalogue writes with its unit) too.
      if (
        scope &&
        (SCOPE_GROUP.test(scope) || UNIT_OF_COUNT.test(scope)) &&
        written.startsWith(scope) &&
        written.length - scope.length >= 3
      )
        written = written.slice(scope.length);
      if (m.kind === 'amount') written = perPerson(written, t.slice(sStart, m.start));
      // 互联网医院将达到30家: a count written by the thing alone is titled as the catalogue counts it.
      if (m.kind === 'count' && hit.entry.name === `${written}数`) written = hit.entry.name;
      written = withShareBase(written, hit.entry.name);
      // A catalogue word keeps the short qualifier the phrase puts before it, which changes what
      // is measured (新农合 + 人均筹资标准, 住院费用 + 实际补偿比, 家庭医生 + 签约服务覆盖率); a place,
      // time or population word does not.
      const extra = name.endsWith(written) ? name.slice(0, -written.length) : '';
      // A density's 每千人口 is kept too, with what it qualifies (每千人口公立中医医院床位数):
      // without it the title counts people, not a ratio. So is the part of a share before its 占
      // (无偿献血占临床用血比例): it says whose share.
      const keep =
        (extra.length <= 4 && !NOT_QUALIFIER.test(extra)) ||
        ruralSeries(extra) ||
        PER_BASE_LEAD.test(extra) ||
        // 医疗机构总 + 床位数: a total of what a kind of body holds says whose total it is.
        (extra.length <= 6 && extra.endsWith('总') && !NOT_QUALIFIER.test(extra)) ||
        YEARLY_MEAN.test(extra) ||
        AGE_OR_DOSE.test(extra + (PEOPLE_FIRST.exec(written)?.[0] ?? '')) ||
        CAUSE_LEAD.test(extra) ||
        // 尘肺病康复 + 患者满意度: the sick a catalogue word opening with 患者 is of stay with it.
        SICK_OF.test(extra + (/^(?:患儿|患者|病人)/.exec(written)?.[0] ?? '')) ||
        /^[\u4e00-\u9fff]{2,}占[\u4e00-\u9fff]+$/.test(extra) ||
        ownResidents(extra, written);
      // 城市人群心理 + 健康知识知晓率: the short qualifier after the people or area is still kept.
      const ownWord = keep ? '' : QUALIFIER_AFTER_PEOPLE.exec(extra)?.[1];
      // 新型农村合作医疗 + 参保率: the rural scheme's long name is no area, and stays with the word
      // (names round 16); joined to other schemes (…医疗保险及新型农村合作医疗) it is left out.
      const scheme = RURAL_SCHEME_BEFORE.exec(extra)?.[0];
      const kept = scheme
        ? scheme + written
        : ownWord && !NOT_QUALIFIER.test(ownWord)
          ? ownWord + written
          : written;
      name = extra.length > 0 && keep ? name : kept;
      // 自然增长率, 出生率: a population's vital rate written bare, without its 人口, is titled in full
      // as bureaus write it (人口自然增长率); one the phrase qualifies (年均…, 常住人口…) keeps its
      // words or the catalogue's.
      if (
        extra === '' &&
        hit.entry.name === `人口${name}` &&
        trimPhrase(text.slice(from, hit.start)) === ''
      )
        name = hit.entry.name;
      return { name, source: 'catalogue', direction: hit.entry.direction };
    }
  }
  return { name, source: 'heuristic', direction: null };
}

const RURAL_SCHEME_BEFORE = /(?<![和及、与])新型农村合作医疗(?:制度)?$/;

// 个人卫生支出比例 for 个人卫生支出占卫生总费用比例: a share written without its base is titled with
// the base its catalogue name gives (names round 16), as bureaus do; a share that names a base of its
// own, or another measure, keeps its words.
const SHARE_WORD = /(?:比例|比重|占比)$/;

// A share written 占比 (医疗服务收入占比) already says it is a part of its whole, as bureaus title
// it; only 比例/比重 written without a base take the catalogue's base.
function withShareBase(written: string, standard: string): string {
  if (written.endsWith('占比')) return written;
  const head = written.replace(SHARE_WORD, '');
  if (head === written) return written;
  return standard.startsWith(`${head}占`) && SHARE_WORD.test(standard) ? standard : written;
}

// 农村 + 住院分娩率, 农村户用 + 无害化卫生厕所普及率: the countryside's own rate is another series
// than the whole's, and plans and bureaus title it so (names round 15); 农村居民 and 农村人口 are
// still the residents a figure is counted over.
function ruralSeries(extra: string): boolean {
  return extra.length <= 4 && extra.startsWith('农村') && !NOT_QUALIFIER.test(extra.slice(2));
}

/**
 * Whether `extra` is (part of) the residents before a catalogue word that a title keeps with it:
 * 居民 + 健康素养水平, 城乡 + 居民健康档案建档率 (residents' own health measures).
 */
function ownResidents(extra: string, written: string): boolean {
  const whole = extra + written;
  const residents = /^(?:城乡居民|居民)/.exec(whole);
  return (
    residents !== null && residents[0].length >= extra.length && withoutResidents(whole) === whole
  );
}
