import { canonicalUnit, kindOfUnit } from './units';
import type { TargetKind } from './types';

/** A table row flattened into a line: `孕产妇死亡率(1/10万) | 20.5 | 18`; offsets are normalised. */
export interface TableRow {
  lineStart: number;
  lineEnd: number;
  name: string;
  unit: string;
  kind: TargetKind;
  /** The last numeric column: the target where a baseline column comes first. */
  value: number;
  start: number;
  end: number;
}

const UNIT_CELL =
  /^(.*?)\s*[(（]\s*(%|‰|1?\/\s*(?:10|100)?万|元|万元|亿元|倍|个|人|名|张|所|家|户|对|支|篇|幅|种|项)\s*[)）]\s*$/;
const NUMBER_CELL =
  /^([<>≤≥]|不低于|不高于|以上|以下)?\s*(\d+(?:\.\d+)?)\s*(%|‰)?\s*(以上|以下|以内)?$/;

/** Finds lines that are table rows: a name cell then at least one numeric cell, split by `|` or tabs. */
export function findTableRows(text: string, end: number): TableRow[] {
  const rows: TableRow[] = [];
  // Next separator positions are cached so that a text without any stays a single pass.
  let bar = text.indexOf('|');
  let tab = text.indexOf('\t');
  let at = 0;
  while (at < end) {
    if (bar >= 0 && bar < at) bar = text.indexOf('|', at);
    if (tab >= 0 && tab < at) tab = text.indexOf('\t', at);
    const sep = bar < 0 ? tab : tab < 0 ? bar : Math.min(bar, tab);
    if (sep < 0 || sep >= end) break;
    const lineStart = text.lastIndexOf('\n', sep) + 1;
    let lineEnd = text.indexOf('\n', sep);
    if (lineEnd < 0 || lineEnd > end) lineEnd = end;
    const row = readRow(text, Math.max(lineStart, at), lineEnd);
    if (row) rows.push(row);
    at = lineEnd + 1;
  }
  return rows;
}

function readRow(text: string, lineStart: number, lineEnd: number): TableRow | null {
  const line = text.slice(lineStart, lineEnd);
  const cells: { s: string; at: number }[] = [];
  const re = /[^|\t]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(line)) !== null) {
    const s = m[0].trim();
    if (s) cells.push({ s, at: m.index + m[0].indexOf(s) });
  }
  if (cells.length < 2) return null;
  const head = cells[0]!;
  if (!/[\u4e00-\u9fff]/.test(head.s) || /^\d/.test(head.s)) return null;
  let last: { value: number; unit: string | undefined; at: number; len: number } | null = null;
  for (const c of cells.slice(1)) {
    const n = NUMBER_CELL.exec(c.s);
    if (!n) return null;
    last = { value: Number(n[2]), unit: n[3], at: c.at, len: c.s.length };
  }
  if (!last) return null;
  const u = UNIT_CELL.exec(head.s);
  const name = u ? u[1]! : head.s;
  const rawUnit = u ? u[2]! : (last.unit ?? '');
  if (!rawUnit) return null;
  const cu = canonicalUnit(rawUnit, last.value);
  return {
    lineStart,
    lineEnd,
    name,
    unit: cu.unit,
    kind: kindOfUnit(cu.unit),
    value: cu.value ?? last.value,
    start: lineStart + head.at,
    end: lineStart + last.at + last.len,
  };
}
