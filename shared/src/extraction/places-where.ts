// 到2020年底,在500个县初步建成…新型县域医疗卫生服务体系; 在30个乡镇建立家庭医生工作室: how many
// places a plan will have built something in is a count to reach. 在 before the number picks out
// where the work is done, and a verb of building or bringing in follows the places (the lighter
// verbs, 开展 and 实施, already count wherever they stand after a counted noun).
// 在有条件的9个乡镇设立急救站, 在其他具备条件的8个乡镇: the places may be picked out as those
// fit for the work (the rest of them, those that qualify) before they are counted.
const AT_BEFORE =
  /在(?:全国|全省|全市|全区|全县|全州)?(?:其他|其余|另外)?(?:有条件|符合条件|具备条件|条件成熟)?的?\s*$/;
// 设立, 设置 and 组建 set up a unit in each place, as 建立 does.
// The bodies a scheme is run in count the same way (在5所以上乡镇卫生院推行…试点): the body, not the town
// its name opens with, is what is counted.
const PLACES_THEN_BUILT =
  /^(?:个|座|所|家)?(乡镇卫生院|社区卫生服务中心|卫生院|医院|县(?:[(（]市、区[)）]|市区|区|市)?|地市|城市|市|区|乡镇|乡|镇|村|社区|街道|省份|省)[^,，;；。]{0,8}?(建成|建立|设立|设置|组建|推行|推开|试行|实现)([^,，;；。]*)/;

/** Whether a count stands between 在 and the places where something is to be built (`在500个县建成`). */
export function placesWhereBuilt(before: string, tail: string): boolean {
  return AT_BEFORE.test(before) && PLACES_THEN_BUILT.test(tail);
}

/**
 * The count's title: what is built, then the places counted (`建成新型县域医疗卫生服务体系的县数`);
 * of a long object only the noun after its last 的 (目标明确、…的新型…体系 → 新型…体系). Null when
 * the count is no such count or nothing is named after the verb.
 */
export function placesWhereName(before: string, tail: string): string | null {
  if (!AT_BEFORE.test(before)) return null;
  const m = PLACES_THEN_BUILT.exec(tail);
  if (!m) return null;
  // Quotation marks around what is set up (设立“120急救站”) are no part of a chart's title.
  // (试点工作: the work of a pilot is the pilot.)
  const object = m[3]!
    .split('的')
    .at(-1)!
    .replace(/[“”"‘’]/g, '')
    .replace(/(?<=试点)工作$/, '')
    .trim();
  if (object.length < 2) return null;
  return `${m[2]}${object}的${m[1]!.replace(/[(（].*$/, '')}数`;
}
