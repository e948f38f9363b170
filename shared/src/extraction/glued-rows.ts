import type { IndicatorMatcher } from './catalogue-names';
import { boundWord, type TableRow } from './table';
import { COUNT_UNITS, kindOfUnit } from './units';

// A numbered indicator table whose cells lost every separator when a document site turned it into
// text (`序号类别指标2022年全市目标值责任部门1综合人均预期寿命(岁)77.7市卫生健康委2每千常住人口…`):
// each row is its number, the category cell (`综合`, `健康知识普及行动`), the indicator with its
// unit in brackets, the aim, then the responsible body, all glued into one run. The unit bracket
// right before the aim is what marks a row; a conversion that dropped the `%` and `‰` glyphs
// leaves it empty (`居民健康素养水平()22`), and the unit is then the catalogue's for the name (a
// rate's `%`, the infant death rate's `‰`), or `%` for a share by its name alone. table.ts and
// aim-runs.ts read tables whose cells are still split by bars, tabs, lines or spaces.

// The header: a numbered table (序号) whose aim column (目标值) is followed by the responsible body's.
const HEADER =
  /序号[^\n。]{0,60}?(?:((?:19|20)\d{2})\s*年)?[^\n。\d]{0,6}?(?:目标值?|指标值|预期值)\s*(?:责任|牵头|主责)(?:部门|单位)/;
// A unit in brackets right before the aim (empty when the sign was lost), and the aim with a bound.
const UNIT_THEN_AIM = new RegExp(
  String.raw`[(（]\s*(%|‰|1?\/\s*(?:10|100)?万|元|万元|亿元|岁|[万亿]?(?:` +
    COUNT_UNITS.join('|') +
    String.raw`))?\s*[)）]\s*(≥|≤|>|<|不低于|不高于|不少于|不超过)?(\d+(?:\.\d+)?)(以上|以下|以内)?(?=[\u4e00-\u9fff])`,
  'g',
);
// The category cell a row opens with when it starts a group: the overall group, or one of the
// actions a 健康中国行动 table is grouped by (its last 行动, past the site's page marks).
const CATEGORY = /^(?:综合(?:指标)?|[^]*行动)/;
// A label too long for one cell: the match ran over a row it could not read.
const MAX_LABEL = 50;

/** The unit a row's empty bracket lost: the catalogue's for its name, else a share's `%`. */
function lostUnit(label: string, catalogue: IndicatorMatcher | null): string | null {
  const hit = catalogue?.last(label, 0, label.length);
  if (hit && hit.end === label.length) return hit.entry.unit;
  return /(?:率|比例|比重|占比)$/.test(label) ? '%' : null;
}

/**
 * The rows of a numbered indicator table glued into one run, in `t` (normalised) up to `end`,
 * and one row covering the whole table so that its figures are not read again as prose.
 */
export function findGluedRows(
  t: string,
  end: number,
  catalogue: IndicatorMatcher | null,
): TableRow[] {
  if (!t.includes('序号') || !t.includes('值')) return [];
  const header = HEADER.exec(t);
  if (!header || header.index >= end) return [];
  const year = header[1] ? Number(header[1]) : null;
  const stop = t.indexOf('。', header.index);
  const to = stop < 0 || stop > end ? end : stop;
  const rows: TableRow[] = [];
  let at = header.index + header[0].length;
  let next = 1; // the row number expected next
  UNIT_THEN_AIM.lastIndex = at;
  for (let m = UNIT_THEN_AIM.exec(t); m && m.index < to; m = UNIT_THEN_AIM.exec(t)) {
    // The row's number: the numbers expected in turn, the last found opening the label (rows
    // with no figure, `…机制实现市卫生健康委6…`, are passed over by their numbers).
    let labelStart = -1;
    for (let i = at; i < m.index;) {
      const n = String(next);
      const j = t.indexOf(n, i);
      if (j < 0 || j >= m.index) break;
      if (j > 0 && /\d/.test(t[j - 1]!)) {
        i = j + 1;
        continue;
      }
      labelStart = j + n.length;
      next++;
      i = labelStart;
    }
    if (labelStart < 0) break; // not a numbered row: the table has ended
    let label = t.slice(labelStart, m.index);
    const category = CATEGORY.exec(label);
    if (category && label.length - category[0].length >= 4) {
      labelStart += category[0].length;
      label = label.slice(category[0].length);
    }
    at = m.index + m[0].length;
    if (label.length > MAX_LABEL || !/[\u4e00-\u9fff]/.test(label)) continue;
    const unit = m[1] ?? lostUnit(label, catalogue);
    if (!unit) continue;
    rows.push({
      lineStart: labelStart,
      lineEnd: at,
      name: label,
      unit,
      kind: kindOfUnit(unit),
      values: [
        {
          value: Number(m[3]),
          comparator: boundWord(m[2] ?? m[4]),
          year,
          start: labelStart,
          end: at,
        },
      ],
      start: labelStart,
    });
  }
  if (rows.length < 2) return [];
  const cover: TableRow = {
    lineStart: header.index,
    lineEnd: rows[rows.length - 1]!.lineEnd,
    name: '',
    unit: '',
    kind: 'count',
    values: [],
    start: header.index,
  };
  return [cover, ...rows];
}
