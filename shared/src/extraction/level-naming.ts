import { rateName, tidyName, trimPhrase } from './indicator';
import type { Mention } from './mentions';
import { withoutOpeningFrom } from './from-clause';
import { boughtPerHead, cappedBenefit, perHeadOnly } from './per-head-names';
import { moneyNamedAfterAim } from './money-nouns';
import { aimedSubject, nameEdges, wordCutByLineBreak } from './name-edges';
import { coveredPeopleName } from './covered-shares';
import { FROM_TAIL } from './mention-names';
import { unitsDoing, partThatIs } from './mention-shares';
import type { regionWords } from './mention-references';
import type { MentionClause } from './mention-clause';
import { ENSURE } from './aim-words';

// The naming step of reading a rate or an amount that is no change, list value or share
// (readMention, extract-targets.ts): the words before it, less its year, bound and baseline, name
// it; a base after 的 makes it a share of that base.

// (实现完成率100%: 完成率 is the name, not a second verb.)
export const LEADING_BOUND = new RegExp(
  String.raw`^(?:至少|最少|不少于|不低于|超过|力争|争取|${ENSURE}|完成|达到|实现)(?:新建|新增|完成(?!率)|培训|建成)?(?=[\u4e00-\u9fff])`,
);
const BOUND_WORD =
  /^(?:力争|争取)?(?:达到|达|提高到|提高至|提升到|提升至|上升到|上升至|增加到|增加至|不低于|不少于|不超过|不高于|不多于|超过|高于|低于|控制在|降到|降至)/;
// 降到≤5‰, 降到2030年的≤5‰: a verb of reaching a level before a bound sign is no part of the name.
const LEVEL_VERB_TAIL =
  /(?:下降|降低|提高|提升|增加|控制|降)?(?:到|至|在)(?:(?:19|20)\d{2}年(?:底|末)?的?)?\s*$|(?:降|达)(?:到|至)\s*$/;
// 2021年起提高到50%: a year a level holds from (起, 开始) is no part of the name either (round DH).
const YEAR_TAIL = /(?:到|至|于|在|从|自)?(?:19|20)\d{2}\s*年(?:底|末|起|开始)?\s*$/;
// 筹资标准在2010年人均140元的基础上提高到250元: the baseline a level is raised from, between the
// measure and its verb, is no part of the name.
const RAISED_TO_TAIL = /(?:提高|提升|上升|增加|调整)\s*$/;
const BASELINE_TAIL = /在[^,，;；。在]{0,24}?的?基础之?上\s*$/;
// 三州, 各县, 其余乡镇: places counted or sorted as a group, with no name of their own.
const PLACE_GROUP = /^(?:各|其他|其余|[一二三四五六七八九十两])(?:省|市|州|县|区|乡镇|乡|镇|村)$/;
// What a share's subject may end in before its base is written (国家卫生城市数量, 中医药服务占比提升
// 至门诊总量的35%): the count's word, or a word of share the base's 占…比例 says again.
const SHARE_OR_COUNT_END = /(?<!人)(?:总?数|数量)$|(?:占比|所占比例|比重)$/;
const WHOLE_OF_BASE = /^(?:全国|全省|全市|全区|全县)(?=[\u4e00-\u9fff]{2})/;

/**
 * Names the rate or amount `m` from the words before it; `baseBeforeShare` when the base stands
 * before the number (床位总数4%的比例).
 */
