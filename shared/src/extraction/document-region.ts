import {
  autonomousPlainName,
  type Gazetteer,
  type GazetteerUnit,
  type PlaceHit,
} from '../regions/gazetteer';
import { findGroups } from '../regions/region-groups';
import { inPublisherName, withoutDatelines } from './mastheads';
import { asidePlaces } from './example-places';
import { inPersonName } from './person-names';
import { ownDistrict } from './own-district';
import { NATION_NOT_RANKED } from './whole-ranks';

// A document's own region, read with the gazetteer: the place its title names, else its issuing
// body, else the place its opening keeps naming; a plan issued or cited at national level
// (国务院, a ministry, 《健康中国…》) is 全国. The rules without a gazetteer live in header.ts.

/** A resolved place: the name as the region field carries it, and its code when unambiguous. */
export interface Place {
  name: string;
  code: string | null;
}

export const NATION: Place = { name: '全国', code: '000000' };

// Bodies whose plans bind the whole country, when they issue, publish or organise. The State
// Council's ministries are 部 (教育部, 民政部); a province's are 厅, a city's 局, so a ministry by
// its name alone is national (教育部等十七部门联合印发…).
const MINISTRIES =
  '(?:教育|民政|财政|公安|司法|人力资源和?社会保障|生态环境|住房和?城乡建设|农业农村|商务|文化和旅游|工业和信息化|科学技术|科技|交通运输|水利|应急管理)部';
const NATIONAL_BODIES = `(?:国务院|中共中央|全国人大|国家卫生健康委|国家卫健委|国家卫生计生委|国家卫计委|国家卫生和计划生育委员会|国家中医药管理局|国家医保局|国家医疗保障局|国家疾控局|国家疾病预防控制局|国家发展改革委|国家体育总局|国家市场监管总局|全国爱卫办|卫生部|${MINISTRIES})`;
// The body may head a list of co-issuers (教育部、最高人民检察院、中央宣传部…等十七部门联合印发).
const NATIONAL_BODY = new RegExp(
  `${NATIONAL_BODIES}(?:、[\\u4e00-\\u9fff]{2,12}){0,12}?[\\u4e00-\\u9fff、\\d]{0,12}?(?:印发|发布|公布|出台|制定|组织|部署|提出|召开|联合|签订|签署)`,
);
// An official of such a body telling the country's aims (国家卫生健康委妇幼健康司司长…在发布会上表示,
// 到2025年…): a news page naming no place reports national targets.
const NATIONAL_SPEAKER = new RegExp(
  `${NATIONAL_BODIES}[^。\\n]{0,30}?(?:表示|介绍|指出|透露|宣布)`,
);
// A task list that names the ministry answering for each task (…。(卫生部负责), (发展改革委、财政部
// 负责)) is the State Council's: a province's or a city's names its 厅 or 局, with its level's
// prefix (省卫生厅, 市卫生局).
export const MINISTRY_IN_CHARGE =
  /[(（](?![^()（）\n]*[省市县区州])[^()（）\n]{0,30}(?:部|发展改革委|卫生计生委|卫生健康委)(?:等)?(?:牵头)?负责[)）]/;
