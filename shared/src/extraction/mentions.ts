import {
  parseArabic,
  parseChineseNumeral,
  parseNumber,
  parseSpelledRate,
  roundRate,
} from './numerals';
import { lostSlashes } from './lost-slashes';
import { canonicalUnit, kindOfUnit } from './units';
import { GROUP, mentionMatches } from './mention-pattern';
import { countsOfOne, hoursOfOne } from './counts-of-one';
import type { TargetKind } from '../targets/vocabulary';
import { lostPercents, lostPerMilles } from './lost-percents';
import { listedAmounts } from './listed-amounts';
import { numberAtEnd, patternMentions } from './pattern-mentions';
import { perMillionRates } from './per-million-rates';
import { peopleByWan } from './people-by-wan';
import { eventTotals } from './event-counts';
import { visitCounts } from './visit-counts';
import { perBaseCount } from './per-base-counts';
import { halfShares, tenthsAimed } from './tenths';
import { dayCounts } from './day-counts';
import { fertilityRates } from './fertility-rates';
import { joinWanHead, wanQianCounts } from './wan-counts';
import { roundedWanUnaimed } from './rounded-wan';

/** A number with its unit found in normalised text; `[start, end)` are normalised offsets. */
export interface Mention {
  start: number;
  end: number;
  value: number | null;
  valueMax: number | null;
  unit: string;
  kind: TargetKind;
  /** arabic `95%`; spelled `百分之九十五`; fraction `1/3`; chinese `三个`; empty `达到%`. */
  source: 'arabic' | 'spelled' | 'fraction' | 'chinese' | 'empty';
}

// Characters that, right after a counting word, make it part of another word: 2011人口, 家庭
// (个性 is a word, but 6个性病监测点 counts points for 性病).
const WORD_AFTER: Record<string, RegExp> = {
  人: /^[口员民群才类体力事大选均]/,
  个: /^(?:月|工作日|小时|星期|季度|周|人|体|案|性(?!病))/,
  // 家具 is furniture, but 2家具有…的机构 counts places that have something (具有, 具备); 家乡 is a
  // hometown, but 350家乡镇卫生院 and 12家乡卫生院 count township health centres.
  家: /^(?:[庭属长族园]|具(?![有备])|乡(?![镇卫]))/,
  // 所以 is a conjunction, but 10所以上 counts places with a bound (所 + 以上/以下/以内).
  所: /^(?:[属有在得需谓长]|以(?![上下内]))/,
  名: /^[单称额义字牌录誉次]/,
  对: /^[象于照接口外话应比待]/,
  户: /^[籍口外型主]/,
  项: /^目标/,
  种: /^[植子类]/,
  批: /^[准复次]/,
  台: /^[阶湾]/,
  场: /^[所地景]/,
  例: /^[会如]/,
  处: /^[理置罚方于室长]/,
  类: /^[似型别]/,
  张: /^[贴]/,
  条: /^[件例款目理线]/,
  // 只 is also "only" (3只有, 2只是, 1只能): a counting word only where no such verb follows.
  只: /^[有是能要需会在]/,
  // 剂型 and 剂量 are a form and a dose, not doses counted.
  剂: /^[型量]/,
};

// A span in years is read only as a 年限 aimed at (受教育年限提高到12年): anywhere else N年 is a
// date or a duration.
const YEARS_SPAN =
  /年限[^,，。；;\n]{0,8}?(?:达到|达|提高到|提高至|提升到|提升至|增加到|增至|不低于|不少于|超过|保持在)\s*(\d{1,2}(?:\.\d+)?)\s*年(?![\d月度底末内])/g;

// A share's from-to written without its % (比重从目前29.3降至25左右): the second number is a
// percentage too. Only after a share word, so that plain numbers stay out everywhere else.
const SHARE_FROM_TO =
  /(?:比重|比例|占比)(?:从|由)[^,，。；;\n\d]{0,6}\d{1,2}(?:\.\d+)?(?![\d.%‰])\s*(?:下降到|下降至|降至|降到|提高到|提高至|上升到|上升至|增加到|增加至)\s*(\d{1,2}(?:\.\d+)?)(?![\d.%‰万亿])/g;

