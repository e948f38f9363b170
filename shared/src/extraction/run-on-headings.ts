// A heading run into its list's first item on one line (`一、年度目标1、孕前检查覆盖率达到90%`): the
// name walked back from the figure starts at the heading, past the item's own number. The words
// before an item number (`年度目标1、`, `主要指标(1)`) are the heading's, never the name's.

// Up to twelve characters of heading, then the item's number: `1、`, `(1)`, `（1）`, `1)`.
const HEADING_THEN_ITEM =
  /^[\u4e00-\u9fff]{2,12}?(?:\d{1,2}、|[(（]\d{1,2}[)）]|\d{1,2}[)）])(?=[\u4e00-\u9fff])/;

/** `name` without a heading and item number it opens with (`年度目标1、孕前检查…` → `孕前检查…`). */
export function withoutRunOnHeading(name: string): string {
  const m = HEADING_THEN_ITEM.exec(name);
  return m && name.length - m[0].length >= 2 ? name.slice(m[0].length) : name;
}
