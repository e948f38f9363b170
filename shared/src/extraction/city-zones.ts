import type { Gazetteer } from '../regions/gazetteer';
import type { Place } from './document-region';

// A city sets up zones under its own name (某某高新区, 某某经济开发区, 某某经开区) that run their own
// district-level affairs but are no unit of GB/T 2260. A news page about such a zone names the city
// only as the first part of the zone's name, and calls the zone 全区/我区/该区: the zone is the
// page's place, written as the page writes it, with no code (the city would put its targets a
// level too high, the zone's 全区 a level too low).
const ZONE =
  /^(?:高新技术产业开发区|经济技术开发区|经济开发区|高新区|经开区|开发区|工业园区|新区|旅游度假区)/;

/**
 * The zone the headline names under a city's name (`某某高新区积极推进…` on a page of 全区), or null.
 * Read only on a page whose own word is a district's (全区, 我区, 本区) and only from the headline:
 * a zone named in passing in the body is one of several a city's page lists.
 */
export function cityZonePlace(
  headline: string,
  word: string | null,
  gazetteer: Gazetteer,
): Place | null {
  if (!word || !/^[全我本]区$/.test(word) || !headline.includes('区')) return null;
  for (const h of gazetteer.find(headline)) {
    if (h.ambiguous) continue;
    // A city (地级) or a county-level city; a district's own name is a unit already.
    if (!h.unit.name.endsWith('市')) continue;
    const m = ZONE.exec(headline.slice(h.end, h.end + 10));
    if (!m) continue;
    return { name: headline.slice(h.start, h.end) + m[0], code: null };
  }
  return null;
}
