// 上海市民, 北京市民, 某县民: a place's level character also opens the word for its people, so a
// name that starts with the place written in full (上海市 + 民健康素养水平) keeps that word whole
// when the place is cut off (市民健康素养水平, not 民健康素养水平).

/** `s` without the place `place` it opens with, leaving `市民`/`县民`/`区民` whole; `s` when it does not open with it. */
export function withoutPlaceName(s: string, place: string): string {
  if (!place || !s.startsWith(place)) return s;
  const cut =
    /[省市区县镇乡]$/.test(place) && s[place.length] === '民' ? place.length - 1 : place.length;
  return s.slice(cut);
}
