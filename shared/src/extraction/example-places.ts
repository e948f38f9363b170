// Places a page names that are not where it binds: a document site's note of where the file was
// uploaded (`2023-04-25 发布于山西`), and places given as examples (`地方层面(如上海、安徽)`, `例如上海
// 提出…`) — a national summary that cites a province by way of example is still the country's.
// So is a venue's street address (`在新闻发布厅(西城区某某路甲38号)召开发布会`): a ministry's press
// conference held in a district of the capital is the country's. So is a meeting's venue
// (`市政府在某县召开全市…推进会`): a city's meeting held in one of its counties is the city's.

const UPLOADED_AT = /(?:发布于|上传于|发表于|来自于?)\s*$/;
const FOR_EXAMPLE = /(?:例如|比如|譬如|诸如|如)\s*$/;
// What may stand between two places of one list of examples (上海、安徽和江苏).
const LIST_JOIN = /^\s*(?:、|和|及|与|以及|,|，)\s*$/;
// A place that opens a street address: a road, street or lane, then a building number.
// A venue: the place between 在 and the meeting held there.
const VENUE_BEFORE = /在\s*$/;
// So is where a speaker spoke (某部副部长28日在南京表示,…): the city a speech was given in says
// where the speaker stood, not where the aims told bind.
const VENUE_AFTER = /^\s*(?:召开|举行|举办|表示|指出|介绍|透露|宣布|强调)/;
const ADDRESS_AFTER = /^[\u4e00-\u9fff]{1,10}?(?:路|大道|大街|街|巷|胡同|里)[甲乙丙丁]?\d{1,5}号/;

/**
 * Indices into `hits` (places of `s` in order) that `s` names as an upload location, as an
 * address or as examples: the place right after 如/例如 and the places listed on after it.
 */
export function asidePlaces(s: string, hits: { start: number; end: number }[]): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < hits.length; i++) {
    const before = s.slice(Math.max(0, hits[i]!.start - 4), hits[i]!.start);
    const after = s.slice(hits[i]!.end, hits[i]!.end + 16);
    if (
      UPLOADED_AT.test(before) ||
      FOR_EXAMPLE.test(before) ||
      ADDRESS_AFTER.test(after) ||
      (VENUE_BEFORE.test(before) && VENUE_AFTER.test(after))
    )
      out.add(i);
    else if (i > 0 && out.has(i - 1) && LIST_JOIN.test(s.slice(hits[i - 1]!.end, hits[i]!.start)))
      out.add(i);
  }
  return out;
}
