// A page that names no place of its own yet hands its aims out to every province or every kind of
// city (每省至少有一个…, 各省(区、市)要…, 直辖市、省会城市、地级市要建有…), or measures each place
// against its own province (高于所在省(区、市)平均水平, a national standard's idiom), speaks from above them all:
// only the centre binds each province, so its aims are the country's. A province's plan speaks of
// its 各市 and 各县, never of 每省. A whole written with the other provincial kinds after it
// (全省(区、市)范围推广) is any province the page speaks to, the centre's idiom: no province says it of
// itself, so it is no whole of the page's own either (`isProvinceKinds`).

const OVER_PROVINCES =
  /[全本]省[(（]区、市[)）]|所在省[(（]区、市[)）]|每(?:个)?省(?:份|[(（]区、市[)）]|、自治区、直辖市)?|各省(?:份|[(（]区、市[)）]|、自治区、直辖市)|(?:直辖市|省会城市)[、和及](?:省会城市|计划单列市|地级市)/g;

/** Whether `head` hands aims to every province or every kind of city. */
export function spreadOverProvinces(head: string): boolean {
  OVER_PROVINCES.lastIndex = 0;
  return OVER_PROVINCES.test(head);
}

/** `head` without those words, so that their 各省 is not read as a page's own word for a level. */
export function withoutProvinceLists(head: string): string {
  return head.replace(OVER_PROVINCES, '');
}

/** Whether `after` (the text right after a 全省) lists the other provincial kinds: `(区、市)`. */
export function isProvinceKinds(after: string): boolean {
  return /^[(（]区、市[)）]/.test(after);
}
