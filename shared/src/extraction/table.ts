import { COUNT_UNITS, canonicalUnit, kindOfUnit } from './units';
import type { Comparator, TargetKind } from '../targets/vocabulary';

// Indicator tables flattened to text: a row on one line with cells split by `|` or tabs, or one
// cell per line (a PDF or web table read out column by column within a row). The row label
// carries the unit in parentheses (`卫生技术人员数(万人)`); the numbers that follow are a
// baseline and then one target per year column, as the header says (`基期水平 | 2022年目标值 |
// 2030年目标值`, or bare years `2015年 | 2020年 | 年均增长(%)` whose first is the baseline); a
// bound inside a cell (`≥80`, `<5`) wins over the indicator's direction.

/** One target cell of a row; offsets are normalised. */
export interface TableValue {
  value: number;
  /** The bound written in the cell, or null for a bare number. */
  comparator: Comparator | null;
  /** The year of the cell's column when the header names one. */
  year: number | null;
  start: number;
  end: number;
  /** Whom this cell's figure is for, when a row measures two populations (`户籍人口`, `全人口`). */
  scope?: string | null;
}

/** A table row: its label, unit and target cells; `[lineStart, lineEnd)` covers all its lines. */
export interface TableRow {
  lineStart: number;
  lineEnd: number;
  name: string;
  unit: string;
  kind: TargetKind;
  values: TableValue[];
  start: number;
  /** Whom the row's figures are for, when the row names a unit of a larger body (a quota's village). */
  scope?: string | null;
}

// A counting word may carry 万/亿 (`床位数(万张)`, `诊疗人次(亿人次)`).
const UNIT_CELL = new RegExp(
  String.raw`^(.*?)\s*[(（]\s*(%|‰|1?\/\s*(?:10|100)?万|元|万元|亿元|倍|岁|[万亿]?(?:` +
    COUNT_UNITS.join('|') +
    String.raw`))\s*[)）]\s*$`,
);
// A cell may end in a note in brackets saying whose or which year's figure it is (`78.2(2021年)`,
// `35(某市)`), as a baseline column does when its own year or place is missing.
const NUMBER_CELL =
  /^([<>≤≥＜＞]|不低于|不高于|不少于|不超过|以上|以下)?\s*(\d+(?:\.\d+)?)\s*(%|‰)?\s*(以上|以下|以内|左右)?\s*(?:[(（][^()（）\d]{0,8}(?:(?:19|20)\d{2}年?)?[^()（）\d]{0,8}[)）])?$/;
// An empty cell: a dash or 无 where a table has no baseline for the row.
const EMPTY_CELL = /^(?:[-—–－/]+|无|暂无)$/;
const HEADER_YEAR = /((?:19|20)\d{2})\s*年?\s*(?:目标值?|预期值?|规划值|值)/g;
// A header cell that is a year and nothing else (`2015年`).
const BARE_YEAR_CELL = /^((?:19|20)\d{2})\s*年?(?:底|末)?$/;
const BASE_HEADER = /基期|基线|基准|现状|现值|基数/;
const MAX_ROW_LINES = 12;
const HEADER_SCAN = 1500;

/** Finds table rows, horizontal (`name(unit) | 14.2 | ≥22`) or one cell per line. */
export function findTableRows(text: string, end: number): TableRow[] {
  const rows: TableRow[] = [];
  let at = 0;
  // Lines are visited once; a vertical row consumes the lines it reads.
  while (at < end) {
    let lineEnd = text.indexOf('\n', at);
    if (lineEnd < 0 || lineEnd > end) lineEnd = end;
    const row =
      horizontalRow(text, at, lineEnd) ??
      (lineEnd - at <= 60 && text.charCodeAt(lineEnd - 1) !== 0x3002
        ? verticalRow(text, at, lineEnd, end)
        : null);
    if (row) rows.push(row);
    at = (row ? row.lineEnd : lineEnd) + 1;
  }
  return rows;
}