/** Finds every number-with-unit in normalised text, in order; plain numbers without a unit are left out. */
export function findMentions(text: string): Mention[] {
  const out: Mention[] = [];
  for (const m of mentionMatches(text)) {
    const mention = toMention(m);
    if (mention?.source === 'spelled') arabicBase(text, mention);
    if (mention?.source === 'arabic') joinWanHead(text, mention);
    if (mention?.kind === 'count') perBaseCount(text, mention);
    if (m[GROUP.tenths] !== undefined && !tenthsAimed(text, m.index, m.index + m[0].length))
      continue;
    if (mention?.kind === 'count' && oneOfList(text, mention.end)) continue;
    // 1.2万余人 in a sentence that does not look ahead: a rounded tally (rounded-wan.ts).
    const unitRaw = m[GROUP.arabicUnit];
    if (
      mention?.kind === 'count' &&
      unitRaw !== undefined &&
      roundedWanUnaimed(text, mention.start, unitRaw)
    )
      continue;
    if (mention?.kind === 'count') takePopulation(text, mention);
    if (mention && !isPartOfWord(text, mention)) out.push(mention);
  }
  joinRepeatedUnitRanges(text, out);
  dropDensityBases(text, out);
  if (text.includes('性别比')) sexRatioPercents(text, out);
  const slashes = lostSlashes(text);
  // The number a lost `/` left (50010 万) gives way to the rate it stood for.
  if (slashes.length > 0)
    for (let i = out.length - 1; i >= 0; i--)
      if (slashes.some((s) => out[i]!.start < s.end && s.start < out[i]!.end)) out.splice(i, 1);
  // A bare number after a rate per million people is in 1/100万, not a lost `%`.
  const perMillion = perMillionRates(text);
  const spans = [
    ...slashes,
    ...yearSpans(text),
    ...dayCounts(text),
    ...shareFromTo(text),
    ...sexRatios(text),
    ...fertilityRates(text),
    ...ratios(text),
    ...zeros(text),
    ...countsOfOne(text),
    ...hoursOfOne(text),
    ...lostPercents(text).filter((l) => !perMillion.some((p) => p.start === l.start)),
    ...lostPerMilles(text),
    ...listedAmounts(text),
    ...perMillion,
    ...peopleByWan(text),
    ...visitCounts(text),
    ...eventTotals(text),
    ...wanQianCounts(text),
    ...halfShares(text),
  ];
  return spans.length === 0 ? out : [...out, ...spans].sort((a, b) => a.start - b.start);
}

// A range may write its counting word after both ends (2个至3个, 5所到8所): the second end is the
// range's top, not a count of its own. So is a sum's (在5万元至8万元间, set AU), unless 从/由 makes
// it a from-to (从5000元到8000元).
const RANGE_GAP = /^\s*(?:-|~|～|—{1,2}|–|－|至|到)\s*$/;

function joinRepeatedUnitRanges(text: string, out: Mention[]): void {
  for (let i = out.length - 2; i >= 0; i--) {
    const a = out[i]!;
    const b = out[i + 1]!;
    if (a.unit !== b.unit || a.source !== 'arabic' || b.source !== 'arabic') continue;
    if (a.kind !== 'count' && !(a.kind === 'amount' && /元$/.test(a.unit))) continue;
    if (a.kind === 'amount' && /[从由]/.test(text.slice(Math.max(0, a.start - 8), a.start)))
      continue;
    if (a.valueMax !== null || b.valueMax !== null || a.value === null || b.value === null)
      continue;
    if (!(b.value > a.value) || !RANGE_GAP.test(text.slice(a.end, b.start))) continue;
    out.splice(i, 2, { ...a, end: b.end, valueMax: b.value });
  }
}

// A density written as a count over its base (15张/10万人, 6张/千人): the base after the slash is
// what the count is per, not a second figure.
function dropDensityBases(text: string, out: Mention[]): void {
  for (let i = out.length - 1; i >= 1; i--) {
    const m = out[i]!;
    if (m.kind !== 'count' || text[m.start - 1] !== '/' || out[i - 1]!.end !== m.start - 1)
      continue;
    if (out[i - 1]!.kind === 'count') out.splice(i, 1);
  }
}

