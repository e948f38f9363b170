import type { Gazetteer } from '../regions/gazetteer';
import { NATION, soleNamedPlace, type Place } from './document-region';

// A five-year plan's page (十三五, 十四五) that names no whole of its own is the country's by
// default (region-words.ts `nationalByDefault`): only a national plan needs no word for where it
// applies. That default is a guess when the page never writes a word of the nation itself (全国,
// 我国, 国家, 中国, 国务院) and names one place, however often: an official's spoken answer on his
// city's plan (未来五年某市将会有…) names his city in passing and says nothing of the nation.
const NATION_WORD = /全国|我国|国家|中国|国务院|中央|全民|各省|各地/;

/**
 * The one place a page whose own word is only the nation's default names, when neither its title
 * nor its opening writes a word of the nation; null otherwise.
 */
export function placeOverDefaultNation(
  title: string | null,
  head: string,
  word: string | null,
  gazetteer: Gazetteer,
): Place | null {
  if (word !== NATION.name) return null;
  if (NATION_WORD.test(head) || (title !== null && NATION_WORD.test(title))) return null;
  return soleNamedPlace(head, gazetteer);
}
