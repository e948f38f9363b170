import { boundWord, type TableRow } from './table';
import { COUNT_UNITS, kindOfUnit } from './units';

// A performance form (绩效自评表) flattened with its cells run together on one line, separated by
// spaces: after the header `指标值 完成值` (年度指标值 实际完成值, 目标值 实际值) each row is its
// indicator, the aim, what was done, the weight and the score. Only the first figure after an
// indicator is an aim; the rest of its row is the record and the marking. Above the header the
// form lists its money and its scoring (年初预算数 全年预算数 全年执行数 分值 执行率 得分): those
// figures are not aims either. aim-columns.ts reads the same forms flattened one cell a line.

// The header: the aim column's word, then the achieved one's.
const RUN_HEADER = /(?:指标值|目标值)[ \t]+(?:实际)?(?:完成值|实际值)/;
// A run of header words that titles money or marks, not indicators.
const MONEY_WORDS = /预算|执行数|执行率|资金|分值|得分/;
// A cell with a figure: a bound, the number, its unit (a space may stand before the unit: 不少于12 种).
const FIGURE =
  /^(≥|≤|≧|≦|>|<|不低于|不少于|不高于|不超过)?(\d+(?:\.\d+)?)(%|‰|[\u4e00-\u9fff]{1,2})?(以上|以下)?$/;
const BARE_UNIT = /^(?:%|‰|[\u4e00-\u9fff]{1,2})$/;
const DASH = /^[-—–－]+$/;
// A row's own number (指标7:) and the levels that head a group of rows (产出指标, 数量指标).
const ROW_MARK = /指标\d+[:：]/g;
const LEVEL_CELL = /指标$/;
// Header words inside a label: the flattening put the header among the rows there.
const HEADER_WORDS = /分值|得分|完成值|指标值/;

interface Token {
  s: string;
  start: number;
  end: number;
}

/** The line's cells, split at spaces; a number and the unit after its space are one cell. */
function tokens(t: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  const re = /\S+/g;
  re.lastIndex = from;
  for (let m = re.exec(t); m && m.index < to; m = re.exec(t)) {
    const prev = out[out.length - 1];
    if (prev && /\d$/.test(prev.s) && BARE_UNIT.test(m[0]) && FIGURE.test(prev.s + m[0])) {
      prev.s += m[0];
      prev.end = m.index + m[0].length;
    } else out.push({ s: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** The indicator a run of label cells names, or null when the flattening scrambled it. */
function labelOf(words: string[]): string | null {
  let label = words.filter((w) => !LEVEL_CELL.test(w)).join('');
  const marks = [...label.matchAll(ROW_MARK)];
  if (marks.length > 0) {
    const lastMark = marks[marks.length - 1]!;
    label = label.slice(lastMark.index + lastMark[0].length);
  }
  if (!/[\u4e00-\u9fff]/.test(label) || HEADER_WORDS.test(label)) return null;
  return label;
}

/** The aims of a form whose cells run together on one line, and rows covering its other figures. */
export function findAimRunRows(t: string, end: number): TableRow[] {
  if (!t.includes('完成值') && !t.includes('实际值')) return [];
  const header = RUN_HEADER.exec(t);
  if (!header || header.index >= end) return [];
  const lineStart = t.lastIndexOf('\n', header.index) + 1;
  let lineEnd = t.indexOf('\n', header.index);
  if (lineEnd < 0 || lineEnd > end) lineEnd = end;
  const rows: TableRow[] = [];
  const cover = (k: Token) =>
    rows.push({
      lineStart: k.start,
      lineEnd: k.end,
      name: '',
      unit: '',
      kind: 'count',
      values: [],
      start: k.start,
    });
  // Above the header: a figure after money or marking words is the form's budget or score.
  let words = '';
  let afterFigure = false;
  for (const k of tokens(t, lineStart, header.index)) {
    if (FIGURE.test(k.s) || DASH.test(k.s)) {
      afterFigure = true;
      if (MONEY_WORDS.test(words)) cover(k);
    } else {
      if (afterFigure) words = '';
      afterFigure = false;
      words += k.s;
    }
  }
  // Below it: label cells, then the row's figures; the first figure with a unit is the aim.
  let label: string[] = [];
  let open = false;
  for (const k of tokens(t, header.index + header[0].length, lineEnd)) {
    const m = FIGURE.exec(k.s);
    if (!m && !DASH.test(k.s)) {
      if (open) label = [];
      open = false;
      label.push(k.s);
      continue;
    }
    const name = !open && m ? labelOf(label) : null;
    open = true;
    const unit = m?.[3];
    const fits =
      name !== null &&
      unit !== undefined &&
      (unit === '%' || unit === '‰'
        ? true
        : (COUNT_UNITS as readonly string[]).includes(unit) && !name.endsWith('率'));
    if (!fits || !m) {
      cover(k);
      continue;
    }
    rows.push({
      lineStart: k.start,
      lineEnd: k.end,
      name,
      unit,
      kind: kindOfUnit(unit),
      values: [
        {
          value: Number(m[2]),
          comparator: boundWord(m[1] === '≧' ? '≥' : m[1] === '≦' ? '≤' : (m[1] ?? m[4])),
          year: null,
          start: k.start,
          end: k.end,
        },
      ],
      start: k.start,
    });
  }
  return rows;
}
