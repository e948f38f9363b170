import type { Mention } from './mentions';
import { numberAtEnd, patternMentions } from './pattern-mentions';

// A rate per million people is often written as a bare number, its base said in the name
// (百万人口白内障手术率达3500以上, 每百万人口…率保持在2000): after such a name and an aim word, the
// number is in 1/100万. Elsewhere a bare number stays out.
const PER_MILLION_AIM =
  /(?:每)?百万人口[^\s\d,，。；;:：\n]{1,16}?率(?:要|应|须)?(?:达到|达|提高到|提高至|提升到|提升至|不低于|保持在)\s*(\d+(?:\.\d+)?)(?=\s*(?:及?以上|左右)?\s*(?:[,，。；;、)）\n]|$))/g;

/** Rates per million people written as bare numbers, in `text` (normalised). */
export function perMillionRates(text: string): Mention[] {
  if (!text.includes('百万人口')) return [];
  return patternMentions(text, PER_MILLION_AIM, '1/100万', 'rate', numberAtEnd);
}
