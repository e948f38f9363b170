import { canonicalUnit, kindOfUnit } from './units';
import { boundWord, type TableRow, type TableValue } from './table';

// An indicator table flattened one cell per line whose header names a scope column
// (`序号 | 指标名称 | 统计口径 | 属性 | 2015年目标值`): a row whose indicator is measured for two
// populations writes its label once and then a second run of the cells after the label
// (`婴儿死亡率 | 户籍人口 | 预期性 | ≤2.8‰ | 全人口 | 预期性 | ≤5.97‰`). Each run is a target of its
// own, its scope the run's scope cell, its year the header's target column; a baseline column is
// not read. A run without a unit (`0`, `100`) takes the unit of the label's other run.

type Role = 'index' | 'name' | 'scope' | 'attribute' | 'base' | 'target';
interface Column {
  role: Role;
  year: number | null;
}

const SCOPE_HEAD = /^(?:统计)?(?:口径|范围)$/;
const MAX_HEAD_CELLS = 8;
const MAX_CELL = 24;
const VALUE =
  /^([<>≤≥＜＞]|不低于|不高于|不少于|不超过)?\s*(\d+(?:\.\d+)?)\s*(%|‰|\/\s*(?:10|十)?万|岁|元|万元|亿元)?\s*(以上|以下|以内|左右)?$/;
const EMPTY = /^(?:[-—–－/]+|无|暂无)$/;

function columnOf(cell: string): Column | null {
  if (/^序号$/.test(cell)) return { role: 'index', year: null };
  if (SCOPE_HEAD.test(cell)) return { role: 'scope', year: null };
  if (/^(?:指标)?(?:属性|性质|类别)$/.test(cell)) return { role: 'attribute', year: null };
  const y = /^((?:19|20)\d{2})\s*年?\s*(目标值?|预期值?|规划值|基期值?|基数|现状值?)?$/.exec(cell);
  if (y) {
    const base = !y[2] || /基|现状/.test(y[2]);
    return { role: base ? 'base' : 'target', year: Number(y[1]) };
  }
  if (/^(?:基期值?|基线值?|现状值?|现值)$/.test(cell)) return { role: 'base', year: null };
  if (/^(?:目标值?|规划目标)$/.test(cell)) return { role: 'target', year: null };
  if (/^(?:主要)?(?:指标|项目)(?:名称)?$/.test(cell)) return { role: 'name', year: null };
  return null;
}

/** Non-blank lines from `at` as cells with their offsets, up to `end`; `|` edges trimmed. */
function* cellsFrom(text: string, at: number, end: number): Generator<{ s: string; at: number }> {
  while (at < end) {
    let e = text.indexOf('\n', at);
    if (e < 0 || e > end) e = end;
    const raw = text.slice(at, e);
    const s = raw.replace(/^[\s|]+|[\s|]+$/g, '');
    if (s) yield { s, at: at + raw.indexOf(s) };
    at = e + 1;
  }
}

/** The rows of every one-cell-a-line table with a scope column before `end`, one value per run. */
export function findScopeTableRows(text: string, end: number): TableRow[] {
  const rows: TableRow[] = [];
  const re = /\n[ \t|]*(?:统计)?(?:口径|范围)[ \t|]*\n/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null && m.index < end) {
    const found = readTable(text, m.index + 1, end);
    rows.push(...found.rows);
    re.lastIndex = Math.max(re.lastIndex, found.end);
  }
  return rows;
}

function readTable(
  text: string,
  scopeLine: number,
  end: number,
): { rows: TableRow[]; end: number } {
  // The header cells before the scope cell (bounded), then those after it up to the first index.
  const before: Column[] = [];
  let at = scopeLine;
  for (let n = 0; n < MAX_HEAD_CELLS && at > 0; n++) {
    let s = text.lastIndexOf('\n', at - 2);
    while (s >= 0 && at - s <= 2) s = text.lastIndexOf('\n', s - 1); // blank lines
    const lineStart = s + 1;
    const cell = text.slice(lineStart, at).replace(/^[\s|]+|[\s|]+$/g, '');
    const col = cell.length <= MAX_CELL ? columnOf(cell) : null;
    if (!col) break;
    before.unshift(col);
    at = lineStart;
    if (col.role === 'index') break;
  }
  const columns: Column[] = [...before, { role: 'scope', year: null }];
  const cells = cellsFrom(text, text.indexOf('\n', scopeLine) + 1, end);
  let next = cells.next();
  while (!next.done && columns.length < MAX_HEAD_CELLS * 2) {
    const col = next.value.s.length <= MAX_CELL ? columnOf(next.value.s) : null;
    if (!col) break;
    columns.push(col);
    next = cells.next();
  }
  const nameAt = columns.findIndex((c) => c.role === 'name');
  if (columns[0]?.role !== 'index' || nameAt !== 1 || !columns.some((c) => c.role === 'target'))
    return { rows: [], end: scopeLine };
  const run = columns.slice(nameAt + 1);
  const rows: TableRow[] = [];
  let last = scopeLine;
  // Each row: its index, its label, then one or more runs of the columns after the label.
  while (!next.done && /^\d{1,3}$/.test(next.value.s)) {
    const rowStart = next.value.at;
    next = cells.next();
    if (next.done || !/[\u4e00-\u9fff]/.test(next.value.s) || next.value.s.length > 40) break;
    const label = next.value;
    next = cells.next();
    const values: (TableValue & { raw: string })[] = [];
    let lineEnd = label.at + label.s.length;
    // A run starts with a cell that is not a figure; the first run follows the label.
    while (!next.done && values.length < 6) {
      let scope: string | null = null;
      let got: (TableValue & { raw: string }) | null = null;
      let ok = true;
      for (const col of run) {
        if (next.done) {
          ok = false;
          break;
        }
        const s = next.value.s;
        if (col.role === 'scope' || col.role === 'attribute') {
          if (VALUE.test(s) || s.length > 12 || /^\d+$/.test(s)) {
            ok = false;
            break;
          }
          if (col.role === 'scope') scope = s;
        } else if (col.role === 'base' || col.role === 'target') {
          const v = VALUE.exec(s);
          if (!v && !EMPTY.test(s)) {
            ok = false;
            break;
          }
          if (v && col.role === 'target' && !got)
            got = {
              value: Number(v[2]),
              comparator: boundWord(v[1] ?? v[4]),
              year: col.year,
              start: label.at,
              end: next.value.at + s.length,
              scope,
              raw: (v[3] ?? '').replace(/\s+/g, ''),
            };
        } else {
          ok = false;
          break;
        }
        lineEnd = next.value.at + s.length;
        next = cells.next();
      }
      if (got) values.push(got);
      if (!ok || next.done || /^\d{1,3}$/.test(next.value.s)) break;
    }
    const unit = values.find((v) => v.raw)?.raw;
    if (values.length > 0 && unit) {
      const cu = canonicalUnit(unit, 1);
      const scale = cu.value ?? 1;
      rows.push({
        lineStart: rowStart,
        lineEnd,
        name: label.s,
        unit: cu.unit,
        kind: kindOfUnit(cu.unit),
        values: values.map(({ raw: _raw, ...v }) => ({
          ...v,
          value: Math.round(v.value * scale * 1e6) / 1e6,
        })),
        start: label.at,
      });
    }
    last = lineEnd;
  }
  return { rows, end: last };
}
