import type { Gazetteer, GazetteerUnit } from '../regions/gazetteer';
import type { Place } from './document-region';
import { inPublisherName } from './mastheads';

// 全区 is a district's whole or an autonomous region's. A page that names its own bodies by 自治区
// (自治区卫生健康委, 自治区级医院, 自治区人民政府) speaks at the level of an autonomous region: its
// 全区 is the region that holds the places it names (a meeting held in its capital, a city's
// hospital), though the page never writes the region's own name.
const OWN_AUTONOMOUS = /自治区(?:党委|人民政府|政府|卫生健康委|卫健委|卫生厅|卫生计生委|级|直属)/;

/** The autonomous region a page of 全区/我区 that speaks of its 自治区 bodies lies in, or null. */
export function autonomousWhole(body: string, word: string, gazetteer: Gazetteer): Place | null {
  if (!/^[全我本]区$/.test(word) || !body.includes('自治区')) return null;
  const text = body.slice(0, 20000);
  if (!OWN_AUTONOMOUS.test(text)) return null;
  let region: GazetteerUnit | null = null;
  for (const h of gazetteer.find(text)) {
    if (h.ambiguous || inPublisherName(text, h.end)) continue;
    const top = provinceLevel(h.unit, gazetteer);
    // Places in two provinces (a partner province, a visit): no one region.
    if (!top || (region && region.code !== top.code)) return null;
    region = top;
  }
  return region?.name.endsWith('自治区') ? { name: region.name, code: region.code } : null;
}

function provinceLevel(unit: GazetteerUnit, gazetteer: Gazetteer): GazetteerUnit | null {
  let u: GazetteerUnit | undefined = unit;
  while (u && u.level > 1) u = u.parentCode ? gazetteer.byCode(u.parentCode) : undefined;
  return u?.level === 1 ? u : null;
}
