import { officeCellVotes } from './office-cells';
import { fittedOwnWord, MINISTRY_IN_CHARGE } from './document-region';
import { FIVE_YEAR_PLAN } from './period-year';
import { commonestWhole } from './whole-ties';
import { RANK_AFTER_WHOLE } from './whole-ranks';
import { isProvinceKinds, spreadOverProvinces, withoutProvinceLists } from './national-scope';
import { townAndCountry, unitLevel, withinLevel } from './unnamed-region';
import { signedUnits } from './signed-units';

// The page's own word for where it applies, read from its words alone (no gazetteer): a place its
// title opens with (某某县…计划), 全国 for a national title, the issuing body's place, the title's
// 全X, else what the body calls itself most (全市, 我县, 本辖区, 本院…). The page's region reads it
// when no gazetteer is given or none of the places it names resolves (page-region.ts), and some
// of its sources ask it which level the page speaks of (全省 for a paper's province).

const PLACE_SUFFIX = '(?:自治区|自治州|省|市|区|县|镇|乡|州|盟|旗)';
const PLACE = new RegExp(`^([\\u4e00-\\u9fff]{1,7}${PLACE_SUFFIX})(?![级属委域内直管长])`);
// The issuing body on a line of its own: a health body, or the government itself (X区人民政府).
const ISSUER = new RegExp(
  `^([\\u4e00-\\u9fff]{2,8}?${PLACE_SUFFIX})(?:人民政府(?:办公室|办公厅)?|(?:人民政府|卫生|人口|计划生育|计生|卫计|卫健|医疗|疾病|中医)[\\u4e00-\\u9fff()（）]{0,16}(?:局|委员会|委|厅|办公室|办|中心|政府))$`,
);
// 全乡镇 is every township (a town's plan writes it of itself, a county's of its towns): no 全乡.
// 全州 is an autonomous prefecture's whole (全州人口…): not the 全 of 健全/安全/完全 before a
// prefecture's 州级 body, nor the county 全州县 of Guangxi.
const WHOLE = /全(国|省|市|区|县|镇|乡(?!镇))|(?<![健安完齐周保成两])全州(?![县市级])/g;

// Words made of level names alone (乡镇计生工作计划, 县区卫生工作, 城乡…) speak of a kind of unit,
// not of a place: a title that opens with one names no place.
const LEVEL_WORDS = /^(?:[省市区县镇乡村]{2,3}|城[乡镇区])$/;
// A title that opens with a verb of doing (推进健康城乡共建) or names the 健康城乡 campaign has no
// place before its level word: 推进健康城乡 is a fragment of a phrase, not a township.
const NOT_A_NAME = /^(?:推进|开展|加强|深化|促进|深入)|健康城乡$/;
// A common noun for a kind of area that ends in 区 (社区, 辖区, 园区, 校区) opening a title
// (社区…工作计划) names the kind of body whose plan it is, not a place: the page's own word for its
// area (本社区, 辖区内) is asked first, and the noun is the word only when there is none.
const AREA_NOUN =
  /^(?:社区|小区|辖区|园区|景区|校区|片区|街区|城区|郊区|山区|牧区|林区|矿区|库区|灾区|病区|疫区)$/;

/** The page's own word for its region (a place, 全X, 我X, 辖区, 本院), or null. */
export function regionOf(title: string | null, body: string): string | null {
  // A site's tag in Latin letters before the title (VIP 2024年某县…) is no part of it.
  const t = (title ?? '').replace(/^\s*(?:[A-Za-z]{2,8}\s+)?(?:(?:19|20)\d{2}\s*年?度?)/, '');
  const named = PLACE.exec(t);
  if (
    named &&
    !named[1]!.startsWith('全') &&
    !LEVEL_WORDS.test(named[1]!) &&
    !NOT_A_NAME.test(named[1]!) &&
    !AREA_NOUN.test(named[1]!)
  )
    return named[1]!;
  if (/^国家|^全国/.test(t)) return '全国';
  const whole = /全(国|省|市|区|县|镇|乡)/.exec(t)?.[1];
  const issuer = findIssuer(body, whole);
  if (issuer) return issuer;
  if (whole) return whole === '国' ? '全国' : `全${whole}`;
  const committee = OWN_COMMITTEE.exec(t)?.[1];
  if (committee) return committee;
  // 我县加快推进…工作: a news page with no plan title whose headline calls the place 我县 is that
  // county's, whatever higher whole its body quotes more often (全省…计划 it carries out).
  const headSelf = t ? null : headlineSelf(body);
  if (headSelf) return headSelf;
  const commonest = mostFrequentWhole(body);
  return (
    (commonest && lowerSelf(body, commonest)) ??
    commonest ??
    citedLocality(body) ??
    selfReference(body) ??
    signedUnits(body.slice(0, 3000)) ??
    officeLevel(body) ??
    ownArea(body) ??
    ownInstitution(body) ??
    fittedOwnWord(body.slice(0, 3000)) ??
    nationalByDefault(body) ??
    unitLevel(body.slice(0, 3000)) ??
    withinLevel(body.slice(0, 3000)) ??
    townAndCountry(body.slice(0, 3000)) ??
    titleAreaNoun(t) ??
    titleHospital(t || body.slice(0, 60).trimStart().split('\n', 1)[0]!)
  );
}

