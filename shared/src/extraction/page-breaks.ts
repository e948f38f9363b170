// What a PDF's page break leaves inside a word (names round 16): a page's number and count in its
// footer (农2 / 4 村居民…) and a space where a line was wrapped (村卫 生室). Neither is part of a name.

// A footer's `N / M`, written with spaces around its slash, between two characters of a word; a
// fraction (1/5以下, 1/10万) is written without them.
const FOOTER = /(?<=[\u4e00-\u9fff])(\d{1,3})\s*\/\s*(\d{1,3})(?=[\u4e00-\u9fff])/g;
const WRAP = /(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])/g;

/** `name` less a footer its `lead` (the text before the figure) spaces, and spaces between characters. */
export function withoutPageBreaks(name: string, lead: string): string {
  // (Both patterns open with a look-behind a scan tries at every character: each runs only where
  // its slash or space stands.)
  const s = name.includes('/')
    ? name.replace(FOOTER, (marker, page: string, pages: string) =>
        new RegExp(`${page}\\s+/\\s+${pages}`).test(lead) ? '' : marker,
      )
    : name;
  return /\s/.test(s) ? s.replace(WRAP, '') : s;
}
