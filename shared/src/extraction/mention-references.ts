import { clauseStart, sentenceStart } from './clauses';
import { pastTimeLead, REFERENCE, referenceComparator } from './context-rules';
import { directionOf } from './direction';
import type { PartInfo } from './header';
import { rateName } from './indicator';
import { tellsStanding } from './standing';
import type { ExtractionWarning, Target } from './types';
import type { OriginalText } from './original-text';

// The reference stage: figures stated against a reference level (高于全国平均水平) and the
// words a part's region is written with (readMention uses them too). Moved out of
// extract-targets.ts unchanged.

// The words of the last region asked for: every figure of a part asks for its part's.
let lastRegion: string | null = null;
let lastWords: readonly string[] = Object.freeze([]);

export function regionWords(region: string | null): readonly string[] {
  if (region === lastRegion) return lastWords;
  let words: string[];
  if (!region || region.startsWith('全')) words = [];
  else {
    // 广西壮族自治区 → 广西, 凉山彝族自治州 → 凉山: an autonomous area goes by its name alone.
    const short = region.includes('自治')
      ? region.replace(AUTONOMOUS, '')
      : region.replace(/(?:省|市|区|县|镇|乡)$/, '');
    words = short.length >= 2 ? [region, short] : [region];
  }
  [lastRegion, lastWords] = [region, Object.freeze(words)];
  return lastWords;
}

const AUTONOMOUS =
  /(?:(?:壮|回|维吾尔|彝|藏|苗|土家|蒙古|朝鲜|傣|哈尼|布依|侗|瑶|白|黎|畲|羌|哈萨克|傈僳|佤|拉祜|纳西|景颇|柯尔克孜|土|达斡尔|仫佬|仡佬|锡伯|毛南|水|东乡|撒拉|裕固|塔吉克|鄂伦春|各)族)*自治(?:区|州|县|旗)$/;

const GRADE = /[甲乙丙一二三四五AaBbCc][级等]/;

const PICKED_UNITS = /^的(?:省份|省|地区|地市|城市|市|县|区|乡镇|单位|学校|医院|机构)/;
export const PICKED_BY_LEVEL =
  /^([\u4e00-\u9fff]{2,12}?)(?:高于|低于|超过|未达到)[\u4e00-\u9fff]{0,12}?(?:水平|平均值|标准)的(?:省份|省|地区|地市|城市|市|县区|县|区|乡镇|单位|学校|医院|机构)$/;

// The share may be written as a fraction (三分之一以上的县, 1/3的乡镇), in tenths (八成以上) or as a
// half (一半以上, 半数以上) as well as in %, after at most the whole it is of (全省80%以上的…).
const SHARE_OPENING =
  /^\s*(?:[全我本](?:国|省|市|区|县))?(?:[\d.]+\s*%|百分之[一二三四五六七八九十百]+|[一二三四五六七八九十\d]{1,2}分之[一二三四五六七八九十\d]{1,2}|\d{1,2}\/\d{1,2}|[一二三四五六七八九\d]成|一半|半数|过半)/;

// 全部乡镇卫生院达到国家基本标准, 所有县级医院达到二级标准: every unit to meet a standard is the
// 全部/全覆盖 the schema leaves out (no number), however the standard is worded; a share named later
// in the clause (、40%以上达到…) is read from its figure.
const ALL_OPENING = /^\s*(?:[全我本](?:国|省|市|区|县))?(?:的)?(?:全部|所有)/;

// A number of units opening the clause, after at most the whole it is of and 有 (全省有1368家…).
const COUNT_OPENING =
  /^\s*(?:[全我本](?:国|省|市|区|县))?(?:共有|有)?\s*\d+\s*(?:家|个|所|座|间|处)/;
