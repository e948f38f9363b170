import type { Gazetteer } from '../regions/gazetteer';
import { isAncestor, type Place } from './document-region';

// 此次项目在贵阳市开展,将完成问卷调查2.5万人: a province's news of a scheme run in one of its cities
// gives the scheme's quotas to that city. Only a unit inside the page's own place counts (a page
// does not move its aims to a place outside it), and only as the site of the work the sentence
// goes on to count (在…开展, 在…实施, 在…试点).
const SITE_VERB = /^(?:开展|实施|试点|启动|推行|落地)/;
// The cheap test before the gazetteer is asked, over the sentence's last words only (a long run
// with no full stop must not be searched again for each number in it).
const SITE = /在[\u4e00-\u9fff]{2,12}?(?:开展|实施|试点|启动|推行|落地)/;
const REACH = 160;
const WHOLE_AFTER = /全(?:国|省|市|县|区)/;

/** The place below the page's own where the sentence before a number says the work is done. */
export function projectSite(
  sentenceBefore: string,
  part: Place | null,
  gazetteer: Gazetteer | undefined,
): Place | null {
  if (!gazetteer || !part?.code) return null;
  const near = sentenceBefore.slice(-REACH);
  if (!SITE.test(near)) return null;
  for (const h of gazetteer.find(near)) {
    if (near[h.start - 1] !== '在' || h.ambiguous) continue;
    if (!SITE_VERB.test(near.slice(h.end, h.end + 3))) continue;
    // 近日在某市启动,这一项目将在全省选取…: the sentence goes on to spread the work over the whole;
    // the place named is only where the scheme was launched.
    if (WHOLE_AFTER.test(near.slice(h.end))) continue;
    if (isAncestor(part.code, h.unit.code, gazetteer))
      return { name: h.unit.name, code: h.unit.code };
  }
  return null;
}