// A sex ratio is written as a bare number of boys per 100 girls (出生人口性别比控制在112以下), or
// with its unit (112男/100女). Only after an aim word: `性别比为108.5` in a review is a figure. A
// short clause of how it tends may come between (性别比趋于合理,降低到110以下).
// Written as a ratio, girls first (100:112) or boys first (112:100), the boys' number is the value:
// the 100 is the base.
const SEX_RATIO =
  /性别比[^,，。；;\n\d]{0,8}?(?:[,，][^,，。；;\n\d]{0,4}?)?(?:控制在|降至|降到|降低到|降低至|下降到|下降至|保持在|稳定在|不超过|不高于|低于|小于)\s*(?:100\s*[:：]\s*)?(\d{3}(?:\.\d+)?)(?:\s*[:：]\s*100(?!\d))?(\s*男\s*\/\s*100\s*女)?(?![\d.%‰])/g;
// The ratio's span: from its first number to its end.
const SEX_RATIO_SPAN =
  /(?:100\s*[:：]\s*)?\d{3}(?:\.\d+)?(?:\s*[:：]\s*100)?(?:\s*男\s*\/\s*100\s*女)?$/;

// A sex ratio aimed at with a stray `%` (性别比控制在115%以内): a number of a hundred or more after the
// ratio's aim word is still boys per 100 girls, whatever sign the page put after it.
const SEX_RATIO_PERCENT =
  /性别比[^,，。；;\n\d]{0,8}?(?:[,，][^,，。；;\n\d]{0,4}?)?(?:控制在|降至|降到|降低到|降低至|下降到|下降至|保持在|稳定在|不超过|不高于|低于|小于)\s*(1\d{2}(?:\.\d+)?)\s*%/g;

function sexRatioPercents(text: string, out: Mention[]): void {
  SEX_RATIO_PERCENT.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SEX_RATIO_PERCENT.exec(text)) !== null) {
    const end = m.index + m[0].length;
    const mention = out.find((o) => o.end === end && o.unit === '%');
    if (mention) mention.unit = '男/100女';
  }
}

function sexRatios(text: string): Mention[] {
  if (!text.includes('性别比')) return [];
  return patternMentions(text, SEX_RATIO, '男/100女', 'rate', (m) => {
    const end = m.index + m[0].length;
    return [end - SEX_RATIO_SPAN.exec(m[0])![0].length, end];
  });
}

// An aim of none written as a bare 0 (新发生2级畸残比为0): no unit follows a zero, so a rate's or
// a ratio's name gives it, in %. A count's name ending in 数 or 死亡 gives a count of none
// (countZeros).
const ZERO =
  /[率比](?:[(（][^()（）\n]{0,10}[)）])?(?:要|将|应)?(?:为|降为|降至|降到|下降到|下降为|控制在|保持为)\s*(0)(?![\d.%‰\u4e00-\u9fff])/g;

function zeros(text: string): Mention[] {
  if (!/[为至到在]\s*0/.test(text)) return [];
  return [...patternMentions(text, ZERO, '%', 'rate', numberAtEnd), ...countZeros(text)];
}

// A count of none aimed at: a number of units (达标县数为0) or of deaths (可避免的死亡为0). The
// name's last word gives the counting word: 例 for deaths and cases, 人 for people, else 个.
// The pattern opens with the literal 0 and looks back, so that only zeros are tried.
const COUNT_ZERO =
  /0(?<=(人|例)?(数|死亡)(?:要|将|应)?(?:为|降为|降至|降到|下降到|下降为|控制在|保持为)\s*0)(?![\d.%‰\u4e00-\u9fff])/g;

function countZeros(text: string): Mention[] {
  const out: Mention[] = [];
  COUNT_ZERO.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = COUNT_ZERO.exec(text)) !== null) {
    const unit = m[1] === '人' ? '人' : m[1] === '例' || m[2] === '死亡' ? '例' : '个';
    out.push({
      start: m.index,
      end: m.index + 1,
      value: 0,
      valueMax: null,
      unit,
      kind: 'count',
      source: 'arabic',
    });
  }
  return out;
}

