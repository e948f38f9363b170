import { countName } from './indicator';
import type { TableRow } from './table';
import { COUNT_UNITS, canonicalUnit, kindOfUnit } from './units';

// An allocation table flattened by spaces, as a web page's table reads when its cells lose their
// borders (`…任务分配表 村别 任务数(人) 备注 甲村 6 乙村 4 卫生院 3 合计 13`): a header cell names
// the quota and its counting word in brackets, then each unit's name is followed by its number.
// Each unit's number is a quota the body sets it, a count target with the unit as its scope; the
// 合计 is the whole body's. The names of the table's columns stand before the first pair.

// The quota column's head: what is allotted and its counting word (任务数(人), 分配名额(名)).
const QUOTA_HEAD = new RegExp(
  String.raw`(任务数|任务量|任务|分配数|指标数|名额|计划数)\s*[(（]\s*([万]?(?:` +
    COUNT_UNITS.join('|') +
    String.raw`))\s*[)）]`,
  'g',
);
// One pair: a unit's name (no digit, spaces between its characters allowed) and its number.
const PAIR = /([^\s\d][^\d\n]*?)[ \t\u3000]+(\d+(?:\.\d+)?)(?=[ \t\u3000\n]|$)/y;
// Names of columns that stand between the last quota head and the first unit (备注, 序号).
const COLUMN_HEADS = /^(?:(?:备\s*注|说\s*明|序\s*号)\s*)+/;
const TOTAL = /^(?:合计|总计|共计)$/;
// A unit's name is a short word or two (甲村, 国土、建设), never a clause.
const UNIT_NAME = /^[\u4e00-\u9fff、]{1,10}$/;
// The table's title on the head's line: what the quota is for (2016年无偿献血任务分配表 → 无偿献血任务).
const TITLE =
  /(?:(?:19|20)\d{2}年度?)?([\u4e00-\u9fff]{2,16}?)(?:分配|分解|下达|安排)?(?:计划)?(?:一览)?表/g;
const MIN_PAIRS = 3;

/** Quota cells of allocation tables flattened by spaces, one row per unit; offsets are normalised. */
export function findQuotaRows(text: string, end: number): TableRow[] {
  const rows: TableRow[] = [];
  QUOTA_HEAD.lastIndex = 0;
  let m: RegExpExecArray | null;
  let doneTo = -1;
  while ((m = QUOTA_HEAD.exec(text)) !== null && m.index < end) {
    if (m.index < doneTo) continue;
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    let lineEnd = text.indexOf('\n', m.index);
    if (lineEnd < 0 || lineEnd > end) lineEnd = end;
    doneTo = lineEnd;
    // The pairs start after the last quota head of the line (a table of two column groups
    // repeats its heads).
    let headEnd = m.index + m[0].length;
    const firstHead = m.index;
    let word = m[1]!;
    let rawUnit = m[2]!;
    let next: RegExpExecArray | null;
    while ((next = QUOTA_HEAD.exec(text)) !== null && next.index < lineEnd) {
      headEnd = next.index + next[0].length;
      [word, rawUnit] = [next[1]!, next[2]!];
    }
    QUOTA_HEAD.lastIndex = lineEnd;
    const pairs = readPairs(text, headEnd, lineEnd);
    if (pairs.length < MIN_PAIRS) continue;
    const topic = titleTopic(text.slice(lineStart, firstHead));
    const what = topic.endsWith(word.replace(/数$/, '')) ? topic : topic + word;
    const unit = canonicalUnit(rawUnit, 1);
    const name = countName(what.replace(/数$/, ''), '', unit.unit, []);
    for (const p of pairs)
      rows.push({
        lineStart,
        lineEnd,
        name,
        unit: unit.unit,
        kind: kindOfUnit(unit.unit),
        values: [
          {
            value: p.value * (unit.value ?? 1),
            comparator: null,
            year: null,
            start: p.start,
            end: p.end,
          },
        ],
        start: p.start,
        scope: p.total ? null : p.label,
      });
  }
  return rows;
}

interface Pair {
  label: string;
  total: boolean;
  value: number;
  start: number;
  end: number;
}

