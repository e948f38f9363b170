import type { Gazetteer } from '../regions/gazetteer';
import { isAncestor, titlePlace, type Place } from './document-region';

// A county's scheme for carrying out a higher body's measures is often titled with them
// (某省健康扶贫若干措施实施方案) and says in its opening whose work it fits them to (结合某某县…实际,
// 特制定本方案). That place is the page's, when it lies inside the place the title names; a title
// naming no place, or an opening that fits the page to the title's own place, leaves it to `title`.
const FITTED = /结合([\u4e00-\u9fff]{2,24}?)实际[^。\n]{0,12}?制[定订]/;

/** The place a page's opening fits it to (`结合某某县…实际,制定本方案`) below its title's, or null. */
export function fittedPlace(titleText: string, head: string, gazetteer: Gazetteer): Place | null {
  const m = FITTED.exec(head.slice(0, 800));
  if (!m) return null;
  const title = titlePlace(titleText, gazetteer);
  if (!title?.code) return null;
  const hit = gazetteer.find(m[1]!)[0];
  if (!hit || hit.ambiguous || !isAncestor(title.code, hit.unit.code, gazetteer)) return null;
  return { name: hit.unit.name, code: hit.unit.code };
}