// A staffing ratio aimed at (床人比不低于1:1.6, 医护比达到1:1.2): the second term per one of the
// first, read as a multiple (倍). Only after a ratio's name ending in 比 and an aim or bound word,
// so that times (8:30), scores (比分1:2) and reported ratios stay out; pages without `1:` are not scanned, and the pattern opens with the literal 1
// so the look back runs only where one stands. The colon may be the ratio sign ∶ (U+2236), which
// typesetters use for ratios and NFKC leaves alone (床护比达到1∶0.55).
const RATIO =
  /1(?<=[\u4e00-\u9fff]比[^,，。；;\n\d:：∶]{0,6}?(?:不低于|不少于|不高于|不超过|至少|达到|达|提高到|保持在|控制在)\s*1)\s*[:：∶]\s*(\d{1,2}(?:\.\d+)?)(?![\d.:：∶])/g;

function ratios(text: string): Mention[] {
  if (!text.includes('1:') && !text.includes('1：') && !text.includes('1∶')) return [];
  return patternMentions(text, RATIO, '倍', 'amount', (m) => [m.index, m.index + m[0].length]);
}

function shareFromTo(text: string): Mention[] {
  const out: Mention[] = [];
  SHARE_FROM_TO.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SHARE_FROM_TO.exec(text)) !== null) {
    const end = m.index + m[0].length;
    out.push({
      start: end - m[1]!.length,
      end,
      value: Number(m[1]),
      valueMax: null,
      unit: '%',
      kind: 'rate',
      source: 'arabic',
    });
  }
  return out;
}

function yearSpans(text: string): Mention[] {
  const out: Mention[] = [];
  if (!text.includes('年限')) return out;
  YEARS_SPAN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = YEARS_SPAN.exec(text)) !== null) {
    const end = m.index + m[0].length;
    const start = end - m[0].length + m[0].lastIndexOf(m[1]!);
    out.push({
      start,
      end,
      value: Number(m[1]),
      valueMax: null,
      unit: '年',
      kind: 'amount',
      source: 'arabic',
    });
  }
  return out;
}

/** 10万分之6.78: a per-10万 (or per-100万) rate whose base is written in Arabic digits. */
function arabicBase(text: string, mention: Mention): void {
  if (text.charCodeAt(mention.start) !== 0x4e07 || text.charCodeAt(mention.start - 1) !== 0x30)
    return;
  const digits = /(?<![\d.])(10|100)$/.exec(
    text.slice(Math.max(0, mention.start - 4), mention.start),
  );
  if (!digits) return;
  mention.start -= digits[1]!.length;
  mention.unit = digits[1] === '10' ? '1/10万' : '1/100万';
}