// 镇党委、政府研究决定…,实行全县“一盘棋”征收: a town's plan names its county's whole once, for the
// arrangements it follows; the level the page calls itself by (我镇, 本乡), lower than that whole's, is
// its own word.
const LEVEL_RANK: Readonly<Record<string, number>> = { 镇: 0, 乡: 0, 县: 1, 区: 1, 市: 2, 省: 3 };

/** The page's `我X` when it is of a level below `whole` and `whole` is written once; else null. */
function lowerSelf(body: string, whole: string): string | null {
  const at = body.indexOf(whole);
  if (at < 0 || body.indexOf(whole, at + whole.length) >= 0) return null;
  const rank = LEVEL_RANK[whole.slice(-1)];
  const self = rank ? selfReference(body) : null;
  const own = self === null ? undefined : LEVEL_RANK[self.slice(-1)];
  return own !== undefined && own < rank! ? self : null;
}

// A headline: the page's first line, short and with no stop inside, that calls the place 我X.
const HEADLINE_SELF =
  /^[^。！？!?\n]{0,12}?我(县|区|市)(?![级属委直内外民场域份])[^。！？!?\n]{0,30}$/;

/** The whole (全X) of the 我X a news page's headline (its first line) writes, or null. */
function headlineSelf(body: string): string | null {
  const at = body.search(/\S/);
  if (at < 0 || body.charAt(at) === '#') return null;
  const end = body.indexOf('\n', at);
  const line = body.slice(at, end < 0 ? at + 50 : end).trim();
  if (!line.includes('我')) return null;
  const m = HEADLINE_SELF.exec(line);
  return m ? `全${m[1]}` : null;
}

/** The kind of area a title opens with (社区…工作计划 → 社区), the page's word when it has no other. */
function titleAreaNoun(title: string): string | null {
  const named = PLACE.exec(title)?.[1];
  return named && AREA_NOUN.test(named) ? named : null;
}