export function nameLevel(
  t: string,
  m: Mention,
  w: MentionClause,
  baseBeforeShare: boolean,
  regions: ReturnType<typeof regionWords>,
): { name: string; scope: string | null } {
  const { sStart, segStart, before, tail, bound } = w;
  let name: string;
  let scope: string | null;
  const upTo = bound.at >= 0 ? bound.at : before.length;
  // 普及率2015年达到75%: a year between the name and its aim word is no part of the name.
  // 经费人均8.5元: the 人均 right before an amount says per head (perPerson puts it back).
  const nameText = m.kind === 'amount' ? before.slice(0, upTo).replace(/人均\s*$/, '') : before;
  // …新发尘肺病 / 病例年均增长率…: a name a line break cut goes on from the line before; the next
  // line's indent (…保健保 / ␣␣偿入保率) is no cell's gap inside the name.
  const cut = wordCutByLineBreak(t, segStart);
  const rest = nameText.slice(0, upTo);
  let named = withoutOpeningFrom(
    (cut + (cut ? rest.trimStart() : rest))
      .replace(FROM_TAIL, '')
      .replace(LEVEL_VERB_TAIL, '')
      .replace(BASELINE_TAIL, '')
      .replace(YEAR_TAIL, ''),
  );
  // 报销比例上升为45%: the verb of a level raised to 为 is no part of the name, as 提高到's is not.
  if (bound.at >= 0 && before[bound.at] === '为') named = named.replace(RAISED_TO_TAIL, '');
  // 实现产前筛查率90%以上: an aim word opening the clause leaves the name after it. So does one
  // after only the page's own place (某市要实现…覆盖率100%: the place is where, not what).
  const opened = bound.at >= 0 ? before.slice(bound.at).replace(LEADING_BOUND, '') : '';
  if (
    opened !== before.slice(bound.at) &&
    (placeOnly(trimPhrase(named), regions) ||
      // (要达到床位总数4%的比例: what follows the aim word is the base a share is of, no name.)
      (!baseBeforeShare && !/的\s*$/.test(before) && namedPastAim(named, opened)))
  )
    named = opened;
  // (最高支付限额不低于农民人均年收入8倍: after the bound stands the base a multiple is of, not
  // what is measured.)
  if (m.kind === 'amount' && m.unit !== '倍' && opened !== before.slice(bound.at))
    named = moneyNamedAfterAim(opened) ?? named;
  if (m.kind === 'amount' && perHeadOnly(named)) named = '';
  const edged = nameEdges(named);
  const aimedAt = aimedSubject(edged);
  const r = aimedAt
    ? {
        name: rateName(aimedAt.subject, regions).name,
        scope: rateName(aimedAt.rest, regions).scope,
      }
    : rateName(edged, regions);
  name = r.name;
  scope = r.scope;
  // 各市建成率达到30%、三州达到15%: a group of places alone is the scope of the name carried on.
  if (PLACE_GROUP.test(name)) [name, scope] = ['', name];
  // 床位数达到老年人口的6‰: a rate of one thing over a base is named 床位占老年人口比例.
  // 降到2030年的5‰ is the level of a year, not a share of a base.
  const base =
    (/的$/.test(before) || baseBeforeShare) &&
    m.kind === 'rate' &&
    !/(?:19|20)\d{2}年(?:底|末)?的$/.test(before)
      ? before.slice(upTo).replace(BOUND_WORD, '')
      : '';
  // 国家卫生城市数量提高到全国城市总数的40%: the share is of the units (国家卫生城市占城市总数比例);
  // the whole it is taken over (全国, 全省) is where it applies, not part of its base. People keep
  // their 人数 (检测人数占常住人口比例): 人 alone names no one counted.
  if (name && base.length > 2)
    name =
      coveredPeopleName(name, base) ??
      `${name.replace(SHARE_OR_COUNT_END, '')}占${tidyName(base).replace(WHOLE_OF_BASE, '')}比例`;
  if (m.kind === 'amount')
    name = perPerson(
      standardAfter(before, tail) ??
        boughtPerHead(before, tail) ??
        cappedBenefit(before, tail) ??
        name,
      t.slice(sStart, m.start),
    );
  // 乡镇卫生院80%以上设置中医馆: units named before their share do what is measured after it.
  else if (m.kind === 'rate' && name && !base)
    name = partThatIs(name, tail) ?? unitsDoing(name, tail) ?? name;
  return { name, scope };
}

// 集中力量确保…实现每千人拥有床位数4张, 多措并举力争…实现住院分娩率98%: a name written whole
// between the aim word and the figure (it ends in a measure's word) names the figure; the words
// before the aim word then say with what effort (举全县之力, 全力以赴), unless they end in a
// measure's word themselves (住院分娩率力争达到98%: nothing is named after the aim word). A span of
// years is a measure too (规划到2025年实现人均预期寿命79岁, 平均受教育年限).
const MEASURE_END = /(?:率|比例|比重|占比|数|数量|人次|指数|密度|寿命|年限)$/;
const MEASURE_LAST = new Set('率例重比数量次度命限');

/** Whether the name after the aim word (`opened`) wins over the words before it (`ahead`). */
export function namedPastAim(ahead: string, opened: string): boolean {
  if (!MEASURE_LAST.has(opened.trimEnd().slice(-1))) return false;
  const own = trimPhrase(opened);
  return own.length >= 3 && MEASURE_END.test(own) && !MEASURE_END.test(trimPhrase(ahead));
}

