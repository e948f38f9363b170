/** One piece of text pdf.js found on a page: its string, baseline origin and width in points. */
export interface PdfTextItem {
  str: string;
  x: number;
  y: number;
  width: number;
  fontSize: number;
}

interface Line {
  text: string;
  left: number;
  right: number;
  y: number;
  size: number;
  cells: boolean;
}

// A gap wider than this many font sizes between two pieces of one line separates table cells.
const CELL_GAP = 1;
// A narrower gap, but wider than this, is a space (kept only between Latin letters or digits).
const SPACE_GAP = 0.2;
// A line ending this close to its column's right edge (in font sizes) was wrapped by the layout.
const FULL_LINE = 2;
const HEADING =
  /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．]\D|第[一二三四五六七八九十百]+[章节条部篇])/;
// Spaces a PDF puts beside CJK text are layout (justification, spacing between scripts), not text.
const LAYOUT_SPACE = /[^\S\t\n]+/g;
const ASCII_TEXT = /[!-$&-~]/; // printable ASCII but %
const PAGE_NUMBER =
  /^[-—–－]? ?(?:第)?\d{1,4}(?:页)?(?: ?[/／] ?\d{1,4}|[,，]?共\d{1,4}页)? ?[-—–－]?$/;
// How many lines before and after a line are looked at to find its column.
const NEIGHBOURS = 8;
// Columns narrower than this many font sizes are not taken to wrap.
const MIN_COLUMN = 8;

/**
 * The text of a PDF as its author wrote it: a paragraph the layout wrapped is one line again
 * (`以|下`, `达到9|5%`, a name split across lines, a sentence running on to the next page),
 * paragraphs, headings and table rows keep their own lines, and table cells are separated by
 * tabs. A line is taken as wrapped when it reaches its column's right edge and the next line
 * neither starts indented nor with a heading number. Items are read in pdf.js's (content) order.
 */
export function pdfText(pages: readonly (readonly PdfTextItem[])[]): string {
  const all: { line: Line; margin: number; left: number }[] = [];
  for (const items of pages) {
    const lines = withoutPageNumber(toLines(items));
    lines.forEach((line, i) => {
      const column = nearbyColumn(lines, i);
      const left = Math.min(...column.map((l) => l.left));
      const right = Math.max(...column.map((l) => l.right));
      // A line alone in its size (a title), or a column too narrow to be prose (a list of short
      // items, a cell), is not taken to wrap.
      const prose = column.length > 1 && right - left >= line.size * MIN_COLUMN;
      all.push({ line, left, margin: prose ? right : Infinity });
    });
  }
  let out = '';
  for (let i = 0; i < all.length; i++) {
    const { line, left } = all[i]!;
    if (i > 0) out += wrapped(all[i - 1]!.line, all[i - 1]!.margin, line, left) ? '' : '\n';
    out += line.text;
  }
  return out;
}

/**
 * The page's lines less a page number printed above or below the text (`— 3 —`, `第3页 共9页`,
 * `3/9`): it would split a sentence running on to the next page.
 */
function withoutPageNumber(lines: Line[]): Line[] {
  if (lines.length < 2) return lines;
  const ys = lines.map((l) => l.y);
  const top = Math.max(...ys);
  const bottom = Math.min(...ys);
  return lines.filter((l) => !((l.y === top || l.y === bottom) && PAGE_NUMBER.test(l.text)));
}

function toLines(items: readonly PdfTextItem[]): Line[] {
  const lines: Line[] = [];
  let line: Line | null = null;
  for (const item of items) {
    if (item.str.trim() === '') continue;
    const size = item.fontSize || 10;
    if (line && Math.abs(item.y - line.y) <= size * 0.5 && item.x >= line.right - size * 0.5) {
      const cell = item.x - line.right > size * CELL_GAP;
      const space = item.x - line.right > size * SPACE_GAP ? ' ' : '';
      line.text += cell ? `\t${item.str}` : space + item.str;
      line.cells ||= cell;
      line.right = item.x + item.width;
      continue;
    }
    line = {
      text: item.str,
      left: item.x,
      right: item.x + item.width,
      y: item.y,
      size,
      cells: false,
    };
    lines.push(line);
  }
  for (const l of lines) l.text = tidySpaces(l.text);
  return lines;
}

/**
 * Drops layout spaces beside Chinese text and before `%`, keeping one between ASCII characters
 * (`COVID 19`, `表1 2026年`, `Hello, world`).
 */
function tidySpaces(text: string): string {
  return text.replace(LAYOUT_SPACE, (space, at: number, whole: string) =>
    ASCII_TEXT.test(whole[at - 1] ?? '') && ASCII_TEXT.test(whole[at + space.length] ?? '')
      ? ' '
      : '',
  );
}

/**
 * The line and its neighbours in reading order in the same font size that start near its left
 * edge (up to three characters apart, for a first-line indent): its column, whose right edge a wrapped line
 * reaches. Only neighbours count, so a two-column part and a full-width part sharing a left
 * margin on one page keep their own right edges.
 */
function nearbyColumn(lines: readonly Line[], i: number): Line[] {
  const line = lines[i]!;
  const near = lines.slice(Math.max(0, i - NEIGHBOURS), i + NEIGHBOURS + 1);
  const alike = (l: Line) =>
    Math.abs(l.left - line.left) <= line.size * 3 && Math.abs(l.size - line.size) < 1 && !l.cells;
  return near.filter((l) => l === line || alike(l));
}

function wrapped(prev: Line, prevMargin: number, next: Line, nextColumnLeft: number): boolean {
  if (prev.cells || next.cells || Math.abs(prev.size - next.size) >= 1) return false;
  if (prev.right < prevMargin - prev.size * FULL_LINE) return false;
  if (next.left > nextColumnLeft + next.size * 0.5) return false; // a new paragraph's indent
  if (HEADING.test(next.text)) return false;
  // Below the previous line by about a line's height, or at the top of the next column or page.
  const drop = prev.y - next.y;
  return drop < 0 || drop <= prev.size * 2.5;
}