function horizontalRow(text: string, lineStart: number, lineEnd: number): TableRow | null {
  const line = text.slice(lineStart, lineEnd);
  if (!line.includes('|') && !line.includes('\t')) return null;
  const cells: { s: string; at: number }[] = [];
  const re = /[^|\t]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(line)) !== null) {
    const s = m[0].trim();
    if (s) cells.push({ s, at: lineStart + m.index + m[0].indexOf(s) });
  }
  if (cells.length < 2) return null;
  const split = unitColumnSplit(cells) ?? numberedSplit(cells);
  if (split) return buildRow(text, split.head, split.cells, lineStart, lineEnd);
  return buildRow(text, cells[0]!, cells.slice(1), lineStart, lineEnd);
}

type RowCell = { s: string; at: number };

/**
 * A row whose table has a 单位 column (`序号 | 指标名称 | 单位 | 2025年`): the label is the cell
 * before the unit cell that the row's figures follow, read as if it carried the unit in brackets;
 * the field and row-number cells before the label are no part of it. The unit cell is never a
 * figure (`1/10万`, `岁` after a label).
 */
function unitColumnSplit(cells: RowCell[]): { head: RowCell; cells: RowCell[] } | null {
  let k = cells.length;
  while (k > 0 && isValueCell(cells[k - 1]!.s)) k--;
  if (k < 2 || k === cells.length) return null;
  const unit = cells[k - 1]!.s;
  if (!UNIT_FIRST.has(unit[0]!) || !UNIT_ONLY.test(unit)) return null;
  const label = cells[k - 2]!;
  if (!CJK_CHAR.test(label.s)) return null;
  return { head: { s: `${label.s}(${unit})`, at: label.at }, cells: cells.slice(k) };
}

// A row that opens with its number in the table (`15 | 出生人口性别比 | <109`): the label is the
// cell after it.
function numberedSplit(cells: RowCell[]): { head: RowCell; cells: RowCell[] } | null {
  if (cells.length < 3 || !ROW_NUMBER.test(cells[0]!.s) || !CJK_CHAR.test(cells[1]!.s)) return null;
  return { head: cells[1]!, cells: cells.slice(2) };
}

const SEX_RATIO_UNIT = '男/100女';
const CJK_CHAR = /[\u4e00-\u9fff]/;
const ROW_NUMBER = /^\d{1,3}$/;

function verticalRow(
  text: string,
  lineStart: number,
  lineEnd: number,
  end: number,
): TableRow | null {
  // Most short lines are not a row label: only a label ending in its unit's bracket is tried.
  let e = lineEnd;
  let close = text.charCodeAt(e - 1);
  // Past trailing blanks, tabs, CR and the | of a flattened table.
  while (e > lineStart && (close <= 0x20 || close === 0x7c || close === 0x3000))
    close = text.charCodeAt(--e - 1);
  let label: string;
  let at = lineEnd + 1;
  if (close === 0x29 || close === 0xff09) {
    label = cellText(text.slice(lineStart, lineEnd));
    if (!UNIT_CELL.test(label)) return null;
  } else if ((close === 0x25 || close === 0x2030) && openUnit(text, lineStart, e)) {
    // A web table's label may lose its closing bracket (`居民健康素养水平(%`): read as closed.
    label = `${cellText(text.slice(lineStart, lineEnd))})`;
    if (!UNIT_CELL.test(label)) return null;
  } else {
    // Most short lines are headings or prose: the line after is looked at before this one.
    const unit = unitColumnCell(text, at, end);
    if (!unit) return null;
    // The row is read as if its label carried the unit in brackets.
    label = `${cellText(text.slice(lineStart, lineEnd))}(${unit.unit})`;
    at = unit.next;
  }
  const cells: { s: string; at: number }[] = [];
  let last = lineEnd;
  // In a numbered table flattened a cell to a line, the next row's number stands on its own line
  // between this row's cells and the next label (`1` `人均预期寿命(岁)` `76.7` `77.7` `2` `婴儿…`):
  // the row ends there, and a cell of words before it (`持续改善`) is an aim told in words; one with
  // a figure of its own ends the row's cells.
  const next = nextRowNumber(text, lineStart, at, end);
  for (let n = 0; n < MAX_ROW_LINES && at < end; n++) {
    let e = text.indexOf('\n', at);
    if (e < 0 || e > end) e = end;
    const s = cellText(text.slice(at, e));
    if (s) {
      if (next && at === next.at) break;
      if (!NUMBER_CELL.test(s) && !EMPTY_CELL.test(s)) {
        // A cell of words with a figure (`较2022年 下降3%`) is read as prose.
        if (!next || at > next.at || /\d/.test(s)) break;
        cells.push({ s: WORD_CELL, at: at + text.slice(at, e).indexOf(s) });
      } else cells.push({ s, at: at + text.slice(at, e).indexOf(s) });
      last = e;
    }
    at = e + 1;
  }
  if (cells.length === 0) return null;
  const head = {
    s: label,
    at:
      lineStart + text.slice(lineStart, lineEnd).indexOf(cellText(text.slice(lineStart, lineEnd))),
  };
  const row = buildRow(text, head, cells, lineStart, last);
  // A numbered row whose aim is told in words still holds its lines: its label's unit
  // (`(1/10万)`) and baseline are no figures to read as prose.
  if (!row && next && cells.some((c) => c.s === WORD_CELL))
    return {
      lineStart,
      lineEnd: last,
      name: label,
      unit: '',
      kind: 'rate',
      values: [],
      start: head.at,
    };
  return row;
}

