import type { Gazetteer, GazetteerUnit } from '../regions/gazetteer';
import type { Place } from './document-region';
// A news page carries the names of the sites and papers that print it: 中国西藏网, 安康新闻网 tagged
// after every paragraph, 福建妇联新闻 or a site's channel (人民网>>四川频道) in the breadcrumb. A place
// inside such a name says where the publisher sits, not where the story's targets bind.

// What follows a place in a publisher's name: a site (网, 新闻网), a paper (日报, 晚报), a
// broadcaster, a portal's slogan (廊坊城市门户), or an organisation's news pages (妇联新闻), and then
// no more words but its own 讯 or 记者 (北京商报讯, 北京商报记者).
const PUBLISHER_TAIL =
  /^[\u4e00-\u9fff]{0,3}?(?:新闻网|资讯网|网|日报|晚报|商报|新闻|电视台|广播电台|频道|门户)(?:讯|记者|(?![\u4e00-\u9fff]))/;

/** Whether the place written at `[start, end)` of `s` opens a publisher's name (`西藏` in 中国西藏网). */
export function inPublisherName(s: string, end: number): boolean {
  return PUBLISHER_TAIL.test(s.slice(end, end + 8));
}

// A dateline names the city a story was filed from (新华网北京5月29日电): any agency or paper, then
// the place, then the day and 电/讯, or 消息 as a broadcaster's site writes it (央广网某地3月2日消息).
const DATELINE =
  /((?:据|记者)?(?:新华社|本报|中新社|中新网|人民网|新华网|央视网|央广网|[\u4e00-\u9fff]{2,6}?(?:网|社|报))(?:记者)?)([\u4e00-\u9fff]{2,6}?)(\d{1,2}月\d{1,2}日(?:电|讯|消息))/g;

// A dateline may also be the place alone in brackets (（北京讯）, (本报上海讯)): it too says where the
// story was filed, not where its aims bind.
const BRACKET_DATELINE = /([(（](?:本报|本刊)?)([\u4e00-\u9fff]{2,4}?)(讯[)）])/g;

/** `s` with every dateline's place blanked (same length, so offsets hold). */
export function withoutDatelines(s: string): string {
  const blank = (_: string, a: string, place: string, b: string) =>
    a + ' '.repeat(place.length) + b;
  // (A dateline closes with its day's 电 or 讯, a bracketed one with 讯: each pattern, which tries
  // a publisher's name at every character, runs only where those words stand.)
  let out = s;
  if (out.includes('日电') || out.includes('日讯') || out.includes('日消息'))
    out = out.replace(DATELINE, blank);
  return out.includes('讯') ? out.replace(BRACKET_DATELINE, blank) : out;
}

// A news item may open by crediting the outlet it was taken from (据某某州人民政府网 1月12日,…): the
// outlet's name says where the publisher sits, not where the story happened, and it stands where a
// headline would. Only at the start of the line, and only a name that ends as an outlet's does,
// followed by a space, a date, a comma or 消息/报道.
const CREDIT =
  /^(\s*据)([\u4e00-\u9fff]{2,16}?(?:网站|网|日报|晚报|报|社|电视台|广播电台))(?=\s|\d|[,，:：]|消息|报道|讯)/;

// Or by the outlet's own byline (某某新闻网讯(某某晚报记者…), 某某日报记者…): the line opens with the
// outlet's name (红网 has one character before 网) and its 讯 (and the bracket crediting its paper)
// or 记者, with no 据 before it. An outlet's station or channel in a city (某某网某某站讯,
// 某某报某某频道讯) names where the outlet reports from, not the story's county: blanked with it.
const BYLINE =
  /^(\s*)([\u4e00-\u9fff]{1,16}?(?:新闻网|网站|网|日报|晚报|商报|报|电视台|广播电台)(?:(?:[\u4e00-\u9fff]{2,4}?(?:分站|站|频道))?讯(?:[(（][^)）\n]{0,30}[)）])?|记者))/;

/** `line` with the outlet an opening credit names blanked (same length, so offsets hold). */
export function withoutCredit(line: string): string {
  const blank = (_: string, lead: string, outlet: string) => lead + ' '.repeat(outlet.length);
  const out = line.replace(CREDIT, blank);
  return out.includes('讯') || out.includes('记者') ? out.replace(BYLINE, blank) : out;
}

/**
 * A page whose own word is `全省`/`全市` and that names no place but a paper's (河南日报记者…): the
 * paper's province or city, when its masthead names exactly one unit of that level. A provincial
 * daily's 全省 is its province; a national outlet (人民日报, 新华网) names none. A city's or
 * county's paper that writes 全省 (武汉晚报讯 …全省…) speaks of the province it is in.
 */
export function paperPlace(head: string, whole: string, gazetteer: Gazetteer): Place | null {
  const level = /^全(省|市)$/.exec(whole)?.[1];
  if (!level) return null;
  const found = new Map<string, Place>();
  for (const h of gazetteer.find(head)) {
    if (h.ambiguous || !inPublisherName(head, h.end)) continue;
    const unit = h.unit.name.endsWith(level)
      ? h.unit
      : level === '省'
        ? provinceOf(h.unit, gazetteer)
        : null;
    if (unit) found.set(unit.code, { name: unit.name, code: unit.code });
  }
  return found.size === 1 ? [...found.values()][0]! : null;
}

/** The province (a unit named …省) a city or county lies in, or null. */
function provinceOf(unit: GazetteerUnit, gazetteer: Gazetteer): GazetteerUnit | null {
  let u: GazetteerUnit | undefined = unit;
  while (u && u.level > 1) u = u.parentCode ? gazetteer.byCode(u.parentCode) : undefined;
  return u && u !== unit && u.level === 1 && u.name.endsWith('省') ? u : null;
}

/**
 * A page whose own word is `全市`/`全县`/`我市` and that names no place but its dateline's
 * (东北网虎林6月14日讯 …我市将…): the unit the dateline names at that level (虎林 → 虎林市), a
 * local story filed from its own city. Null when the datelines name none, or more than one.
 */
export function datelinePlace(head: string, whole: string, gazetteer: Gazetteer): Place | null {
  const level = /^[全我本]([市县区])$/.exec(whole)?.[1];
  if (!level) return null;
  const found = new Map<string, Place>();
  for (const m of head.matchAll(DATELINE)) {
    const stem = m[2]!;
    const hit = gazetteer.lookup(stem.endsWith(level) ? stem : stem + level);
    if (!hit || hit.ambiguous || !hit.unit.name.endsWith(level)) continue;
    found.set(hit.unit.code, { name: hit.unit.name, code: hit.unit.code });
  }
  return found.size === 1 ? [...found.values()][0]! : null;
}

// A page's source line (来源:邵阳日报, 【稿源:…】, 来源:宜昌市卫生健康委) names who published it.
const SOURCE_LINE = /(?:稿源|来源)\s*[:：]\s*([^\n】\]|]{2,30})/g;

/**
 * A page that names no place and no level of its own (no 全X/我X): the one unit its source lines
 * name (a city paper's story is that city's). Null when they name none, or more than one.
 */
export function sourcePlace(body: string, gazetteer: Gazetteer): Place | null {
  const found = new Map<string, Place>();
  for (const m of body.matchAll(SOURCE_LINE))
    for (const h of gazetteer.find(m[1]!)) {
      if (h.ambiguous || h.unit.level < 1) return null;
      found.set(h.unit.code, { name: h.unit.name, code: h.unit.code });
    }
  return found.size === 1 ? [...found.values()][0]! : null;
}