// Each alternative of MENTION is told apart by a group of its own, read by name (GROUP), so that
// a new alternative shifts no other's reading.
function toMention(m: RegExpExecArray): Mention | null {
  const start = m.index;
  const end = start + m[0].length;
  if (m[GROUP.spelledBase] !== undefined) {
    const r = parseSpelledRate(m[0]);
    if (!r) return null;
    return {
      start,
      end,
      value: r.value,
      valueMax: null,
      unit: r.unit,
      kind: 'rate',
      source: 'spelled',
    };
  }
  const numerator = m[GROUP.numerator];
  if (numerator !== undefined) {
    const den = Number(m[GROUP.denominator]);
    if (!(den > 1) || Number(numerator) >= den) return null;
    const value = roundRate((Number(numerator) / den) * 100);
    return { start, end, value, valueMax: null, unit: '%', kind: 'rate', source: 'fraction' };
  }
  const arabic = m[GROUP.arabic];
  if (arabic !== undefined) {
    const unitRaw = m[GROUP.arabicUnit]!;
    const sign = m[GROUP.arabicSign];
    const max = m[GROUP.arabicMax];
    // 80%管理人群…: a counting word after a percentage starts the next word (`5%个` is no unit).
    if (sign && max === undefined) {
      const value = parseArabic(arabic);
      if (Number.isNaN(value)) return null;
      const cut = start + m[0].indexOf(sign, arabic.length) + 1;
      return { start, end: cut, value, valueMax: null, unit: sign, kind: 'rate', source: 'arabic' };
    }
    if (sign && sign.replace(/^个/, '') !== unitRaw.replace(/^个/, '')) return null;
    const lo = canonicalUnit(unitRaw, parseArabic(arabic));
    const hi = max !== undefined ? canonicalUnit(unitRaw, parseArabic(max)).value : null;
    if (lo.value === null || Number.isNaN(lo.value)) return null;
    const valueMax = hi !== null && hi > lo.value ? hi : null;
    return {
      start,
      end,
      value: lo.value,
      valueMax,
      unit: lo.unit,
      // 封闭1.4万颗: teeth by the ten thousand are teeth treated, counted, not the teeth a person keeps.
      kind: lo.unit === '颗' && /^[万亿]/.test(unitRaw) ? 'count' : kindOfUnit(lo.unit),
      source: 'arabic',
    };
  }
  const chinese = m[GROUP.chinese];
  if (chinese !== undefined) {
    let v = parseChineseNumeral(chinese);
    if (!(v >= 2)) return null;
    let unit = m[GROUP.chineseUnit]!;
    // 一万元, 两万元: a sum in 万 keeps 万元 as its Arabic form (1万元) does (round DH).
    if (unit === '元' && chinese.endsWith('万') && v % 10000 === 0 && v < 1e8) {
      v /= 10000;
      unit = '万元';
    }
    return {
      start,
      end,
      value: v,
      valueMax: null,
      unit,
      kind: kindOfUnit(unit),
      source: 'chinese',
    };
  }
  const tenths = m[GROUP.tenths];
  if (tenths !== undefined) {
    const value = parseNumber(tenths) * 10;
    return { start, end, value, valueMax: null, unit: '%', kind: 'rate', source: 'spelled' };
  }
  const unit = m[GROUP.emptySign]!;
  return { start, end, value: null, valueMax: null, unit, kind: 'rate', source: 'empty' };
}

// 列为10件为民实事之一, 8项重点工程之一: the count is the size of a list the thing belongs to, no
// figure to reach. Read over the next few characters of the clause only.
const ONE_OF = /^[^,，。；;、\n]{0,8}之一/;

function oneOfList(text: string, end: number): boolean {
  return ONE_OF.test(text.slice(end, end + 10));
}

const DOSE_SCHEDULE = /^[^,，。；;、\n\d]{0,10}?率/;

// 覆盖5亿人口, 惠及300万人口: people in 万 or 亿 a measure reaches, before 口, are a population to
// cover, and 口 is part of the figure's unit. Without such a verb 万人口 sizes a class of places
// (30万人口以上的县, 100-500万人口的城市), and 2011人口 stays a word.
const REACHES = /(?:覆盖|惠及|服务|受益)[^,，;；。\d]{0,8}$/;

function takePopulation(text: string, m: Mention): void {
  if (text[m.end] !== '口' || text[m.end - 1] !== '人' || m.valueMax !== null) return;
  if (
    /[万亿]人$/.test(text.slice(m.start, m.end)) &&
    REACHES.test(text.slice(Math.max(0, m.start - 12), m.start))
  )
    m.end += 1;
}

function isPartOfWord(text: string, m: Mention): boolean {
  const before = m.start > 0 ? text.charCodeAt(m.start - 1) : 0;
  if (before === 0x7b2c /* 第 */) return true; // ordinals: 第4轮, 第二批
  if ((before >= 65 && before <= 90) || (before >= 97 && before <= 122)) return true; // H7N9, A1
  if (m.kind !== 'count') return false;
  // 每10万人配置300台, 每2名护士: a count right after 每 is what a density is per, not a figure.
  if (before === 0x6bcf /* 每 */) return true;
  // 2剂次麻疹疫苗接种率: doses before a rate's name are the schedule it counts, not doses to give.
  if (/^剂次?$/.test(m.unit) && DOSE_SCHEDULE.test(text.slice(m.end, m.end + 12))) return true;
  const last = text[m.end - 1]!;
  const re = WORD_AFTER[last];
  return re !== undefined && re.test(text.slice(m.end, m.end + 3));
}