// A cell of words in a numbered row's target column: no figure (an empty slot).
const WORD_CELL = '—';

/** Whether the short label line `[lineStart, e)` ends in an open bracket and a unit (`…(%`). */
function openUnit(text: string, lineStart: number, e: number): boolean {
  const c = text.charCodeAt(e - 2);
  return e - 2 > lineStart && (c === 0x28 || c === 0xff08);
}

/**
 * When the row's label at `lineStart` follows its number in a table headed 序号 (`3` on the line
 * before), the line holding the next number (`4`) within the row's reach that a line of words
 * follows (the next label): where the row ends. Null otherwise.
 */
function nextRowNumber(
  text: string,
  lineStart: number,
  at: number,
  end: number,
): { at: number } | null {
  // The line before the label, past blank lines.
  let b = lineStart - 1;
  while (b > 0 && CELL_EDGE[text.charCodeAt(b - 1)]) b--;
  let a = b;
  while (a > 0 && text.charCodeAt(a - 1) >= 0x30 && text.charCodeAt(a - 1) <= 0x39) a--;
  if (a === b || b - a > 3 || (a > 0 && text.charCodeAt(a - 1) !== 0x0a)) return null;
  const want = String(Number(text.slice(a, b)) + 1);
  const head = text.lastIndexOf('序号', a);
  if (head < 0 || a - head > HEADER_SCAN) return null;
  let cell: { at: number } | null = null;
  for (let n = 0; n < MAX_ROW_LINES && at < end; n++) {
    let e = text.indexOf('\n', at);
    if (e < 0 || e > end) e = end;
    const s = cellText(text.slice(at, e));
    if (s) {
      if (cell && CJK_CHAR.test(s) && !isValueCell(s)) return cell;
      cell = s === want ? { at } : null;
    }
    at = e + 1;
  }
  return null;
}

// A table with a 单位 column puts the unit in a cell of its own, the line after the label
// (`人均预期寿命 |` `岁 |` `78.09 |` `≥79.2 |`).
const UNIT_ONLY = new RegExp(
  String.raw`^(%|‰|1?\/\s*(?:10|100)?万|元|万元|亿元|倍|岁|[万亿]?(?:` +
    COUNT_UNITS.join('|') +
    String.raw`))$`,
);

// The first character of each unit UNIT_ONLY takes: a line opening otherwise is no unit cell.
const UNIT_FIRST = new Set([
  '%',
  '‰',
  '1',
  '/',
  '元',
  '万',
  '亿',
  '倍',
  '岁',
  ...COUNT_UNITS.map((u) => u[0]!),
]);

/**
 * The unit cell on the line at `at` (blank lines skipped) and where the line after it starts.
 * It runs for every short line, so the cell's edges are found in place and a line that cannot
 * open with a unit is left before it is copied.
 */
