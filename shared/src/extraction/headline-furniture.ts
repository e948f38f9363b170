// Lines a news site prints above the headline that are no text of the page: its trending-search
// bar (热搜: 青田 App 湖北黄冈 …, places of other stories), its own name alone on a line
// (某某国际新闻台, 某某新闻网), a publisher's name that says who prints the page, not where it
// applies, and its bar of links (某某网手机版|某省发布|某某微博), the outlets of the publisher's
// province that say nothing of where a story of its city applies. Read for the headline only: a page's region sources look past them to the headline.

// 热搜:, 热门搜索:, 热词: near the line's start (a site's 推广 label may open it).
const TRENDING_BAR = /^\s*(?:\S{1,4}\s+)?热(?:搜|门搜索|门关键词|词)\s*[:：]/;
// An outlet's name alone: a few characters ending in the kind of outlet, nothing after.
const OUTLET_ONLY =
  /^\s*[\u4e00-\u9fff]{2,10}(?:新闻台|电视台|广播电视台|广播台|新闻网|资讯网|门户网)\s*$/;
// A story's credit alone on its line (某某新闻网讯(某某晚报全媒体记者某某), 某某日报讯 记者某某): the outlet
// and its reporter, then nothing of the story, which starts on the next line. A credit followed by
// the story on its own line (某某日报讯 记者某某报道:…) stays: its story is the headline.
const CREDIT_ONLY =
  /^\s*[\u4e00-\u9fff]{2,12}?(?:网|报|台|社)讯\s*(?:[(（][^)）\n]{0,30}[)）]|(?:记者|通讯员|通讯社)[\u4e00-\u9fff、\s]{0,20})\s*$/;

// Three short links or more joined by bars and nothing else; no figure in them (a table's row holds
// figures, and opens with its bar).
const LINK_BAR = /^\s*[^|｜\d\s][^|｜\d\n]{0,11}(?:[|｜][^|｜\d\n]{1,12}){2,}$/;

/** Whether `line` is a site's trending-search bar, bar of links or outlet name alone, not a headline. */
export function isHeadlineFurniture(line: string): boolean {
  if ((line.includes('|') || line.includes('｜')) && LINK_BAR.test(line)) return true;
  if (line.includes('讯') && CREDIT_ONLY.test(line)) return true;
  if (!line.includes('热') && !/[台网]\s*$/.test(line)) return false;
  return TRENDING_BAR.test(line) || OUTLET_ONLY.test(line);
}
