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
