import type { Gazetteer } from '../regions/gazetteer';

// A town's or township's plan (镇/乡) binds that town, which GB/T 2260's county-level gazetteer
// does not know. Its name is read two ways: written right after a known place in the title
// (浙江某某镇…规划: the town, not the province), or, when nothing else resolves, kept as the
// subject of the page's opening (某某镇2024年工作计划…某某镇将…).

// Two-character stems that are ordinary words before 镇/乡 (城乡, 乡镇, 卫生镇, 健康乡镇), not names.
const COMMON_STEM =
  /[全我本各该每城乡村集市重小大新老]|卫生|健康|文明|特色|重点|中心|示范|美丽|生态/;
const TOWN = /([\u4e00-\u9fff]{2})(镇|乡)(?![镇村级长])/g;

/** The town a title names right after a known place (`浙江某某镇…` → 某某镇), or null. */
export function titleTown(title: string, gazetteer: Gazetteer): string | null {
  // After the places written one inside the other (武汉市江汉区…), or at the title's start.
  const hits = gazetteer.find(title);
  let from = hits[0]?.end ?? 0;
  for (const h of hits.slice(1)) if (h.start === from) from = h.end;
  const m = /^([\u4e00-\u9fff]{2})(镇|乡)(?![镇村级长])/.exec(title.slice(from));
  return m && !COMMON_STEM.test(m[1]!) ? m[0] : null;
}

// A sub-district (街道, its stem two or three characters: 某某街道, 某某镇街道) or a town opening the
// text it is read from; not one item of a list (某某街道、某某街道).
const OPENING_SUBDISTRICT = /^([\u4e00-\u9fff]{2,3}?)街道(?![办、和与及])/;
const OPENING_TOWN = /^([\u4e00-\u9fff]{2})(镇|乡)(?![镇村级长、和与及街])/;

/**
 * The town or sub-district a news page's headline opens with as its subject, alone or right after
 * the places it lies in (`某某镇街道社区卫生服务中心新址…`, `昨天,某区某某街道的居民来到…`), or null:
 * a story about one town's or sub-district's centre or people is that town's, not its county's.
 */
export function headlineTown(headline: string, gazetteer: Gazetteer): string | null {
  if (!headline.includes('镇') && !headline.includes('乡') && !headline.includes('街道'))
    return null;
  const hits = gazetteer.find(headline);
  let from = hits[0]?.end ?? 0;
  for (const h of hits.slice(1)) if (h.start === from) from = h.end;
  const rest = headline.slice(from);
  const sub = OPENING_SUBDISTRICT.exec(rest);
  if (sub) return COLLECTIVE_STEM.test(sub[1]!) ? null : sub[0];
  const m = OPENING_TOWN.exec(rest);
  return m && !COMMON_STEM.test(m[1]!) ? m[0] : null;
}

// A township's or town's own government (大阳乡人民政府): a proper name, whatever its stem, unless
// the stem is a word for every town or for this one (各乡, 全镇, 城乡…).
const TOWN_GOVERNMENT = /([\u4e00-\u9fff]{2})(镇|乡)(?:人民)?政府/g;
const COLLECTIVE_STEM = /[全我本各该每]|城乡|乡镇|卫生|健康/;

/**
 * The one town whose government the head names (`根据大阳乡人民政府(甲方)工作目标`), or null: a
 * page of 我乡/全乡 that a township's government issues or signs is that township's. Two towns so
 * named (a county's list) name none.
 */
export function townGovernment(head: string): string | null {
  let found: string | null = null;
  for (const m of head.slice(0, 1500).matchAll(TOWN_GOVERNMENT)) {
    if (COLLECTIVE_STEM.test(m[1]!)) continue;
    const town = m[1]! + m[2]!;
    if (found !== null && found !== town) return null;
    found = town;
  }
  return found;
}

/** The town the opening keeps naming as its subject (three times or more), or null. */
export function openingTown(head: string): string | null {
  const counts = new Map<string, number>();
  for (const m of head.slice(0, 600).matchAll(TOWN)) {
    if (COMMON_STEM.test(m[1]!)) continue;
    counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  }
  let best: string | null = null;
  let n = 2;
  for (const [town, c] of counts) if (c > n) [best, n] = [town, c];
  return best;
}

/**
 * The town the opening keeps naming (openingTown) when it also writes it once in full right after
 * its county (`某某县某某镇中心卫生院…`, countyTown), or null: a story of one town's health centre
 * binds the town, not the county its full name opens with.
 */
export function leadTown(head: string, gazetteer: Gazetteer): string | null {
  const kept = openingTown(head);
  return kept !== null && countyTown(head, gazetteer) === kept ? kept : null;
}

// A sub-district (某某街道) or town opening a clause or after 在 (the body acting or the place
// served), not in a list: 为了…,某某镇会同…; 在某某街道…组织下. Two characters before 镇 anywhere
// else are as often the end of a word (配合镇…, 美化镇…).
const ANY_SUBDISTRICT = /([\u4e00-\u9fff]{2})街道(?![办、和与及])/g;
const CLAUSE_START = /[^\u4e00-\u9fff]|在/;
const opensClause = (text: string, at: number): boolean =>
  at === 0 || CLAUSE_START.test(text[at - 1]!);