// 是建设健康中国的战略主题, 全面推进健康中国建设: a page that names no place of its own and speaks of
// building the country's health as its work (a flattened copy of the national outline, a national
// paper's comment) is the country's; a local plan that says so names its place or its 我市 first.
// One that carries out what was said of it (落实…关于健康中国建设重要论述) only cites the programme.
const BUILDS_HEALTHY_CHINA = /(?<!关于|落实|贯彻)(?:建设健康中国|健康中国建设)/;
// A plan cited by name that is national by its own title: 《“健康中国2030”规划纲要》, 《中国妇女发展纲要》.
const NATIONAL_TITLE = /《[“"]?(?:健康中国|中国|全国|国家|中华人民共和国|国民)/;
// The zones a city sets up under its own name (常德经济技术开发区, 某某高新区, 某某旅游度假区).
const CITY_ZONE_AFTER =
  /^(?:经济技术开发区|经济开发区|高新技术产业开发区|高新区|经开区|工业园区|旅游度假区|保税区|综合保税区)/;
const WHOLE_LEVEL = /(?:全|我|本)(省|市|区|县|镇|乡(?!镇))(?![级属委直内外份])/g;

// A name several units share keeps the form the text writes (巴州, not the first unit's full name):
// which unit it is, only the page can say (resolvedWritten).
const toPlace = (hit: PlaceHit, text: string): Place =>
  hit.ambiguous
    ? { name: text.slice(hit.start, hit.end), code: null }
    : { name: hit.unit.name, code: hit.unit.code };

/**
 * The place under the name the document writes when that is the unit's name before a change of
 * level (GB/T 2260 renames counties into cities: a 2018 plan's 兴仁县 is today's 兴仁市). The
 * schema's region is the jurisdiction as the document names it; the code stays the unit's. An
 * autonomous county written by its stem and plain kind keeps that name (保亭县).
 */
export function asWritten(place: Place | null, text: string): Place | null {
  if (!place || place.name.length < 3 || text.includes(place.name)) return place;
  const plain = autonomousPlainName(place.name);
  if (plain) return text.includes(plain) ? { name: plain, code: place.code } : place;
  const stem = place.name.slice(0, -1);
  if (!/[市县区旗]$/.test(place.name)) return place;
  const m = new RegExp(`${stem}([市县区旗])`).exec(text);
  return m ? { name: stem + m[1], code: place.code } : place;
}

/**
 * Places in `s` outside book titles `《…》` (a cited law's or another body's plan is not a place)
 * and outside publishers' and people's names (中国西藏网, 司长王海东), upload notes and examples.
 */
function placesOutsideTitles(s: string, gazetteer: Gazetteer): PlaceHit[] {
  const found = gazetteer.find(s);
  const aside = asidePlaces(s, found);
  const hits = found.filter(
    (h, i) => !aside.has(i) && !inPublisherName(s, h.end) && !inPersonName(s, h.start, h.end),
  );
  if (!s.includes('《')) return hits;
  // The title marks' depth at each hit's start (hits come in order): only the marks are read,
  // found by search, not every character.
  let depth = 0;
  let open = s.indexOf('《');
  let close = s.indexOf('》');
  return hits.filter((h) => {
    while ((open >= 0 && open < h.start) || (close >= 0 && close < h.start)) {
      if (close < 0 || (open >= 0 && open < close)) {
        depth++;
        open = s.indexOf('《', open + 1);
      } else {
        depth = Math.max(0, depth - 1);
        close = s.indexOf('》', close + 1);
      }
    }
    const c = s.charCodeAt(h.start);
    return !(depth > 0 && c !== 0x300a && c !== 0x300b);
  });
}

// The mark a headline's tag of its province ends with (黑龙江:, 河南·).
const TAG_MARK = /[:：·・]/;

/**
 * The region a title names: its first place (the last of a chain written with its parents,
 * 济宁市任城区 → 任城区), or 全国 for a national plan.
 */
export function titlePlace(title: string, gazetteer: Gazetteer): Place | null {
  const hits = placesOutsideTitles(title, gazetteer);
  let hit = hits[0];
  for (let i = 1; hit && i < hits.length; i++) {
    const next = hits[i]!;
    // 黑龙江:哈尔滨市将建…, 河南·郑州…: a news headline tags its item with the province, a colon or
    // a dot after it; the place after the tag is the item's, as if written on (黑龙江哈尔滨市).
    if (next.start !== hit.end && !(next.start === hit.end + 1 && TAG_MARK.test(title[hit.end]!)))
      break;
    // A name several units share (市中区, 朝阳区) written after its parent (枣庄市市中区) is the
    // one unit of that name the parent holds.
    const unit = next.ambiguous
      ? onlyUnitUnder(title.slice(next.start, next.end), hit.unit.code, gazetteer)
      : next.unit;
    if (!unit || !isAncestor(hit.unit.code, unit.code, gazetteer)) break;
    hit = { ...next, unit, ambiguous: false };
  }
  if (hit) return toPlace(hit, title);
  // A national plan's title: 国家/全国… first, or a national programme anywhere (健康中国行动); not
  // a headline's rank within the nation (…出生率全国第一: whole-ranks.ts).
  if (
    /^(?:国家|中国|国务院|中华人民共和国)|健康中国|国民/.test(title) ||
    NATION_NOT_RANKED.test(title)
  )
    return NATION;
  return null;
}

/** The issuing body's place (`武汉市卫生健康委员会` → 武汉市), resolved to its official name. */
export function issuerPlace(place: string, gazetteer: Gazetteer): Place {
  const hit = gazetteer.lookup(place);
  if (hit) return toPlace(hit, place);
  // A body named with its parents (成都市锦江区卫生健康局) is the last unit's, when each
  // place before it is one of its ancestors.
  const hits = gazetteer.find(place);
  const last = hits.at(-1);
  if (
    last &&
    hits.length > 1 &&
    last.end === place.length &&
    hits.slice(0, -1).every((h) => isAncestor(h.unit.code, last.unit.code, gazetteer))
  )
    return toPlace(last, place);
  return { name: place, code: null };
}

/**
 * The code of a name several units share (巴州, 朝阳区) on a page that names, besides it, an
 * ancestor of just one of them (新疆 → 巴音郭楞蒙古自治州; 北京 → 北京市's 朝阳区); else null.
 */
export function resolvedWritten(place: Place, head: string, gazetteer: Gazetteer): Place {
  if (place.code) return place;
  const candidates = gazetteer.unitsNamed(place.name);
  if (candidates.length < 2) return place;
  const named = new Set(
    gazetteer
      .find(head)
      .filter((h) => !h.ambiguous)
      .map((h) => h.unit.code),
  );
  const fits = candidates.filter((u) => [...named].some((c) => isAncestor(c, u.code, gazetteer)));
  return fits.length === 1 ? { name: place.name, code: fits[0]!.code } : place;
}

/** The one unit named `name` that unit `code` holds, or null. */
function onlyUnitUnder(name: string, code: string, gazetteer: Gazetteer): GazetteerUnit | null {
  const under = gazetteer.unitsNamed(name).filter((u) => isAncestor(code, u.code, gazetteer));
  return under.length === 1 ? under[0]! : null;
}

/** Whether unit `code` holds unit `of` (GB/T 2260 parents through the gazetteer). */
export function isAncestor(code: string, of: string, gazetteer: Gazetteer): boolean {
  for (let u = gazetteer.byCode(of); u?.parentCode; u = gazetteer.byCode(u.parentCode))
    if (u.parentCode === code) return true;
  return false;
}

// A news dateline names where the story was filed (新华社北京4月3日电: a national story filed in
// Beijing; mastheads.ts), and the furniture after an article (责任编辑, 相关新闻) lists other
// stories' places.
const PAGE_FURNITURE = /责任编辑|责编|相关新闻|相关阅读|相关文章|版权所有|【纠错】/;

/** The head without datelines' places and without what follows the article. */
function newsHead(head: string): string {
  const end = head.search(PAGE_FURNITURE);
  return withoutDatelines(end > 0 ? head.slice(0, end) : head);
}

/**
 * The region the opening of a body makes plain: the place it names most (twice at least, or
 * once in its lead sentence), at the level of the `全X/我X` words it uses; else 全国 when a
 * national body issues it or a national plan is its subject.
 */
export function leadPlace(body: string, gazetteer: Gazetteer, selfLevel?: string): Place | null {
  const head = newsHead(body.slice(0, 1500));
  // An ASCII ! or ? ends a sentence only after words (a page may open with a Markdown ![image]).
  const leadEnd = head.search(/[。！？]|(?<=[\u4e00-\u9fff])[!?]/);
  const lead = leadEnd >= 0 ? head.slice(0, leadEnd) : head.slice(0, 300);
  const fitted = fittedPlace(head, gazetteer);
  if (fitted) return fitted;
  const levels = new Map<string, number>();
  for (const m of head.matchAll(WHOLE_LEVEL)) levels.set(m[1]!, (levels.get(m[1]!) ?? 0) + 1);
  const counts = new Map<string, { hit: PlaceHit; n: number; first: number }>();
  const hits = placesOutsideTitles(head, gazetteer);
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i]!;
    // 主要分布在云南、贵州、广西等省: a place among others in a list is one of several the page
    // speaks of, not its own.
    // 各区县市、常德经济技术开发区、…: a city's name opening one of its zones' names is the city
    // the listed zones belong to, not a peer in a list.
    const zone = CITY_ZONE_AFTER.test(head.slice(h.end, h.end + 14));
    if (!zone && (head[h.start - 1] === '、' || head[h.end] === '、')) continue;
    // 北京海淀区: a place written before one of its own units only says where that unit is.
    const next = hits[i + 1];
    if (next && next.start === h.end && isAncestor(h.unit.code, next.unit.code, gazetteer))
      continue;
    const c = counts.get(h.unit.code);
    if (c) c.n++;
    else counts.set(h.unit.code, { hit: h, n: 1, first: h.start });
  }
  let best: { hit: PlaceHit; n: number; first: number } | null = null;
  for (const c of counts.values()) {
    if (c.n < 2 && c.first >= lead.length) continue;
    // The level as the page writes it (兴仁县 for today's 兴仁市); a short form's is its unit's.
    const written = head.slice(c.hit.start, c.hit.end);
    const name = /[省市区县]$/.test(written) ? written : c.hit.unit.name;
    // A county plan that names its province once is still the county's.
    if (levels.size > 0 && ![...levels.keys()].some((l) => name.endsWith(l))) continue;
    if (!best || c.n > best.n || (c.n === best.n && c.first < best.first)) best = c;
  }
  if (best) return toPlace(best.hit, head);
  const own = selfLevel ? ownLevelPlace(head, gazetteer, selfLevel) : null;
  if (own) return own;
  const numbered = docNumberPlace(head, gazetteer);
  if (numbered) return numbered;
  const only = onlyPlace(head, gazetteer);
  if (only) return only;
  // A plan that calls itself 我区/我县, or whose own words bind 全区/全县, is not the country's,
  // whatever national plan or State Council notice it cites (《国务院关于…全国…》 is the notice's).
  if (/[我全](?:省|市|区|县|镇|乡)/.test(head.replace(/《[^》\n]*》/g, ''))) return null;
  // Nor is one fitted to its own area by a word that names no place (结合区域实际, 结合我校实际).
  if (fittedOwnWord(head)) return null;
  const opening = head.slice(0, 600);
  // A lead that speaks of 我国 (我国是世界上老年人口最多的国家) on a page naming no place is the country's.
  if (
    NATIONAL_BODY.test(opening) ||
    NATIONAL_SPEAKER.test(opening) ||
    NATIONAL_TITLE.test(lead) ||
    lead.includes('我国') ||
    BUILDS_HEALTHY_CHINA.test(head)
  )
    return NATION;
  // A notice addressed to the provinces (各省、自治区、直辖市卫生厅局:) comes from the centre.
  if (/各省、自治区、直辖市[^\n:：。]{0,20}[:：]/.test(head.slice(0, 600))) return NATION;
  if (MINISTRY_IN_CHARGE.test(opening)) return NATION;
  if (citesOnlyNationalPlans(head, gazetteer)) return NATION;
  // Last, so a national plan that speaks of 京津冀 or 长三角 stays national.
  return groupPlace(head, lead.length);
}