function unitColumnCell(
  text: string,
  at: number,
  end: number,
): { unit: string; next: number } | null {
  while (at < end) {
    let e = text.indexOf('\n', at);
    if (e < 0 || e > end) e = end;
    let a = at;
    let b = e;
    while (a < b && CELL_EDGE[text.charCodeAt(a)]) a++;
    while (b > a && CELL_EDGE[text.charCodeAt(b - 1)]) b--;
    if (a < b) {
      if (!UNIT_FIRST.has(text[a]!)) return null;
      const s = text.slice(a, b); // = cellText(text.slice(at, e))
      return UNIT_ONLY.test(s) ? { unit: s, next: e + 1 } : null;
    }
    at = e + 1;
  }
  return null;
}

/** A line holding one cell, without the `|` a flattened table leaves at its ends. */
function cellText(line: string): string {
  return line.replace(/^[\s|]+|[\s|]+$/g, '');
}

/** What `cellText` trims, by code unit: `|` and JavaScript's `\s` (blanks and line ends). */
export const CELL_EDGE = new Uint8Array(65536);
for (const c of '|\t\n\v\f\r \u00a0\u1680\u2028\u2029\u202f\u205f\u3000\ufeff')
  CELL_EDGE[c.charCodeAt(0)] = 1;
for (let c = 0x2000; c <= 0x200a; c++) CELL_EDGE[c] = 1;

interface Cell {
  value: number;
  comparator: Comparator | null;
  unit: string | undefined;
  at: number;
  len: number;
}

function buildRow(
  text: string,
  head: { s: string; at: number },
  cells: { s: string; at: number }[],
  lineStart: number,
  lineEnd: number,
): TableRow | null {
  // The label holds words; a row may still start with an age or an age range (5岁以下儿童贫血率,
  // 30—70岁…过早死亡率).
  if (!/[\u4e00-\u9fff]/.test(head.s) || /^[\d.]+(?![\d.]*(?:[-—–~～至到][\d.]+)?岁)/.test(head.s))
    return null;
  const numbers: Cell[] = [];
  const slots: (Cell | null)[] = [];
  for (const c of cells) {
    if (EMPTY_CELL.test(c.s)) {
      slots.push(null);
      continue;
    }
    const n = NUMBER_CELL.exec(c.s);
    if (!n) return null;
    const cell = {
      value: Number(n[2]),
      comparator: cellBound(n[1], n[4]),
      unit: n[3],
      at: c.at,
      len: c.s.length,
    };
    numbers.push(cell);
    slots.push(cell);
  }
  if (numbers.length === 0) return null;
  const u = UNIT_CELL.exec(head.s);
  const name = u ? u[1]! : head.s;
  // A sex ratio's row may leave its unit out: boys per 100 girls is the only way it is told.
  const rawUnit = u
    ? u[2]!
    : (numbers[numbers.length - 1]!.unit ?? (name.endsWith('性别比') ? SEX_RATIO_UNIT : ''));
  if (!rawUnit) return null;
  const { years, base } = headerYears(text, lineStart);
  const columns = years.length > 0 ? null : bareYearColumns(text, lineStart);
  // With year columns the cells after the baseline are the years' targets; without, the last
  // cell is the target and any before it a baseline.
  let picked: { cell: Cell; year: number | null }[];
  if (columns) {
    // Cells line up with the header's columns; the first year is the baseline.
    const firstYear = columns.findIndex((y) => y !== null);
    picked = slots
      .map((cell, i) => ({ cell, year: i > firstYear ? (columns[i] ?? null) : null }))
      .filter((p): p is { cell: Cell; year: number } => p.cell !== null && p.year !== null);
    if (picked.length === 0) return null;
  } else if (years.length > 0) {
    const offset = slots.length > years.length ? slots.length - years.length : 0;
    picked = years
      .map((year, i) => ({ cell: slots[offset + i] ?? null, year }))
      .filter((p): p is { cell: Cell; year: number } => p.cell !== null);
    if (picked.length === 0) return null;
  } else {
    const lastCell = numbers[numbers.length - 1]!;
    if (numbers.length === 1 && base) return null;
    // 疫苗名称 | 卡介苗 | 乙肝… then 接种率(%) | 99.78 | 100 | …: three figures or more under a header
    // that names no aim are one figure per column's item, a table of where things stand.
    if (numbers.length >= 3 && !AIM_COLUMN.test(headerLines(text, lineStart))) return null;
    picked = [{ cell: lastCell, year: null }];
  }
  const cu = canonicalUnit(rawUnit, 1);
  const scale = cu.value ?? 1;
  const kind = cu.unit === SEX_RATIO_UNIT ? 'rate' : kindOfUnit(cu.unit);
  return {
    lineStart,
    lineEnd,
    // A count row is titled as a count (`中医医院(所)` → 中医医院数).
    name: kind === 'count' && !/[数量]$/.test(name) ? `${name}数` : name,
    unit: cu.unit,
    kind,
    values: picked.map(({ cell, year }) => ({
      value: Math.round(cell.value * scale * 1e6) / 1e6,
      comparator: cell.comparator,
      year,
      start: head.at,
      end: cell.at + cell.len,
    })),
    start: head.at,
  };
}

