import type { Place } from './document-region';

// A city's or county's own bureau may write its plan without ever naming its place or its whole
// (no 全市, no 我市): it names its own hospitals by their level alone (市立医院, 市中医院, 市精神病院),
// as bodies of the place it runs. Two or more such bodies of one level, and none of another, make
// that level's whole the page's (全市). Only for a page with no word of its own (page-region.ts).

// The kinds of hospital a level runs, after the level's bare 市/县 (市立医院, 县人民医院, 市中医院).
const HOSPITAL =
  '(?:立|人民|第[一二三四五六七八九十]人民|中医|中西医结合|妇幼保健|妇女儿童|精神病|精神卫生|传染病|儿童|肿瘤|口腔|眼科|结核病)?医院|(?:中医|精神病|妇幼保健|传染病)院';
// A 市 or 县 that ends another word (城市中医院 'urban TCM hospitals', 超市, 各县, 市县医院) is no level.
const LEVEL_BODY = new RegExp(
  `(?:(?<![城都超上门股集夜菜早花黑楼车街各省地州县区乡])市|(?<![郡州各市区省知外])县)(?:${HOSPITAL})`,
  'g',
);

/** `全市`/`全县` for a page naming two or more of one level's own hospitals by level alone, or null. */
export function levelBodiesPlace(head: string): Place | null {
  const names = { 市: new Set<string>(), 县: new Set<string>() };
  for (const m of head.matchAll(LEVEL_BODY)) names[m[0][0] as '市' | '县'].add(m[0]);
  const city = names.市.size >= 2;
  const county = names.县.size >= 2;
  if (city === county) return null;
  return { name: city ? '全市' : '全县', code: null };
}

// A city's or county's government may name itself by its level alone as the body that acts
// (市政府拟办理十件实事, 县人民政府决定…, 区政府关于印发…): the page is that level's own, and its targets
// bind that level's whole (全市), the word it would use for itself. A bare level only: the 市 must
// not end a name (武汉市政府 names its place, read elsewhere), so it stands after no Chinese
// character but a year's 年.
const LEVEL_GOVERNMENT =
  /(?:^|[^\u4e00-\u9fff]|年)([市县区])(?:人民)?政府(?:办公室|办公厅)?(?:拟|将|决定|印发|关于|办理|确定|部署)/m;

/** `全市`/`全县`/`全区` for a page whose acting body is its level's bare government, or null. */
export function levelGovernmentPlace(head: string): Place | null {
  const h = head.slice(0, 600);
  if (!h.includes('政府')) return null;
  const m = LEVEL_GOVERNMENT.exec(h);
  return m ? { name: `全${m[1]}`, code: null } : null;
}
