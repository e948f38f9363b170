import type { Gazetteer } from '../regions/gazetteer';

// A town or subdistrict may share its stem with a city or province (铜川镇 in Inner Mongolia beside
// 铜川市 in Shaanxi, a 吉林乡 beside 吉林省): a short form the title writes with 镇, 乡 or 街道 right
// after it names that town, never the unit whose short form spells the same.
const TOWN_SUFFIX = /^(?:镇|乡|街道)(?![镇村级长])/;

/** The town a title names by a city's or province's stem plus 镇/乡/街道 (`铜川镇…`), or null. */
export function homonymTown(title: string, gazetteer: Gazetteer): string | null {
  for (const h of gazetteer.find(title)) {
    if (!h.short) continue;
    const m = TOWN_SUFFIX.exec(title.slice(h.end, h.end + 3));
    if (m) return title.slice(h.start, h.end) + m[0];
  }
  return null;
}
