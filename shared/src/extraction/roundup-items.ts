import type { Gazetteer } from '../regions/gazetteer';
import type { PartInfo } from './header';

// A trade site's round-up of several bodies' meetings, each item opening with its date and the
// place whose body met (1月17日,某省卫生健康工作会议召开。…2月12日,某市卫生健康委召开…): a figure
// binds the place of the item it stands in, not the first item's place the page's region reads.
// Only a page with two such items of different places is a round-up; a story that dates two
// steps of one body keeps its place.

// A sentence or line that opens with a month and day (a year before them allowed) and a comma.
const DATED_LEAD =
  /(?:^|[。！？!?\n])[ \t]*(?:(?:19|20)\d{2}年)?(?:[1-9]|1[0-2])月(?:[1-9]|[12]\d|3[01])日[,，][ \t]*/g;

/** A round-up's item: where it starts and the place it opens with. */
export interface RoundupItem {
  start: number;
  name: string;
  code: string | null;
}

/**
 * The items of a round-up in `t[0, end)`: each dated lead followed at once by a place the
 * gazetteer knows; none unless two items name different places. One pass; each lead reads at
 * most 12 characters after it.
 */
export function roundupItems(
  t: string,
  end: number,
  gazetteer: Gazetteer | undefined,
): RoundupItem[] {
  if (!gazetteer) return [];
  const items: RoundupItem[] = [];
  DATED_LEAD.lastIndex = 0;
  for (let m = DATED_LEAD.exec(t); m && m.index < end; m = DATED_LEAD.exec(t)) {
    const at = m.index + m[0].length;
    const hit = gazetteer.find(t, at, Math.min(end, at + 12))[0];
    if (!hit || hit.start !== at) continue;
    const name = hit.short ? hit.unit.name : t.slice(hit.start, hit.end);
    items.push({ start: m.index, name, code: hit.ambiguous ? null : hit.unit.code });
  }
  return new Set(items.map((i) => i.code ?? i.name)).size >= 2 ? items : [];
}

/** The part with the region of the round-up item holding offset `at` (the part itself outside any); a binary search. */
export function withItemPlace<P extends PartInfo>(part: P, items: RoundupItem[], at: number): P {
  let [lo, hi] = [0, items.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.start <= at) lo = mid + 1;
    else hi = mid;
  }
  const item = lo > 0 ? items[lo - 1]! : null;
  return item && item.start >= part.start
    ? { ...part, region: item.name, regionCode: item.code }
    : part;
}