function cellBound(prefix: string | undefined, suffix: string | undefined): Comparator | null {
  return boundWord(prefix ?? suffix);
}

/** The comparator a table cell's bound word or sign gives (`≥80`, `10以下`, `90左右`); shared with scope-tables.ts. */
export function boundWord(w: string | undefined): Comparator | null {
  if (!w) return null;
  if (w === '≥' || w === '不低于' || w === '不少于' || w === '以上') return '>=';
  if (w === '≤' || w === '不高于' || w === '不超过' || w === '以下' || w === '以内') return '<=';
  if (w === '>' || w === '＞') return '>';
  if (w === '<' || w === '＜') return '<';
  return w === '左右' ? '~' : null;
}

/** The target years the table's header names before `at` (`2022年目标值`), and whether it has a baseline column. */
function headerYears(text: string, at: number): { years: number[]; base: boolean } {
  const from = Math.max(0, at - HEADER_SCAN);
  const head = text.slice(from, at);
  // The header is the last run of year columns before the row.
  const found = [...head.matchAll(HEADER_YEAR)];
  if (found.length === 0) return { years: [], base: BASE_HEADER.test(head) };
  const years: number[] = [];
  const lastAt = found[found.length - 1]!.index;
  for (const m of found) if (lastAt - m.index < 200) years.push(Number(m[1]));
  const sorted = [...new Set(years)];
  return { years: sorted, base: BASE_HEADER.test(head.slice(Math.max(0, lastAt - 200))) };
}

/**
 * The header's columns when it names bare years (`具体指标 | 2010年 | 2015年 | 年均增长(%) | 属性`):
 * for each column from the first year on, its year or null; null when there are fewer than two.
 */
function bareYearColumns(text: string, at: number): (number | null)[] | null {
  const head = text.slice(Math.max(0, at - HEADER_SCAN), at);
  const cells = head
    .split(/[|\t\n]/)
    .map((c) => c.trim())
    .filter(Boolean);
  let last = -1;
  for (let i = cells.length - 1; i >= 0 && last < 0; i--)
    if (BARE_YEAR_CELL.test(cells[i]!)) last = i;
  if (last < 0) return null;
  let first = last;
  while (first > 0 && BARE_YEAR_CELL.test(cells[first - 1]!)) first--;
  if (last === first) return null;
  // The header runs on to the first row's label: the cell a number follows.
  let stop = last + 1;
  while (stop < cells.length && !(stop + 1 < cells.length && isValueCell(cells[stop + 1]!))) stop++;
  return cells.slice(first, stop).map((c) => {
    const y = BARE_YEAR_CELL.exec(c);
    return y ? Number(y[1]) : null;
  });
}

// A header word that makes a column an aim's.
const AIM_COLUMN = /目标|预期|规划|要求|指标值|任务/;

/**
 * The header above a row at `at`: the short lines (cells) back to the last line of prose (40
 * characters or more, or a sentence's end), at most HEADER_SCAN characters.
 */
function headerLines(text: string, at: number): string {
  const floor = Math.max(0, at - HEADER_SCAN);
  let from = at;
  while (from > floor) {
    let prev = from - 1;
    while (prev > floor && text.charCodeAt(prev - 1) !== 0x0a) prev--;
    const line = text.slice(prev, from - 1);
    if (line.length >= 40 || /[。:：]\s*$/.test(line)) break;
    from = prev;
  }
  return text.slice(from, at);
}

function isValueCell(s: string): boolean {
  return NUMBER_CELL.test(s) || EMPTY_CELL.test(s);
}