// 为确保…100%参保, 为了实现…: a word of purpose before the aim word names nothing (round DH).
const PURPOSE_ONLY = /^(?:为了?|以便?)$/;

/** Whether `s` is empty, a word of purpose, or only one of the page's place names (郑州, 郑州市) and a lead word. */
function placeOnly(s: string, regions: ReturnType<typeof regionWords>): boolean {
  if (s === '' || PURPOSE_ONLY.test(s)) return true;
  for (const r of regions)
    if (r && s.startsWith(r) && trimPhrase(s.slice(r.length)) === '') return true;
  return false;
}

// A figure and its unit closing an earlier item of a list (…提高到75元、): what comes before it is
// that item's.
const EARLIER_ITEM = /\d[^\d、,，;；。]{0,6}[、;；]/g;
// 每名村医按每月500元标准发放生活补助, 按人均25元的标准拨付…经费: a payment made by a standard is
// named by what is paid, after the figure (每月生活补助标准); the per-unit words before it stay.
const BY_STANDARD = /按照?((?:每[\u4e00-\u9fff]{1,2}){0,2}|人均)\s*$/;
const STANDARD_OF =
  /^的?标准(?:发放|给予|拨付|安排|落实|支付|兑现|发给|予以)?(?!执行|实施|计算|核定|测算|落实|发放|给予)([\u4e00-\u9fff]{2,14}?)(?=[,，。;；、\s(（]|$)/;

/** The standard a payment is made by, named after its figure (`每月生活补助标准`), or null. */
function standardAfter(before: string, tail: string): string | null {
  if (!tail.includes('标准')) return null;
  const by = BY_STANDARD.exec(before);
  const of = by ? STANDARD_OF.exec(tail) : null;
  return of ? `${by![1]}${of[1]}标准` : null;
}

/** 每人每年300元: a per-person amount is named 人均. */
export function perPerson(name: string, sentenceBefore: string): string {
  // 补助标准每人每年不低于580元: the words per head and year after the measure name nothing.
  // (封顶线为每人每年3万元: nor does the 为 before them.)
  if (/.{3}每人(?:每年|每月)?$/.test(name))
    name = name.replace(/(?<=.{2})为?每人(?:每年|每月)?$/, '');
  if (
    !name ||
    name.includes('人均') ||
    name.startsWith('每人') ||
    !/每人|人均/.test(sentenceBefore)
  )
    return name;
  // 将甲人均补助标准提高到75元、乙财政补助标准提高到550元: the 人均 of an earlier item of the list
  // is that item's; this one is per head only where its own words say so.
  let own = sentenceBefore;
  for (const m of sentenceBefore.matchAll(EARLIER_ITEM))
    own = sentenceBefore.slice(m.index + m[0].length);
  if (!/每人|人均/.test(own)) return name;
  return withPerHead(name, own);
}

// 城乡居民医保财政补助 per head: a payer written bare (财政, 政府) is the public purse of the scheme
// named before it, and a chart titles the sum 人均 first (`…医保人均财政补助`); a payer of one level
// (中央财政, 市级财政, 各级政府, 县(市)区财政) is one of several, and 人均 follows it
// (`中央财政人均补助`), as the golds of every set write both. The level is read in the words the
// name was taken from too, since a name may have lost it (各级财政的补助标准 → 财政补助标准).
const PAYER_LEVEL = /(?:[级級]|中央|国家|國家|[省市县縣区區镇鎮乡鄉州旗盟]|地方|[)）])$/;

/** `name` with 人均 put before what is paid, or before a bare payer (`医保人均财政补助`). */
export function withPerHead(name: string, source = ''): string {
  const paid = /筹资|补助|补贴|经费|支出|收入/.exec(name);
  if (!paid) return name;
  let at = paid.index;
  const payer = name.slice(Math.max(0, at - 2), at);
  if ((payer === '财政' || payer === '政府') && !payerOfLevel(name.slice(0, at - 2), payer, source))
    at -= 2;
  return `${name.slice(0, at)}人均${name.slice(at)}`;
}

/** Whether the payer of a name, or its last mention in the words it came from, has a level. */
function payerOfLevel(nameBefore: string, payer: string, source: string): boolean {
  if (PAYER_LEVEL.test(nameBefore)) return true;
  const written = payer === '财政' ? /[财財]政/g : /政府/g;
  let last = -1;
  for (const m of source.matchAll(written)) last = m.index;
  return last > 0 && PAYER_LEVEL.test(source.slice(Math.max(0, last - 3), last));
}