// A village's or neighbourhood's rules a template site offers for any one (“村委…考核办法”): no place
// is named, and the title opens with the committee the rules bind, the page's own word for its unit.
const OWN_COMMITTEE = /^[\s"“'‘「《]*(村委会|村委|村民委员会|居委会|居民委员会)/;

/**
 * A page that names no place and no level but says where it applies as 辖区内 or 本辖区 (a programme
 * for whoever adopts it), or a community's plan as 本社区: its own word, not the country of a
 * national plan it cites.
 */
function ownArea(body: string): string | null {
  const m = /本辖区|辖区内|本社区/.exec(body.slice(0, 3000));
  return m ? (m[0] === '辖区内' ? '辖区' : m[0]) : null;
}

// A hospital's, centre's or school's own plan that names no place speaks of itself as 本院/我院/
// 我中心/我校: its aims bind the institution, not the country of the national plans it cites
// (本院士, 我院校, 本校友 are other words).
const OWN_INSTITUTION = /[我本](?:院|中心|校)(?![士系校友区])/;

function ownInstitution(body: string): string | null {
  const own = OWN_INSTITUTION.exec(body.slice(0, 3000))?.[0] ?? null;
  // 我院 and 本院 are one hospital's word for itself; the golds write it 本院 throughout.
  return own === '我院' ? '本院' : own;
}

// 医院科室目标责任书, 某医院护理部工作计划: a title that opens with a hospital (or a health centre) and
// names no place is that institution's own paper, binding it (本院), when the body calls itself nothing;
// a page with no plan title is read by its first line, its headline. A hospital named by its place's
// level word (某某市医院, 某乡卫生院) names that place, though the gazetteer may lack it (a city since
// merged into another): its page is the place's, not the hospital's own paper.
const TITLE_HOSPITAL =
  /^[\s"“《]*(?:[\u4e00-\u9fff]{0,4}(?<![省市县区州旗乡镇])(?:医院|卫生院))(?![\u4e00-\u9fff]{0,2}(?:改革|建设|管理办法))/;

/** 本院 for a title opening with a hospital that names no place; else null. */
function titleHospital(title: string): string | null {
  return title.includes('院') && TITLE_HOSPITAL.test(title) ? '本院' : null;
}

// An office named by its level alone (承办部门:市人社局, 县卫生局): the plan is that level's. A name a
// copy blanked (××区卫生局, XX县卫生局) is a named office still, of a place the page may lie under:
// the blank's marks stand before the level. A word that hands the office its part (由市卫健委牵头,
// 明确市卫生健康委…为中枢) may stand right before it: no place name ends in one.
const LEVEL_OFFICE =
  /(?:^|[^\u4e00-\u9fff×xX*＊_]|由|明确)(省|市|区|县)(?:卫生|卫健|卫计|人社|医保|财政|民政|教育|发改|疾控)[\u4e00-\u9fff]{0,6}?(?:局|委|厅)/m;

// A government that sets up or dissolves offices of its own (组建市政府博览局, 撤销县政府…办公室): only
// the government of that level reorganises them, so its report is that level's.
const OWN_OFFICES =
  /(?:组建|撤销|撤并|设立|成立)(省|市|区|县)政府[\u4e00-\u9fff]{1,10}?(?:局|委员会|办公室|办)/;

function officeLevel(body: string): string | null {
  const head = body.slice(0, 3000);
  const m = LEVEL_OFFICE.exec(head) ?? OWN_OFFICES.exec(head);
  return m ? `全${m[1]}` : null;
}

/**
 * A five-year plan's text (十二五, 十四五), or a page that says 我国, that names no place, no 全X/我X
 * and no local office is the country's: only a national plan needs no word for where it applies.
 */
function nationalByDefault(body: string): string | null {
  const head = body.slice(0, 3000);
  // A page that speaks only of 我国 (a plan template, a national programme's news) is the country's too.
  const national =
    FIVE_YEAR_PLAN.test(head) ||
    NATIONAL_PROGRAMME.test(head.slice(0, 200)) ||
    MINISTRY_IN_CHARGE.test(head.slice(0, 600)) ||
    head.includes('我国') ||
    spreadOverProvinces(head);
  return national && !/[全我本各](?:省|市|区|县|镇|乡)/.test(withoutProvinceLists(head))
    ? '全国'
    : null;
}
// So is a standard of a national programme that opens by naming it (国家基本公共卫生服务项目考核…).
const NATIONAL_PROGRAMME = /国家[\u4e00-\u9fff]{0,10}?(?:项目|规范|标准)/;

const TITLE_STOP =
  /^(?:关于|中共|中华|国务院|国家|全国|人口|卫生|计划|计生|医疗|健康|中国|进一步|加强|深化|推进|实施|我国|我省|我市|我区|我县|我镇)/;

/** The locality that the part's own documents start with: 《塘沽人口计生…》, 《塘沽集中整治…》. */
function citedLocality(body: string): string | null {
  const counts = new Map<string, number>();
  // A document site's header names the page's own file twice (《X.docx》…《X.docx(2页)》): one
  // document, however often its title is written, so each title counts once.
  const seen = new Set<string>();
  for (const m of body.matchAll(/《([\u4e00-\u9fff]{4,})/g)) {
    const title = m[1]!;
    if (seen.has(title)) continue;
    seen.add(title);
    if (TITLE_STOP.test(title) || /^[\u4e00-\u9fff]{1,6}?[省市]/.test(title.slice(0, 4))) continue;
    for (let n = 2; n <= 3; n++)
      counts.set(title.slice(0, n), (counts.get(title.slice(0, n)) ?? 0) + 1);
  }
  let best: string | null = null;
  let bestCount = 1;
  for (const [prefix, c] of counts) {
    if (c > bestCount || (c === bestCount && best !== null && prefix.length > best.length))
      [best, bestCount] = [prefix, c];
  }
  return best !== null && body.includes(`${best}人口`)
    ? best
    : best && bestCount >= 2
      ? best
      : null;
}

/**
 * `我区`, `我镇`, `本市`: the part names itself only by level, so its region is 全区, 全镇, 全市
 * (not 本市民, 本县级, 本市场, or 本区域 — "this area", the word 区域, which names no level — nor
 * 本省份, each province in turn of a text that binds many).
 */
function selfReference(body: string): string | null {
  const counts = new Map<string, number>();
  for (const m of body.matchAll(/[我本](?:省|市|区|县|镇|乡)(?![级属委直内外民场域份])/g))
    counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  let best: string | null = null;
  for (const [word, n] of counts) if (best === null || n > counts.get(best)!) best = word;
  return best;
}

/**
 * The place of the issuing body on a line of its own (某某市卫生健康委员会, 某某区人民政府); with a
 * level, the first at that level, else null.
 */
export function findIssuer(body: string, level: string | undefined): string | null {
  let first: string | null = null;
  const lines = body.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    // (A line too short even with its spaces, or too long without any, is passed over unread.)
    if (raw.length < 4) continue;
    const spaced = /\s/.test(raw);
    if (!spaced && raw.length > 30) continue;
    const line = spaced ? raw.replace(/\s+/g, '') : raw;
    if (line.length < 4 || line.length > 30) continue;
    const m = ISSUER.exec(line);
    if (!m) continue;
    // A row's label in a table (标准化社区卫生服务中心 over | 40 | 100): the body counted, no issuer.
    if (isRowLabel(lines, i)) continue;
    const place = m[1]!;
    if (!level || place.endsWith(level)) return place;
    first ??= place;
  }
  return level ? null : first;
}

// A line between cells of a table (| 40 above or below it) labels a row: a body that is counted
// or rated there (某某社区卫生服务中心 | 12), not the one that issues the page.
function isRowLabel(lines: readonly string[], i: number): boolean {
  return nearCell(lines, i, -1) || nearCell(lines, i, 1);
}

function nearCell(lines: readonly string[], i: number, step: number): boolean {
  for (let j = i + step, n = 0; j >= 0 && j < lines.length && n < 3; j += step, n++) {
    const line = lines[j]!.trimStart();
    if (line) return line.startsWith('|');
  }
  return false;
}

// A 全X that opens a plan's name (“十四五”全国眼健康规划) names that plan, not where this page applies.
const OPENS_PLAN_NAME = /^[\u4e00-\u9fff]{0,12}?(?:规划|纲要)/;
// Nor does a 全国 that opens a national meeting's name (在全国卫生与健康大会上): the meeting is the
// nation's, the page's own whole is what it writes besides.
const OPENS_MEETING_NAME = /^[\u4e00-\u9fff]{0,10}?(?:大会|会议)/;

const MEASURED_AGAINST = /^(?:的)?平均(?:水平|值|数)/;
const COMPARED_WITH = /(?:达到|达|高于|低于|超过|优于|好于|不低于|不高于|符合)$/;
// 按照全省的安排部署,我市…: a whole whose arrangements the page follows is the level above it.
const DIRECTED_BY = /(?:按照|根据|依照|遵照)$/;
const DIRECTIONS = /^的?(?:统一)?(?:安排|部署|要求|规定)/;

function mostFrequentWhole(body: string): string | null {
  const counts = new Map<string, number>();
  for (const m of body.matchAll(WHOLE)) {
    const after = body.slice(m.index + m[0].length, m.index + m[0].length + 14);
    if (OPENS_PLAN_NAME.test(after) || isProvinceKinds(after)) continue;
    if (m[0] === '全国' && OPENS_MEETING_NAME.test(after)) continue;
    // 第十个“全国爱眼日”: a quoted name a 全国 opens is an occasion or a title (whole-ranks.ts).
    if (m[0] === '全国' && m.index > 0 && '“"‘'.includes(body[m.index - 1]!)) continue;
    // 达到或超过全省平均水平, 全国第一 (whole-ranks.ts): the whole a figure is measured against is
    // not the page's own; nor is
    // one whose norm a page aims to meet (达到全国…规范要求, 高于全省标准).
    if (MEASURED_AGAINST.test(after) || RANK_AFTER_WHOLE.test(after)) continue;
    if (COMPARED_WITH.test(body.slice(Math.max(0, m.index - 3), m.index))) continue;
    if (DIRECTED_BY.test(body.slice(Math.max(0, m.index - 2), m.index)) && DIRECTIONS.test(after))
      continue;
    counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  }
  // | 区卫生健康局 |: a list's lead offices vote for their level's whole, where the page writes it.
  for (const [whole, n] of officeCellVotes(body))
    if (counts.has(whole)) counts.set(whole, counts.get(whole)! + n);
  return commonestWhole(counts, () => selfReference(body));
}