/**
 * A group of divisions (苏南, 珠三角) the opening names in its lead or twice, on a page where no
 * division stands out: the group is the page's area, by name, with no code.
 */
function groupPlace(head: string, leadLength: number): Place | null {
  const found = findGroups(head.replace(/《[^》\n]*》/g, (t) => ' '.repeat(t.length)));
  const first = found[0];
  if (!first || found.some((f) => f.group !== first.group)) return null;
  return first.start < leadLength || found.length >= 2
    ? { name: first.group.name, code: null }
    : null;
}

// A scheme that names no place and no level of its own, drafted 根据《中国…纲要》、《全国…规划》, is a
// national scheme (a ministry's, reposted without its issuer): a local one cites its own level's
// plans too (《某省…规划》), or says 全省/我县.
const CITED_TITLE = /《[“"]?([^《》\n]{2,60})》/g;
const NATIONAL_NAME = /^[“"]?(?:健康中国|中国|全国|国家|中华人民共和国|国务院)/;

/** Whether `head` cites two plans at least and every one is national by its name. */
function citesOnlyNationalPlans(head: string, gazetteer: Gazetteer): boolean {
  // 本市, 辖区: a local page's own word (read later as its region) though it names no place.
  if (/本(?:省|市|区|县)|辖区/.test(head)) return false;
  let national = 0;
  for (const m of head.matchAll(CITED_TITLE)) {
    const title = m[1]!;
    if (gazetteer.find(title).length > 0) return false;
    if (NATIONAL_NAME.test(title)) national++;
  }
  return national >= 2;
}

/**
 * The place a plan says it is fitted to (`结合资阳区实际,制定本方案`, `结合上海的实际`): its own,
 * above the higher levels whose documents it cites. Null unless one unit is so named.
 */
function fittedPlace(head: string, gazetteer: Gazetteer): Place | null {
  if (!head.includes('实际')) return null;
  const units = new Map<string, PlaceHit>();
  for (const h of placesOutsideTitles(head, gazetteer)) {
    if (head.slice(h.start - 2, h.start) !== '结合') continue;
    if (!/^(?:的)?(?:[\u4e00-\u9fff]{0,2}?工作)?实际/.test(head.slice(h.end, h.end + 6))) continue;
    units.set(h.unit.code, h);
  }
  const only = units.size === 1 ? [...units.values()][0]! : null;
  return only && !only.ambiguous ? toPlace(only, head) : null;
}

// 结合区域实际, 结合我校实际学情, 结合区域人口结构: a plan fitted to an area it names by no place
// (a template, a school's plan) binds that area, in its own word, not the country whose plans it
// cites. 区域医疗中心 and the like are terms, not the page's area: a word of fitting must follow,
// after at most the field it fits (结合区域卫生健康事业发展实际: a field of up to ten characters).
// 本地 is left out: 各地要结合本地实际 is a higher level's word to those below.
const FITTED_OWN_WORD =
  /结合(区域|我校|本校|本单位|我单位)(?:的)?[\u4e00-\u9fff]{0,10}?(?:实际|特点|情况|人口)/g;
// Others fitting themselves (各地要结合…, 地方层面也结合…) are not the page.
const OTHERS_BEFORE = /(?:各|地方|也|均|都)[^。！？\n]{0,12}$/;

/** The word a page that names no place uses for the area it fits itself to (or 本地区), or null. */
export function fittedOwnWord(head: string): string | null {
  for (const m of head.matchAll(FITTED_OWN_WORD))
    if (!OTHERS_BEFORE.test(head.slice(Math.max(0, m.index - 12), m.index))) return m[1]!;
  return ownDistrict(head);
}

/**
 * The place that names a five-year plan of its own (宝应县“十四五”卫生健康主要发展指标, 某市十三五规划)
 * on a page that names no other place: the plan is that place's, even where its name stands only
 * in a table's heading at the page's end.
 */
export function planNamePlace(head: string, gazetteer: Gazetteer): Place | null {
  const hits = placesOutsideTitles(head, gazetteer);
  const own = hits.find((h) => /^[“"]?十[一二三四五六七八九]五/.test(head.slice(h.end, h.end + 4)));
  if (!own || hits.some((h) => h.ambiguous || h.unit.code !== own.unit.code)) return null;
  return toPlace(own, head);
}

/**
 * The one unit a page names at all, however often, when its own word for where it applies is only
 * 辖区 (向辖区内的单位购买服务): a jurisdiction's word with no level, which the page's one place
 * fills (某市街道…将达到90%). Null when it names none, several, or a name units share.
 */
export function soleNamedPlace(head: string, gazetteer: Gazetteer): Place | null {
  const hits = placesOutsideTitles(head, gazetteer);
  if (hits.length === 0 || hits.some((h) => h.ambiguous || h.unit.code !== hits[0]!.unit.code))
    return null;
  return toPlace(hits[0]!, head);
}

// The units a page's own word can stand for, by the level it names: 全市/我市 is a city of any rank
// (a province-level 重庆市, a prefecture, a county-level 昆山市), 我区 a district or an autonomous
// region, 全县 a county or a banner.
const WORD_UNIT: Readonly<Record<string, RegExp>> = {
  省: /省$/,
  市: /市$/,
  区: /区$/,
  县: /[县旗]$/,
};

/**
 * The one unit a page of 全市/我县/全省 names anywhere, the titles of the documents it cites
 * included (贯彻《关于印发某某市…方案》 on a page that is otherwise only 全市), when that unit is of the
 * level the page's word speaks of: a city's page that names no other place is that city's. Null
 * when it names none, several, a name units share, or a unit of another level.
 */
export function soleUnitOfWord(body: string, word: string, gazetteer: Gazetteer): Place | null {
  const level = /^[全我本](省|市|区|县)$/.exec(word)?.[1];
  if (!level) return null;
  const text = body.slice(0, 20000);
  const hits = gazetteer
    .find(text)
    .filter((h) => !inPublisherName(text, h.end) && !inPersonName(text, h.start, h.end));
  const first = hits[0];
  if (!first || hits.some((h) => h.ambiguous || h.unit.code !== first.unit.code)) return null;
  return WORD_UNIT[level]!.test(first.unit.name) ? toPlace(first, text) : null;
}

/**
 * The one place an opening names at all, in its own words at least once and three times counting
 * the titles of its plans (天津市妇幼卫生工作将…, under 《天津市妇女发展规划》 and
 * 《天津市儿童发展规划》): a page that speaks of no other place is that place's.
 */
function onlyPlace(head: string, gazetteer: Gazetteer): Place | null {
  const all = gazetteer.find(head);
  if (all.length < 3 || all.some((h) => h.ambiguous || h.unit.code !== all[0]!.unit.code))
    return null;
  const own = placesOutsideTitles(head, gazetteer);
  return own.length > 0 ? toPlace(own[0]!, head) : null;
}

// 我市制定了《某市…实施方案》: the plan the page's own place says it drew up opens with that place,
// which once is enough (a plan cited as another body's, 根据《某省…》, is not the page's own).
const OWN_DRAFT =
  /[我本](?:省|市|区|县)[^。！？!?；;\n《]{0,8}?(?:制定|印发|出台|编制|发布|起草)(?:了|出)?《[“"]?$/;

/**
 * The one place at the plan's own level (全省 in the title, 我区 in the text) that the opening
 * names twice, counting the titles of documents it is to draft (《河南省…规划》), or once as the
 * title of the plan its own word says it drew up: a province's plan names its province, a
 * county's plan cites its city's documents at another level.
 */
function ownLevelPlace(head: string, gazetteer: Gazetteer, level: string): Place | null {
  const units = new Map<string, { hit: PlaceHit; n: number }>();
  for (const h of gazetteer.find(head)) {
    if (!h.unit.name.endsWith(level) || h.ambiguous) continue;
    const c = units.get(h.unit.code);
    if (c) c.n++;
    else units.set(h.unit.code, { hit: h, n: 1 });
  }
  if (units.size !== 1) return null;
  const only = [...units.values()][0]!;
  if (only.n >= 2) return toPlace(only.hit, head);
  const at = only.hit.start;
  return OWN_DRAFT.test(head.slice(Math.max(0, at - 20), at)) ? toPlace(only.hit, head) : null;
}

/**
 * A county-level place a title names by its stem where plans put it (健康鲅鱼圈行动, 健康X2030):
 * the one unit of the plan's own level (区 for a plan that says 我区) with that stem.
 */
export function titleStemPlace(title: string, level: string, gazetteer: Gazetteer): Place | null {
  // 打造“健康某山”: the stem may also close a quoted slogan.
  const m = /健康([\u4e00-\u9fff]{2,5}?)(?:行动|建设|城市|(?:19|20)\d{2}|[”"])/.exec(title);
  if (!m) return null;
  const found = gazetteer.countiesByStem(m[1]!).filter((u) => u.name.endsWith(level));
  return found.length === 1 ? { name: found[0]!.name, code: found[0]!.code } : null;
}

// GB/T 2260 province codes of the one-character abbreviations document numbers use (川卫发〔…〕).
const PROVINCE_ABBREVIATION: Record<string, string> = {
  京: '110000',
  津: '120000',
  冀: '130000',
  晋: '140000',
  蒙: '150000',
  辽: '210000',
  吉: '220000',
  黑: '230000',
  沪: '310000',
  苏: '320000',
  浙: '330000',
  皖: '340000',
  闽: '350000',
  赣: '360000',
  鲁: '370000',
  豫: '410000',
  鄂: '420000',
  湘: '430000',
  粤: '440000',
  桂: '450000',
  琼: '460000',
  渝: '500000',
  川: '510000',
  贵: '520000',
  黔: '520000',
  云: '530000',
  滇: '530000',
  藏: '540000',
  陕: '610000',
  甘: '620000',
  陇: '620000',
  青: '630000',
  宁: '640000',
  新: '650000',
};
const DOC_NUMBER =
  /(?:^|[\s(（])([^\s])(?:卫生|卫计|卫健|卫|医保|疾控|中医药)[\u4e00-\u9fff]{0,3}[〔[(（]\s*(?:19|20)\d{2}\s*[〕\])）]/m;

/** The province a document number at the head names (`川卫办发〔2017〕65号` → 四川省). */
export function docNumberPlace(head: string, gazetteer: Gazetteer): Place | null {
  const m = DOC_NUMBER.exec(head.slice(0, 400));
  const code = m ? PROVINCE_ABBREVIATION[m[1]!] : undefined;
  const unit = code ? gazetteer.byCode(code) : undefined;
  return unit ? { name: unit.name, code: unit.code } : null;
}

const REFERENCE_AFTER = /^[\u4e00-\u9fff]{0,2}?(?:平均|要求|标准)/;

/**
 * The region a sentence's own `全县`/`我市`/`本区` gives its target: the part's region when the
 * level agrees (全市 in 武汉市's plan), the word itself when the part has no named place.
 */
export function selfRegion(sentenceBefore: string, part: Place | null): Place | null {
  let level: string | null = null;
  if (!/[全我本]/.test(sentenceBefore)) return part;
  for (const m of sentenceBefore.matchAll(WHOLE_LEVEL)) {
    // 全县…达到全省平均水平: a level named as the measure to reach is not the sentence's own.
    if (REFERENCE_AFTER.test(sentenceBefore.slice(m.index + 2, m.index + 8))) continue;
    level = m[1]!;
  }
  if (!level || !part) return part;
  if (part.name.endsWith(level)) return part;
  // Only a part named by a bare 全X gives way; a named place keeps its region.
  if (/^[全我本][省市区县镇乡]$/.test(part.name)) return { name: `全${level}`, code: null };
  return part;
}

// 到2025年,全国至少1000家县医院…: a clause that opens with the nation as its subject binds the
// nation, whatever place the page is about (a city paper's story on a national scheme).
// So does a national ministry as the clause's subject (国家卫健委将新增350家…: a national pledge told
// through one township's story).
const NATION_SUBJECT =
  /^\s*(?:(?:全国|我国)(?![\u4e00-\u9fff]{0,2}?(?:平均|水平|要求|标准))|国家卫(?:生)?健(?:康)?委(?:员会)?将)/;

// 该项目涉及…14个省,计划在5年内覆盖350万人: a scheme that spans several provinces is run above any
// one of them, so its figures are the nation's, whatever place the page is about.
const MANY_PROVINCES =
  /(?:涉及|覆盖|遍及|分布在|分布于)[^。；;!?！？]{0,20}?(?:[2-9]|[1-3]\d|[两三四五六七八九]|[一二三]?十[一二三四五六七八九]?)个省/;

/** 全国 when the sentence before a number (`lead`) says its scheme spans several provinces. */
export function manyProvinces(lead: string, part: Place | null): Place | null {
  return part && part.name !== NATION.name && MANY_PROVINCES.test(lead) ? NATION : null;
}

/** 全国 when the number's own clause (`clauseBefore`) opens with 全国/我国 on a page of a place below. */
export function nationalClause(clauseBefore: string, part: Place | null): Place | null {
  return part && part.name !== NATION.name && NATION_SUBJECT.test(clauseBefore) ? NATION : null;
}

// 2021年,《“健康中国2030”规划纲要》提出…,要求到2030年…: a sentence that tells what a plan it cites
// by name sets out gives that plan's aim, and it binds where the plan does — a page reviewing the
// national and a city's plans in turn (健康中国行动…; 健康上海行动…) states each at its own level.
// A plan the page carries out (根据《…》, 按照《…》要求,我市…) gives way to the page's own aims.
const TOLD_FROM_PLAN = /《([^《》\n]{2,60})》[,，]?(?:中)?(?:提出|要求|明确|规定|指出|确定|其中)/g;
const OWN_WORD = /[全我本各](?:省|市|区|县|镇|乡)/;
const CARRIED_OUT = /(?:根据|按照|依据|依照|遵照|落实|贯彻|对照|参照|结合|围绕)[^。；;,，\n]{0,4}$/;

/**
 * The region of the plan the sentence before a number (`sentenceBefore`) says it quotes: 全国
 * for a national plan, the place a local plan's title names. Null unless the sentence names a
 * plan with a verb of stating, and names neither a 全X/我X of the page's own nor a place.
 */
export function citedPlanPlace(
  sentenceBefore: string,
  gazetteer: Gazetteer | undefined,
): Place | null {
  if (!sentenceBefore.includes('《')) return null;
  let last: RegExpExecArray | null = null;
  for (const m of sentenceBefore.matchAll(TOLD_FROM_PLAN)) last = m;
  if (!last || CARRIED_OUT.test(sentenceBefore.slice(0, last.index))) return null;
  // 我区认真贯彻《…》,提出…: the page's own subject keeps the aim the page's; a place named after
  // the plan (…提出,到2030年武汉市…) binds its own figure.
  if (OWN_WORD.test(sentenceBefore.replace(/《[^《》\n]*》/g, ''))) return null;
  const rest = sentenceBefore.slice(last.index + last[0].length);
  if (gazetteer && placesOutsideTitles(rest, gazetteer).length > 0) return null;
  const title = last[1]!.replace(/^[“"]/, '');
  const named = gazetteer ? placesOutsideTitles(title, gazetteer) : [];
  if (named.length > 0) return toPlace(named[0]!, title);
  return NATIONAL_NAME.test(title) ? NATION : null;
}

const LEVEL_OF: Record<string, number> = { 省: 1, 市: 2 };
const AIM_BEFORE = /达到|达|提高|降低|降至|控制|高于|低于|超过|不低于|不高于|优于/;

/**
 * 对全省20万名妇女…检查 on a city's page: a sentence's own `全省`/`全市` above the part's level binds
 * the province or prefecture holding the part's place (GB/T 2260 parents through the gazetteer).
 * Null when the lead names no such level or the part's place does not resolve.
 */
export function higherWhole(
  sentenceBefore: string,
  part: Place | null,
  gazetteer: Gazetteer | undefined,
): Place | null {
  if (!gazetteer || !part?.code || !/全[省市]/.test(sentenceBefore)) return null;
  let level: number | null = null;
  for (const m of sentenceBefore.matchAll(WHOLE_LEVEL)) {
    // 力争达到全国、全省77.3岁: a whole named after the aim word is the level compared with.
    if (AIM_BEFORE.test(sentenceBefore.slice(0, m.index))) break;
    level = LEVEL_OF[m[1]!] ?? null;
  }
  if (level === null) return null;
  let unit = gazetteer.byCode(part.code);
  if (!unit || unit.level <= level) return null;
  // A county-level city's page (某某市, under its prefecture) calls itself 全市: its own whole.
  if (level === LEVEL_OF['市'] && unit.name.endsWith('市')) return null;
  while (unit && unit.level > level)
    unit = unit.parentCode ? gazetteer.byCode(unit.parentCode) : undefined;
  return unit && unit.level === level ? { name: unit.name, code: unit.code } : null;
}
