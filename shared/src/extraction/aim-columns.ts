import { boundWord, type TableRow } from './table';
import { COUNT_UNITS, kindOfUnit } from './units';

// A performance table (绩效目标表) flattened one cell a line, each cell closed by a line of `|`,
// puts the aims in columns its header names (目标值, 标准值) beside what was done (目标完成值,
// 评价指标值), the points and the scoring rule. Only a figure under an aim column is a target; the
// achieved columns, the weights and the rule's bands are not. The row's cell left of the aim names
// it (the count's label, or the rate a formula defines: 建档率=建档人数/常住人口数×100%).

// A header cell that holds the aims: 目标值, 标准值, 年度指标值.
const AIM_HEADER = /^(?:年度)?(?:目标值|标准值|指标值)$/;
// A header cell: short words with no figure and no list marker (目标名称, 评分规则, 得分).
const HEADER_CELL = /^[\u4e00-\u9fff()（）]{2,10}$/;
// ≧/≦ are the bounds some offices' forms type (a Japanese-keyboard form of ≥/≤).
const FIGURE_CELL =
  /^(≥|≤|≧|≦|>|<|不低于|不少于|不高于|不超过)?\s*(\d+(?:\.\d+)?)\s*(%|‰|[\u4e00-\u9fff]{1,2})?\s*(以上|以下)?$/;
const LIST_MARKER = /^(?:\d+[.、．]|[(（]\d+[)）]|[一二三四五六七八九十]+、)\s*/;

interface Cell {
  s: string;
  start: number;
  end: number;
}

/** The cells of the text up to `end`: the lines between two `|` lines, joined; empty ones kept. */
function barLineCells(t: string, end: number): Cell[] {
  const cells: Cell[] = [];
  let s = '';
  let start = -1;
  let last = -1;
  for (let at = 0; at < end;) {
    let e = t.indexOf('\n', at);
    if (e < 0 || e > end) e = end;
    const line = t.slice(at, e).trim();
    if (line === '|') {
      cells.push({ s, start, end: last });
      s = '';
      start = -1;
    } else if (line) {
      if (start < 0) start = at + t.slice(at, e).indexOf(line);
      s += line;
      last = start + s.length;
    }
    at = e + 1;
  }
  return cells;
}

/** The figure cell's value, bound and unit, when it has a unit (a bare 6475 is left). */
function figureOf(s: string): { value: number; sign: string | undefined; unit: string } | null {
  const m = FIGURE_CELL.exec(s);
  if (!m || !m[3]) return null;
  const unit = m[3];
  if (unit !== '%' && unit !== '‰' && !(COUNT_UNITS as readonly string[]).includes(unit))
    return null;
  return { value: Number(m[2]), sign: UNIFORM_SIGN[m[1] ?? ''] ?? m[1] ?? m[4], unit };
}

const UNIFORM_SIGN: Record<string, string> = { '≧': '≥', '≦': '≤' };

// A sum standing alone in a cell: above the aim header it is the money the form holds (项目金额,
// 年度资金总额, 财政拨款), not an aim.
const MONEY_CELL = /^\d+(?:\.\d+)?\s*(?:万元|元|亿元)$/;

/** The form's own money above its aim header, as rows with no values: what they cover is read. */
function moneyCells(cells: Cell[], header: number, end: number): TableRow[] {
  const rows: TableRow[] = [];
  for (let i = 1; i < header; i++) {
    const c = cells[i]!;
    if (MONEY_CELL.test(c.s)) rows.push(coverRow(c.start, c.end > end ? end : c.end));
  }
  return rows;
}

/** A row that only covers its span: the figures in it are the table's, none an aim. */
function coverRow(start: number, end: number): TableRow {
  return { lineStart: start, lineEnd: end, name: '', unit: '', kind: 'count', values: [], start };
}

/** The row length whose first column holds no figure in any row after the header, or 0. */
function rowLength(cells: Cell[], from: number, aim: number, last: number): number {
  // The header may sit under a wider one (绩效目标设置情况 | 绩效目标完成情况): the shortest run of
  // header cells, from the label's column right before the first aim, whose rows line up.
  for (let s = aim - 1; s >= from; s--) {
    const n = last - s + 1;
    let rows = 0;
    let fits = true;
    for (let i = last + 1; i + n <= cells.length; i += n, rows++)
      if (FIGURE_CELL.test(cells[i]!.s)) fits = false;
    if (fits && rows >= 2) return n;
  }
  return 0;
}

/** The aims a flattened performance table holds under its 目标值/标准值 columns, as table rows. */
export function findAimColumnRows(t: string, end: number): TableRow[] {
  if (!t.includes('目标值') && !t.includes('标准值') && !t.includes('指标值')) return [];
  if (!t.includes('\n|\n')) return [];
  const cells = barLineCells(t, end);
  const aim = cells.findIndex((c) => AIM_HEADER.test(c.s));
  if (aim < 0) return [];
  const money = moneyCells(cells, aim, end);
  let first = aim;
  while (first > 0 && HEADER_CELL.test(cells[first - 1]!.s)) first--;
  let last = aim;
  while (last + 1 < cells.length && HEADER_CELL.test(cells[last + 1]!.s)) last++;
  const n = rowLength(cells, first, aim, last);
  if (n === 0) return money;
  const head = last - n + 1;
  const columns: number[] = [];
  for (let c = 1; c < n; c++) if (AIM_HEADER.test(cells[head + c]!.s)) columns.push(c);
  const rows: TableRow[] = money;
  for (let r = last + 1; r + n <= cells.length; r += n) {
    for (const c of columns) {
      const cell = cells[r + c]!;
      const figure = figureOf(cell.s);
      if (!figure) continue;
      // The rate a formula defines is named before its `=`.
      const name = cells[r + c - 1]!.s.split(/[=＝]/)[0]!.replace(LIST_MARKER, '').trim();
      if (!/[\u4e00-\u9fff]/.test(name)) continue;
      rows.push({
        lineStart: cell.start,
        lineEnd: cell.end,
        name,
        unit: figure.unit,
        kind: kindOfUnit(figure.unit),
        values: [
          {
            value: figure.value,
            comparator: boundWord(figure.sign),
            year: null,
            start: cell.start,
            end: cell.end,
          },
        ],
        start: cell.start,
      });
    }
  }
  return rows;
}
