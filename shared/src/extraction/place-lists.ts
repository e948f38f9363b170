import { rateName } from './indicator';
import type { Previous } from './mention-names';

// 人均筹资标准为:甲区、乙县不低于500元,其他区县不低于550元: a measure told once before a colon,
// then the places it is set for, each with its own figure. The places are the figure's scope, not
// its name: the name is the measure before the colon, or for a later item the name just set.

const PLACE = String.raw`[\u4e00-\u9fff]{1,6}?(?:省|市|区|县|旗|州|盟)`;
// Two places or more (甲区、乙县), or the rest of them (其他区县, 其余各县).
const PLACES_ONLY = new RegExp(
  String.raw`^(?:${PLACE}(?:[、和及与]${PLACE})+|(?:其他|其余|其它)各?(?:县市区|区县|县区|县市|市县|地区|县|区|市))$`,
);

const INSURED =
  /(?<=[\u4e00-\u9fff]{2})(?:参合农民|参保人员|参保居民|参保职工)(?=[\u4e00-\u9fff]{2})/;

/**
 * The name and scope of a figure whose clause names only places (`name`): the measure before the
 * colon that opens the clause at `cStart` (from the sentence's start `sStart`), or the name of the
 * target just read in the sentence (`samePrev`); null when the name is no list of places.
 */
export function placeListName(
  t: string,
  name: string,
  sStart: number,
  cStart: number,
  samePrev: Previous | null,
  regions: readonly string[],
): { name: string; scope: string } | null {
  if (!name.includes('、') && !/^其[他余它]/.test(name)) return null; // cheap gate
  if (!PLACES_ONLY.test(name)) return null;
  const colon = t.lastIndexOf(':', cStart) >= sStart ? t.lastIndexOf(':', cStart) : -1;
  const fullColon = t.lastIndexOf('：', cStart) >= sStart ? t.lastIndexOf('：', cStart) : -1;
  const at = Math.max(colon, fullColon);
  if (at >= sStart && at >= cStart - 2) {
    // The measure is read after the last year the sentence names (2013年度…标准为:), and the
    // insured it is for (参合农民, 参保居民) stay out of it, as they open no name (leadGroup).
    const lead = t.slice(sStart, at).replace(/(?:为|是)\s*$/, '');
    const since = lead.replace(/^[\s\S]*(?:19|20)\d{2}年度?/, '');
    const measure = rateName(since, regions).name.replace(INSURED, '');
    if (measure.length >= 2) return { name: measure, scope: name };
  }
  if (samePrev) return { name: samePrev.target.indicator, scope: name };
  return null;
}
