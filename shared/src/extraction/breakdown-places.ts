import type { Gazetteer } from '../regions/gazetteer';
import { isAncestor, type Place } from './document-region';

// 全省人口控制在…以内,其中某某市年末人口计划为…: a breakdown that opens its clause with a place
// inside the page's own gives that place its own figure, as a sentence naming its subject does.
// Only a unit below the page's (its code's descendant, or below the level of a bare 全省/全市) moves
// the figure: a page does not give its aims to a place outside it.
const BREAKDOWN = /^\s*其中\s*[,，:：]?\s*/;
// The gazetteer levels below a bare whole's: a province's breakdown names prefectures or counties,
// a prefecture's counties.
const BELOW_WHOLE: Record<string, number> = { 国: 1, 省: 2, 市: 3 };

/** The place a number's clause (`clause`, up to the number) breaks its page's figure down to. */
export function breakdownPlace(
  clause: string,
  part: Place | null,
  gazetteer: Gazetteer | undefined,
): Place | null {
  if (!gazetteer || !part || !clause.includes('其中')) return null;
  const lead = BREAKDOWN.exec(clause);
  if (!lead) return null;
  const rest = clause.slice(lead[0].length);
  const hit = gazetteer.find(rest, 0, Math.min(rest.length, 12))[0];
  if (!hit || hit.start !== 0 || hit.ambiguous) return null;
  const place = { name: hit.unit.name, code: hit.unit.code };
  if (part.code) return isAncestor(part.code, hit.unit.code, gazetteer) ? place : null;
  // A part with only its own word (全省, 我市): a unit of a lower level than that word's.
  const level = BELOW_WHOLE[/^[全我本](国|省|市)$/.exec(part.name)?.[1] ?? ''];
  return level !== undefined && hit.unit.level >= level ? place : null;
}