/** The unit–number pairs from `at` to the line's end; they stop at the first that is no pair. */
function readPairs(text: string, at: number, lineEnd: number): Pair[] {
  const pairs: Pair[] = [];
  while (at < lineEnd && /[ \t\u3000]/.test(text[at]!)) at++;
  PAIR.lastIndex = at;
  let p: RegExpExecArray | null;
  while (PAIR.lastIndex < lineEnd && (p = PAIR.exec(text)) !== null) {
    let raw = p[1]!;
    let start = p.index + raw.search(/\S/);
    raw = raw.trim();
    if (pairs.length === 0) {
      const heads = COLUMN_HEADS.exec(raw);
      if (heads) {
        start += heads[0].length;
        raw = raw.slice(heads[0].length);
      }
    }
    const label = raw.replace(/\s+/g, '');
    if (!UNIT_NAME.test(label)) break;
    pairs.push({
      label,
      total: TOTAL.test(label),
      value: Number(p[2]),
      start,
      end: p.index + p[0].length,
    });
    // Past the blank after the number, so the next pair's name starts at a character.
    while (PAIR.lastIndex < lineEnd && /[ \t\u3000]/.test(text[PAIR.lastIndex]!)) PAIR.lastIndex++;
  }
  return pairs;
}

/** What the table's title says the quota is for, or '' without a title. */
function titleTopic(before: string): string {
  let topic = '';
  for (const t of before.matchAll(TITLE)) topic = t[1]!;
  return topic;
}

// An allocation table drawn with box rules (`┌─┬─┐`, `│ 单位 │ 任务数(人次) │ 志愿者(人) │`) or
// flattened with `|`: a header row whose first cell names the table's units (单位, 地区, 县(市、区))
// and whose other cells each name a measure with its counting word in brackets; each row below
// opens with a unit's name (cells of a merged column before it, such as a group's 市 or 区, are
// passed over) and holds one number per measure. Each number is the unit's quota of that measure,
// the unit its scope, a 合计 row the whole body's; a title above the header with a year (2009年度…表)
// dates them all.

const BAR = /[│┃|]/;
// Lines of box rules only (├──┼──┤), between a drawn table's rows.
const RULE_LINE =
  /^[\s─━┄┅┈┉┌┍┎┏┐┑┒┓└┕┖┗┘┙┚┛├┝┞┟┠┡┢┣┤┥┦┧┨┩┪┫┬┭┮┯┰┱┲┳┴┵┶┷┸┹┺┻┼┽┾┿╀╁╂╃╄╅╆╇╈╉╊╋═║╒╓╔╕╖╗╘╙╚╛╜╝╞╟╠╡╢╣╤╥╦╧╨╩╪╫╬│┃|+\-=]*$/;
// The first header cell: what the rows are (spaces between its characters removed).
const UNITS_HEAD =
  /^(?:单位(?:名称)?|地区|区域|辖区|地市|市州|设区市|县(?:\(市、?区\)|（市、?区）|市区?|区)?|区县(?:市)?|乡镇(?:街道)?|街道|各地)$/;
// A measure's cell: its name and the counting word or unit in brackets (预约总数(人次)).
const MEASURE_CELL = new RegExp(
  String.raw`^([\u4e00-\u9fff]{2,14}?)[(（]([万]?(?:` +
    COUNT_UNITS.join('|') +
    String.raw`)|%|‰|元|万元)[)）]$`,
);
// A measure named by people without a counting word (志愿者队伍, 宣传员): counted in 人.
const PEOPLE_CELL = /^([\u4e00-\u9fff]{1,10}?(?:者|员|人员|医师|医生|护士))(?:队伍|人数|数)?$/;
const NUMBER_CELL = /^\d+(?:\.\d+)?$/;
// The title on the line above the header, or above the box's top rule.
const TABLE_TITLE = /((?:19|20)\d{2})年度?[^\n]{0,30}表[ \t]*\n(?:[^\n]*\n)?$/;

interface Measure {
  name: string;
  unit: string;
  scale: number;
}

/** The measure a header cell names, or null for a cell that is none (备注). */
function measureOf(cell: string, topic: string): Measure | null {
  const m = MEASURE_CELL.exec(cell);
  let stem: string;
  let raw: string;
  if (m) {
    stem = m[1]!.replace(/总?数$/, '');
    raw = m[2]!;
  } else {
    const p = PEOPLE_CELL.exec(cell);
    if (!p) return null;
    stem = cell.replace(/数$/, '');
    raw = '人';
  }
  const unit = canonicalUnit(raw, 1);
  // The title's topic leads a measure it ends in (无偿献血预约 + 预约总数 → 无偿献血预约人次).
  const what = stem.length >= 2 && topic.endsWith(stem) ? topic : stem;
  const word = (COUNT_UNITS as readonly string[]).includes(unit.unit)
    ? unit.unit === '人'
      ? '人数'
      : unit.unit
    : '';
  // 签约人数(人) → 签约人数, not 签约人人数.
  const name = what.endsWith(word)
    ? what
    : word === '人数' && what.endsWith('人')
      ? what + '数'
      : what + word;
  return { name, unit: unit.unit, scale: unit.value ?? 1 };
}

