// Areas listed before one rate (`市区和农村地区免费婚检率分别达90%、70%以上`, `城镇、农村居民…分别`):
// each area is the scope of its value and the rate after the last area is the shared name, as
// groups of people are (人群 lists) and one-character parts are (城、乡).

import { listHeads } from './list-heads';

const AREA = '(?:市区|城区|主城区|中心城区|城市|城镇|农村|乡村|郊区|山区|牧区|县城)(?:地区)?';
const AREA_ONLY = new RegExp(`^[\\u4e00-\\u9fff]{0,6}?(${AREA})$`);
const AREA_THEN_NAME = new RegExp(`^(${AREA})([\\u4e00-\\u9fff]{3,}(?:率|比例))$`);

/**
 * The shared name and the `index`-th area as its scope, when every listed name but the last is an
 * area and the last is an area followed by a rate; else null.
 */
export function areaListName(
  names: string[],
  index: number,
): { name: string; scope: string } | null {
  const list = listHeads(names, index, AREA_ONLY, AREA_THEN_NAME);
  return list && { name: list.last[2]!, scope: list.heads[index]! };
}

const AREA_ITEM = new RegExp(`^\\s*[、，,和及与]\\s*(${AREA})\\s*$`);
const AREA_LEAD = new RegExp(`^(${AREA})(?=[\\u4e00-\\u9fff]{2})`);
const AREA_IN_ITEM = new RegExp(`(${AREA})(?=[\\u4e00-\\u9fff]{2})`);

/**
 * A count list whose first item names an area before what it counts (`市区免费孕检8000对`) and
 * whose later item is an area and its figure alone (`、农村32000对`): the name without the area is
 * both items', and each area is its item's scope. `prevText` is the first item's quote. Null when
 * the items are not so written.
 */
export function areaCountItem(
  prevName: string,
  prevText: string,
  between: string,
): { name: string; scope: string; prevScope: string } | null {
  const item = AREA_ITEM.exec(between);
  const area = item ? AREA_IN_ITEM.exec(prevText) : null;
  if (!item || !area) return null;
  const lead = AREA_LEAD.exec(prevName);
  const name = lead ? prevName.slice(lead[0].length) : prevName;
  return name ? { name, scope: item[1]!, prevScope: area[1]! } : null;
}
