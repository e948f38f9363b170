import type { Gazetteer } from '../regions/gazetteer';
import { NATION, type Place } from './document-region';

// Places a page makes plain without writing a unit the gazetteer can find; each is tried only
// when nothing else names the page's place.

// A county's own news site (红安网消息, 某县新闻网讯) telling of the county's institutions by their
// bare level (县人民医院, 县委, 县卫健局): the county the site is named for. The stem alone is no
// gazetteer word (only provinces and prefectures have short forms), so it is looked up with 县.
const COUNTY_SITE =
  /(?:^|\n)\s*([\u4e00-\u9fff]{2,3}?)(?:新闻网|网|电视台|融媒体中心|发布)(?:消息|讯|报道)/;
const BARE_COUNTY =
  /(?<![\u4e00-\u9fff])县|(?<=[\s,，。;；:：、“"])县(?=人民医院|中医院|委|政府|卫|医|疾控|妇幼)/;

/** The county a county site's page means by its bare 县, or null. */
export function countySitePlace(head: string, gazetteer: Gazetteer): Place | null {
  const m = COUNTY_SITE.exec(head.slice(0, 400));
  if (!m || !BARE_COUNTY.test(head)) return null;
  const hit = gazetteer.lookup(`${m[1]}县`);
  if (!hit || hit.ambiguous || hit.unit.level !== 3) return null;
  return { name: hit.unit.name, code: hit.unit.code };
}

// Hong Kong and Macao are in GB/T 2260 (810000, 820000) but not in the mainland list the
// gazetteer is built from, nor is Taiwan (710000); a page tells them by their names, their whole
// (全港, 全澳), their government (港府, 澳府) or Hong Kong's bodies and districts (医管局, 新界, 九龙).
// Each also by the word its own pages use for themselves (本港, 本澳) and its government's web
// domain (www.ssm.gov.mo), which a page may name where it names no place.
const HONG_KONG = /香港|全港|本港|港府|医管局|医院管理局|新界|九龙|\.gov\.hk/;
const MACAO = /澳门|全澳|本澳|澳府|\.gov\.mo/;
// Taiwan by its own bodies (立法院, 卫生福利部, 健保署…, and the council of labour affairs, 劳委会, as
// its pages named it before 2014) or its capital's dateline, by 卫生署 (Hong
// Kong has one too) only beside Taiwan's name, or by two of its cities and counties; a mainland
// page naming 台湾 once (港澳台) is not Taiwan's.
const TAIWAN_BODY =
  /立法院|行政院|监察院|劳委会|卫生福利部|卫福部|健保局|健保署|疾管局|疾管署|疾病管制署|国健署|国民健康署|台北(?:即时)?报导|\.gov\.tw/;
const TAIWAN_PLACES =
  /台北|新北|桃园|台中|台南|高雄|基隆|新竹|嘉义|苗栗|彰化|南投|云林|屏东|宜兰|花莲|台东|澎湖|金门|马祖/g;

// 云林县, 南投县: one of Taiwan's counties or cities written in full (no mainland county bears
// these names), twice, marks a Taiwan county's page though it names no other.
const TAIWAN_COUNTY_FULL =
  /(?:台北|新北|桃园|台中|台南|高雄|基隆|新竹|嘉义|苗栗|彰化|南投|云林|屏东|宜兰|花莲|台东|澎湖|金门)[县市]/g;

function namesTaiwan(head: string): boolean {
  if (TAIWAN_BODY.test(head) || (/台湾|台北/.test(head) && /卫生署/.test(head))) return true;
  if ((head.match(TAIWAN_COUNTY_FULL) ?? []).length >= 2) return true;
  return new Set(head.match(TAIWAN_PLACES) ?? []).size >= 2;
}

// Taiwan's counties and cities (GB/T 2260 has only 710000 for all of them): a Taiwan page about
// one of them (雲林縣政府…, then 雲林 again and again) binds it, written as the page names it in
// full. 连江 is left out: a county of that name lies in Fujian, and the gazetteer finds it.
const TAIWAN_COUNTY =
  /(台北|新北|桃园|台中|台南|高雄|基隆|新竹|嘉义|苗栗|彰化|南投|云林|屏东|宜兰|花莲|台东|澎湖|金门)(县|市)?/g;

// 行政院长出席台中市某医院的落成典礼时宣布…: the place an official goes to or attends an event in
// is where the story happened, not the place its news is about (a national policy announced
// there); such a mention does not count towards the county's lead.
const VENUE_VERBS = new Set(['出席', '前往', '视察', '莅临', '到访', '参访', '走访']);

function isVenue(head: string, at: number): boolean {
  return VENUE_VERBS.has(head.slice(at - 2, at));
}

/**
 * The Taiwan county or city a Taiwan page names most (twice or more, once in full with 县/市), as
 * written in full; null when none leads or the page is not Taiwan's.
 */
export function taiwanCountyPlace(head: string, word: string | null = null): Place | null {
  if (!namesTaiwan(head)) return null;
  const counts = new Map<string, number>();
  const full = new Map<string, string>();
  for (const m of head.matchAll(TAIWAN_COUNTY)) {
    if (m.index >= 2 && isVenue(head, m.index)) continue;
    counts.set(m[1]!, (counts.get(m[1]!) ?? 0) + 1);
    if (m[2] && !full.has(m[1]!)) full.set(m[1]!, m[0]);
  }
  let best: string | null = null;
  let n = 1;
  let tied = false;
  for (const [stem, c] of counts) {
    if (c > n) [best, n, tied] = [stem, c, false];
    else if (c === n) tied = true;
  }
  const name = best && !tied ? full.get(best) : undefined;
  // A page whose own word is 全县 or 全市 is the county or city of that level.
  if (name && word !== null && !name.endsWith(word.slice(-1))) return null;
  return name ? { name, code: null } : null;
}

/**
 * Taiwan's page whose own word is its whole as Taiwan writes it: 全国 (全国联合会, 全国民众), or 本院
 * where the Executive Yuan (行政院) tells its own news. Null for any other word or page.
 */
export function taiwanWholePlace(head: string, word: string | null): Place | null {
  if (word !== '全国' && !(word === '本院' && /行政院/.test(head))) return null;
  const place = sarPlace(head);
  return place?.code === '710000' ? place : null;
}

/** The region outside the mainland list a page names (香港, 澳门, 台湾), when it names only one. */
export function sarPlace(head: string): Place | null {
  const hk = HONG_KONG.test(head);
  const mo = MACAO.test(head);
  const tw = namesTaiwan(head);
  if (Number(hk) + Number(mo) + Number(tw) !== 1) return null;
  if (tw) return { name: '台湾', code: '710000' };
  return hk ? { name: '香港', code: '810000' } : { name: '澳门', code: '820000' };
}

// A page naming no place whose standard or notice is issued by the State Council or a ministry
// (国务院办公厅, 国家卫生健康委, 卫生部) sets national aims. So does one the State Council's own portal
// publishes (中国政府网发布《…工作安排》), and one of the ministries that fund the insurance schemes
// (财政部, 人社部, 民政部). So does one that sets out what a national title's standard asks
// (按照国家卫生城市创建标准, 国家卫生乡镇标准): its bars are the nation's, whoever relays them.
const CENTRAL_BODY =
  /国家卫生(?:城市|县城|乡镇|镇|村)(?:创建)?标准|国务院(?:办公厅)?|国家(?:卫生健康委|卫健委|卫生计生委|卫计委|发展改革委|发改委|医保局|中医药管理局)|卫生部|国家卫生健康委员会|中国政府网|中央政府门户网站|财政部|人社部|人力资源(?:和)?社会保障部|民政部/;

/** The nation, for a page with no place of its own that names a central issuing body. */
export function centralIssuerPlace(head: string): Place | null {
  return CENTRAL_BODY.test(head) ? NATION : null;
}