/** The cells of a ruled line with their offsets; the empty ends outside the outer rules dropped. */
function ruledCells(
  text: string,
  from: number,
  to: number,
): { s: string; at: number; end: number }[] {
  const cells: { s: string; at: number; end: number }[] = [];
  let at = from;
  for (let i = from; i <= to; i++) {
    if (i === to || BAR.test(text[i]!)) {
      const raw = text.slice(at, i);
      const lead = raw.length - raw.trimStart().length;
      const s = raw.trim();
      cells.push({ s: s.replace(/\s+/g, ''), at: at + lead, end: at + lead + s.length });
      at = i + 1;
    }
  }
  if (cells.length > 0 && cells[0]!.s === '') cells.shift();
  if (cells.length > 0 && cells[cells.length - 1]!.s === '') cells.pop();
  return cells;
}

/** Quota cells of allocation tables drawn with box rules or `|`, one row per unit and measure. */
export function findRuledQuotaRows(text: string, end: number): TableRow[] {
  const rows: TableRow[] = [];
  if (!text.includes('│') && !text.includes('┃') && !text.includes('|')) return rows;
  let lineStart = 0;
  while (lineStart < end) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0 || lineEnd > end) lineEnd = end;
    const line = text.slice(lineStart, lineEnd);
    if (BAR.test(line) && /[(（]|者|员/.test(line)) {
      const cells = ruledCells(text, lineStart, lineEnd);
      if (cells.length >= 2 && UNITS_HEAD.test(cells[0]!.s)) {
        const before = text.slice(Math.max(0, lineStart - 200), lineStart);
        const title = TABLE_TITLE.exec(before);
        const topic = titleTopic(before).replace(/^[\u4e00-\u9fff]{1,5}?[省市县区](?!级)/, '');
        // A merged cell leaves the header an empty cell the rows fill (单位 over 市 │ 市本级).
        const heads = cells.slice(1).filter((c) => c.s !== '');
        const measures = heads.map((c) => measureOf(c.s, topic));
        // One measure at least names its counting word; a header of words only is no quota's.
        if (measures.some((m, i) => m !== null && MEASURE_CELL.test(heads[i]!.s))) {
          const year = title ? Number(title[1]) : null;
          lineEnd = readRuledRows(text, lineEnd, end, measures, year, rows);
        }
      }
    }
    lineStart = lineEnd + 1;
  }
  return rows;
}

/** Reads the rows under a ruled header ending at `from`; returns where the table ends. */
function readRuledRows(
  text: string,
  from: number,
  end: number,
  measures: (Measure | null)[],
  year: number | null,
  rows: TableRow[],
): number {
  let lineStart = from + 1;
  let last = from;
  while (lineStart < end) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0 || lineEnd > end) lineEnd = end;
    const line = text.slice(lineStart, lineEnd);
    if (!BAR.test(line) && !RULE_LINE.test(line)) break;
    last = lineEnd;
    const cells = ruledCells(text, lineStart, lineEnd);
    const k = measures.length;
    if (cells.length > k && /\d/.test(line)) {
      const label = cells[cells.length - k - 1]!;
      const figures = cells.slice(cells.length - k);
      if (UNIT_NAME.test(label.s) && figures.some((c) => NUMBER_CELL.test(c.s))) {
        const total = TOTAL.test(label.s);
        figures.forEach((c, i) => {
          const m = measures[i];
          if (!m || !NUMBER_CELL.test(c.s)) return;
          rows.push({
            lineStart,
            lineEnd,
            name: m.name,
            unit: m.unit,
            kind: kindOfUnit(m.unit),
            values: [
              {
                value: Number(c.s) * m.scale,
                comparator: null,
                year,
                start: label.at,
                end: c.end,
              },
            ],
            start: label.at,
            scope: total ? null : label.s,
          });
        });
      }
    }
    lineStart = lineEnd + 1;
  }
  return last;
}
