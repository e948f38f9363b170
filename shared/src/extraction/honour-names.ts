// 创建全国文明城市, 全国卫生城市达标率, 争创全省健康促进示范县: an honour or programme named with
// 全国/全省 is a title a place wins or keeps, not the whole its aims bind. Left as written, its
// 全国 made a city's page national and overrode the city's own 全市 in the sentence.

// The kind of place or body the honour is given to, after the quality it names.
const QUALITY =
  '(?:卫生|文明|园林|生态|健康促进|健康|森林|宜居|节水型?|双拥模范|环境保护模范|环保模范|慢性病综合防控)';
const AWARDED = '(?:城市|县城|城镇|乡镇|村镇|城|县|区|市|镇|乡|村|社区)';
// The words of an honour's name before its kind: no verb, so that 全省各县要建成示范县 (the
// province's counties to become model ones) keeps 全省 as the whole it is.
const NAME_WORDS = '(?:(?![建创要达争成将有])[\\u4e00-\\u9fff]){0,6}?';
// 全省医疗卫生单位 is the province's own bodies, so 单位 is an honour's only after 文明 or 先进.
const HONOUR = new RegExp(
  `全([国省])(?=${NAME_WORDS}(?:${QUALITY}${AWARDED}|文明单位|(?:示范|先进|百强|十佳)(?:城市|县城|乡镇|市|县|区|镇|乡|村|单位|集体|基地|社区)))`,
  'g',
);

/**
 * `text` with the 全 of each 全国/全省 that opens an honour's name blanked to `□` (same length, so
 * offsets hold), for the rules that read a page's or a sentence's region from its 全X words.
 */
export function withoutHonours(text: string): string {
  if (!text.includes('全国') && !text.includes('全省')) return text;
  HONOUR.lastIndex = 0;
  return text.replace(HONOUR, '□$1');
}
