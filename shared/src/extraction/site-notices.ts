// A scraped page ends with its site's own notices: a rights or removal notice (本站部分文章来源于互联网…
// 如有侵权请联系删除, 声明:本文内容由用户上传…), a copyright line or a licence number (ICP备).
// What follows them is the site's links to other pages, ads and other stories, whose places and
// figures are not the page's (a spam page's trailer names 四川乐山市 for a programme it copied).

// Bounded: one line from its start, at most 120 characters to the rights word.
const NOTICE =
  /^[ \t]*(?:(?:本站|本网站|本网(?!讯)|免责声明|版权声明|声明\s*[:：])[^\n]{0,120}?(?:侵权|侵犯|删除|版权|所有权|转载|上传)|(?:copyright|版权所有)\s*(?:©|\(c\)|&copy;)?|[^\n]{0,40}ICP备)/gim;

/** Offset of the first site notice line after `from` (a paragraph of the page must precede it), or -1. */
export function siteNoticeStart(text: string, from: number): number {
  NOTICE.lastIndex = from;
  const m = NOTICE.exec(text);
  return m ? m.index : -1;
}