// The count stands within the clause's first eight characters: tested only where a digit does.
function digitNear(t: string, at: number): boolean {
  for (let i = at; i < at + 8 && i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

// 使其控制在国家标准以内, 另一项不超过国家标准, 四类中有三项达到标准: a subject that is only a
// pronoun or a number of items names no measure; the items meeting a standard are counted (the
// count is read from its figure) and the pronoun's measure was told before, so no value-less
// target stands here.
const NO_MEASURE =
  /^(?:使|令|让)?(?:其|它|它们|之)$|(?:^另|[一二两三四五六七八九十几\d])(?:项|个|类|种|条)$/;

export function findReferences(
  t: string,
  end: number,
  parts: PartInfo[],
  original: OriginalText,
  emit: (target: Target, warning?: ExtractionWarning['code']) => void,
  reported: (start: number, end: number) => boolean,
): void {
  REFERENCE.lastIndex = 0;
  let m: RegExpExecArray | null;
  let partIndex = 0;
  while ((m = REFERENCE.exec(t)) !== null && m.index < end) {
    while (partIndex + 1 < parts.length && parts[partIndex + 1]!.start <= m.index) partIndex++;
    const part = parts[partIndex]!;
    // 性别比控制在正常范围, 保持在正常值以内: a normal range is no level anyone set or measured, and
    // the golds leave it out (or mark it ambiguous): unlike 全省平均水平 it names no figure to reach.
    if (m[2]!.startsWith('正常')) continue;
    // 达到国家甲级标准, 达到省二级标准: a grade to attain names no figure either (not a level measured).
    if ((m[2]!.includes('级') || m[2]!.includes('等')) && GRADE.test(m[2]!)) continue;
    // 低于全国平均水平4个百分点: a number follows, so the target is that change, read elsewhere.
    if (/^\s*\d/.test(t.slice(REFERENCE.lastIndex, REFERENCE.lastIndex + 3))) continue;
    // 近视率高于全国平均水平的省份每年下降1%: the comparison picks out which units a rule is for.
    if (PICKED_UNITS.test(t.slice(REFERENCE.lastIndex, REFERENCE.lastIndex + 4))) continue;
    if (reported(m.index, REFERENCE.lastIndex)) continue;
    const sStart = sentenceStart(t, m.index);
    const cStart = clauseStart(t, m.index, sStart);
    // 从2016年数据来看,…低于全国水平: a comparison told after a clause of past time is a level reached.
    if (pastTimeLead(t.slice(sStart, m.index), part.year)) continue;
    // 我市…近视率高于全国平均水平: where the place stands, the reason for an aim.
    if (tellsStanding(t.slice(cStart, m.index + m[0].length))) continue;
    // 80%以上的乡镇卫生院达到国家服务能力标准: a clause opening with a share of units says how many
    // are to meet the standard; the share is the target (read from its figure), the standard no
    // level of its own. So does one opening with 三分之一以上的县 or 一半以上的市.
    if (SHARE_OPENING.test(t.slice(cStart, m.index))) continue;
    if (ALL_OPENING.test(t.slice(cStart, m.index))) continue;
    // 全省有1368家医院服务能力达到国家标准, 12个县达到省定标准: a clause opening with a number of
    // units counts the units that meet it (the count is read from its figure, or left as a tally);
    // the standard is no level of its own either.
    if (digitNear(t, cStart) && COUNT_OPENING.test(t.slice(cStart, m.index))) continue;
    const r = rateName(t.slice(cStart, m.index), regionWords(part.region));
    if (!r.name || NO_MEASURE.test(r.name)) continue;
    const comparator = referenceComparator(m[1]!, m[3]);
    const direction = comparator.startsWith('<') ? 'down' : directionOf(r.name, false);
    const quoted = original.span(cStart, m.index + m[0].length);
    emit(
      {
        start: quoted.start,
        end: quoted.end,
        quote: quoted.quote,
        indicator: r.name,
        scope: r.scope,
        region: part.region,
        regionCode: part.regionCode,
        year: part.year,
        comparator,
        value: null,
        valueMax: null,
        unit: /[率比例]$/.test(r.name) ? '%' : '',
        kind: 'rate',
        direction,
        confidence: 0.35,
        indicatorSource: 'heuristic',
        part: partIndex,
      },
      'reference-value',
    );
  }
}