/**
 * The one town or sub-district the opening names at all (`在某某街道社区服务办…组织下`, `某某镇会同…`),
 * or null: a page that names no unit the gazetteer knows, or calls itself only 我镇/本镇, is the
 * town's it names. Two names (a county's list) name none.
 */
export function soleTown(head: string): string | null {
  const opening = head.slice(0, 600);
  let found: string | null = null;
  const take = (name: string): boolean => {
    if (found !== null && found !== name) return false;
    found = name;
    return true;
  };
  if (opening.includes('街道'))
    for (const m of opening.matchAll(ANY_SUBDISTRICT)) {
      // 某某镇街道: a sub-district named after its former town keeps the town's three characters.
      const three = /[镇乡]$/.test(m[1]!);
      const at = three ? m.index - 1 : m.index;
      if (!opensClause(opening, at) || COLLECTIVE_STEM.test(m[1]!)) continue;
      if (!take(three ? opening.slice(at, at + 5) : m[0])) return null;
    }
  for (const m of opening.matchAll(TOWN)) {
    if (COMMON_STEM.test(m[1]!) || opening.startsWith('街道', m.index + 3)) continue;
    if (!opensClause(opening, m.index)) continue;
    if (!take(m[0])) return null;
  }
  return found;
}

/**
 * The one town the head writes in full right after its county (大英县玉峰镇, as a byline's 来自 or
 * 发布者 gives it), or null: a page that calls itself only 全镇/我镇 is that town's. Two towns so
 * written (a county's list of its towns) name none.
 */
export function countyTown(head: string, gazetteer: Gazetteer): string | null {
  let found: string | null = null;
  for (const h of gazetteer.find(head.slice(0, 1500))) {
    if (h.unit.level !== 3 || h.short) continue;
    const m = /^([\u4e00-\u9fff]{2})(镇|乡)(?![镇村级长])/.exec(head.slice(h.end, h.end + 4));
    if (!m || COMMON_STEM.test(m[1]!)) continue;
    if (found !== null && found !== m[0]) return null;
    found = m[0];
  }
  return found;
}

// A sub-district office or a town government written under its county (某区人民政府某某街道办事处,
// 某县某某镇人民政府): the body below the county that the line names.
const OFFICE_UNDER_COUNTY = /^([\u4e00-\u9fff]{2,4}(?:街道|镇|乡))(?:办事处|人民政府)$/;

/**
 * The sub-district or town whose office a line names right after its county (`某区人民政府某某街道
 * 办事处` → 某某街道), or null: a page whose headline is such an office (a town's government site
 * printing its own notice) binds that sub-district, not the county its office's name opens with.
 */
export function officeTown(line: string, gazetteer: Gazetteer): string | null {
  if (!line.includes('街道') && !line.includes('政府')) return null;
  const hits = gazetteer.find(line);
  const county = hits.at(-1);
  if (!county || county.unit.level !== 3) return null;
  const rest = line.slice(county.end).replace(/^人民政府/, '');
  const m = OFFICE_UNDER_COUNTY.exec(rest);
  return m && !COLLECTIVE_STEM.test(m[1]!.slice(0, 2)) ? m[1]! : null;
}

// A town's or county's own office below it (某县某某镇某某办事处, the 办事处 a town keeps for a group of
// villages) writing its own target book, calling itself 我办/本办: that office, not the town or
// the county its name opens with. A sub-district's 街道办事处 is read as the sub-district (officeTown).
const OFFICE_BELOW = /[镇乡区县市旗]([\u4e00-\u9fff]{2,3}?)办事处/;
const OFFICE_SELF = /[我本全]办(?![理法公事])/;

/** The office (`某某办事处`) the opening names below its town, on a page that calls itself 我办; or null. */
export function ownOffice(head: string): string | null {
  if (!head.includes('办事处')) return null;
  const opening = head.slice(0, 800);
  const m = OFFICE_BELOW.exec(opening);
  if (!m || m[1]!.endsWith('街道') || COMMON_STEM.test(m[1]!)) return null;
  return OFFICE_SELF.test(opening.slice(m.index)) ? `${m[1]!}办事处` : null;
}

// A performance form's implementing body (实施单位 稷山县某某镇卫生院): the tasks it lists are the
// health centre's, for the town it serves, not the county its name opens with.
const IMPLEMENTER_TOWN =
  /实施(?:单位|主体)[:：\s]*(?:[\u4e00-\u9fff]{1,6}?[县区市旗])?([\u4e00-\u9fff]{2})(镇|乡)(?:中心)?卫生院/;

/** The town whose health centre the head names as a form's implementing body, or null. */
export function implementerTown(head: string): string | null {
  if (!head.includes('实施')) return null;
  const m = IMPLEMENTER_TOWN.exec(head.slice(0, 1500));
  return m && !COMMON_STEM.test(m[1]!) ? m[1]! + m[2]! : null;
}
