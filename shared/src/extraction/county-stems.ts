import type { Gazetteer, GazetteerUnit } from '../regions/gazetteer';
import type { Place } from './document-region';

// A county news story or plan of 全县/我县 that names its county only in a form the gazetteer does
// not find in running text, since such forms are mostly ordinary words: a two-character full name
// (某县, like 和县 or 城区), or the bare stem (某某 for 某某县). Each is read only in a slot where a
// page puts its own place, and only for the one county of the page's own level:
// - a two-character name before 该县, before its bodies (卫生局, 人民政府) or in the opening sentence;
// - a stem opening the headline (某某推进…), naming the site or its branch (某某新闻网, 某某分站),
//   or fitting the plan to the county (结合某某实际, 健康某某建设).

/** The county level a page's own word states (全县, 我区, 本旗 → 县, 区, 旗), else null. */
export function countyLevel(word: string | null): string | null {
  return /^[全我本]([县区旗])$/.exec(word ?? '')?.[1] ?? null;
}

const HAN = /[\u4e00-\u9fff]/;
// A two-character 某县 not inside a longer word: what stands before it is no Han character.
// Or one a verb of serving takes with its people (为保障某县人民身体健康, 造福某县群众): the county's
// people, not a word ending in a character before 县.
const TWO_CHARACTER_COUNTY =
  /(?<![\u4e00-\u9fff])[\u4e00-\u9fff]县|(?<=保障|造福|服务)[\u4e00-\u9fff]县(?=人民|群众)/g;
// The county's own bodies, written right after its name.
const OWN_BODY = /^(?:卫生局|卫健局|卫计局|卫生健康局|人民政府|县委|人民医院)/;

const onlyOne = (units: readonly GazetteerUnit[], level: string): Place | null => {
  const found = units.filter((u) => u.name.endsWith(level));
  return found.length === 1 ? { name: found[0]!.name, code: found[0]!.code } : null;
};

/**
 * A two-character county (某县) named before the page's first 该县, right before one of its bodies,
 * or in the opening sentence, on a page whose own word is at county level 县; null otherwise or
 * when two such names disagree.
 */
export function twoCharacterCountyPlace(
  head: string,
  word: string | null,
  g: Gazetteer,
): Place | null {
  if (countyLevel(word) !== '县' || !head.includes('县')) return null;
  const back = head.indexOf('该县');
  const opening = head.search(/[。！？!?]/);
  let place: Place | null = null;
  for (const m of head.matchAll(TWO_CHARACTER_COUNTY)) {
    const at = m.index;
    const found = onlyOne(g.twoCharacterCounties(m[0]), '县');
    if (!found) continue;
    const inSlot =
      (back >= 0 && at < back) ||
      opening < 0 ||
      at < opening ||
      OWN_BODY.test(head.slice(at + 2, at + 8));
    if (!inSlot) continue;
    if (place && place.code !== found.code) return null;
    place = found;
  }
  return place;
}

// The stem of the site or its county branch that prints the story (某某新闻网, 某某分站, 某某融媒), or
// of a county's portal named 中国某某网 (来源:中国某某网, 中国某某网消息).
const OUTLET =
  /(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{2,4}?)(?:新闻网|分站|融媒体中心|发布)|中国([\u4e00-\u9fff]{2,3}?)网(?=消息|讯|[\s:：,，]|$)/gm;
// The stem a plan fits itself to (结合某某实际) or names its health drive by (健康某某建设).
const FITTED = /结合([\u4e00-\u9fff]{2,4}?)(?:县情|区情|的?实际)|健康([\u4e00-\u9fff]{2,4}?)建设/g;

const stemPlace = (stem: string, level: string, g: Gazetteer): Place | null =>
  g.lookup(stem) ? null : onlyOne(g.countiesByStem(stem), level);

const LEADING_YEAR = /^(?:19|20)\d{2}\s*年度?/;

/** A county's bare stem opening the headline (某某推进…) on a page of that county level. */
export function headlineStemPlace(
  headline: string,
  word: string | null,
  g: Gazetteer,
): Place | null {
  const level = countyLevel(word);
  // A headline may open with the year it reports on (2020年某某…): the stem follows it.
  const line = headline.trimStart().replace(LEADING_YEAR, '');
  if (!level || !HAN.test(line.charAt(0))) return null;
  for (let n = 4; n >= 2; n--) {
    const place = stemPlace(line.slice(0, n), level, g);
    if (place) return place;
  }
  return null;
}

/**
 * A county's stem naming the outlet or branch that prints the page, or the place the plan fits
 * itself to, on a page of that county level; null when such stems name two counties.
 */
export function namedStemPlace(head: string, word: string | null, g: Gazetteer): Place | null {
  const level = countyLevel(word);
  // Gate: each pattern needs one of these words before its regex is run.
  if (!level || !/网|分站|融媒|发布|结合|健康/.test(head)) return null;
  let place: Place | null = null;
  for (const pattern of [OUTLET, FITTED]) {
    for (const m of head.matchAll(pattern)) {
      const found = stemPlace(m[1] ?? m[2]!, level, g);
      if (!found) continue;
      if (place && place.code !== found.code) return null;
      place = found;
    }
  }
  return place;
}

// 今年某某将在…配置, 某某把…列入: a county or county-level city that is the subject of the page's
// plans, its bare stem right before the plan's 将 (or 把, 计划, 力争), after no other Han word but a
// time (今年, 明年). A news story of 全市/全县 names its own place so, as the one acting; twice at
// least, so a stem in passing is not taken, and never a stem that is also a name of its own.
const SUBJECT_STEM =
  /(?<![\u4e00-\u9fff])(?:今年|明年|年内|下一步)?([\u4e00-\u9fff]{2,3}?)(?:将|把|计划|力争)/g;
// The level of a page's own word, a county-level city's 市 included (全市, 我县, 本区).
const OWN_LEVEL = /^[全我本]([市县区旗])$/;

/**
 * A county-level unit whose bare stem is twice the subject of the page's plans (`某某将…`), on a
 * page of that level's own word; null when such stems name two units or one is named once.
 */
export function subjectStemPlace(head: string, word: string | null, g: Gazetteer): Place | null {
  const level = OWN_LEVEL.exec(word ?? '')?.[1];
  if (!level || !/将|把|计划|力争/.test(head)) return null;
  let place: Place | null = null;
  let n = 0;
  for (const m of head.matchAll(SUBJECT_STEM)) {
    const found = stemPlace(m[1]!, level, g);
    if (!found) continue;
    if (place && place.code !== found.code) return null;
    place = found;
    n++;
  }
  return n >= 2 ? place : null;
}
