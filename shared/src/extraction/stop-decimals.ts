// A page whose converter wrote the decimal point as a full stop (8。1‰, 20。1/10万, 3。6亿人) splits
// each such figure into a sentence end and a stray number. Where a page does so at least twice, each
// full stop between digits with a unit right after the digits (‰, %, /, 亿, 万, 岁) is read back as the
// point, lengths kept. A sentence end before a numbered item (…达到90%。2、…) has no digit before
// it, and one after a bare count (建成10个。3月…) no unit after the digits, so both stay.

const STOP_DECIMAL = /。(?=\d+(?:[‰%/亿万岁]|个百分点))/g;

/** `text` with each full stop that stands for a decimal point read as `.`; else `text` itself. */
export function restoreStopDecimals(text: string): string {
  STOP_DECIMAL.lastIndex = 0;
  if (!STOP_DECIMAL.test(text)) return text; // a 。 before a figure and its unit at all
  STOP_DECIMAL.lastIndex = 0; // matchAll starts where test() stopped
  const at: number[] = [];
  for (const m of text.matchAll(STOP_DECIMAL))
    if (/\d/.test(text[m.index - 1] ?? '')) at.push(m.index);
  if (at.length < 2) return text;
  // Pieces between the points, not one string per character: a long page is copied once.
  const pieces: string[] = [];
  let last = 0;
  for (const i of at) {
    pieces.push(text.slice(last, i), '.');
    last = i + 1;
  }
  pieces.push(text.slice(last));
  return pieces.join('');
}
