// Edges of a name read from run-on text: a table flattened into one line (考核比率 pages), notes
// in brackets, cells parted by spaces. Applied to the raw phrase before a rate's name is read.

/**
 * The phrase with what cannot open or close a name cut off: everything up to a figure with its
 * % or up to a bracket that closes a note (`(孕12周前)`, `(按244抽)`, `…*35%)`, `(记者… 通讯员…)`:
 * a digit, 注 or a byline inside, or no opening bracket in the phrase), text before a run of
 * spaces between words when a name of three characters or more follows it (a flattened table's
 * cells), and a trailing `=` (`查验率=100%`).
 */
export function nameEdges(phrase: string): string {
  let s = phrase.replace(/\s*[=＝]\s*$/, '');
  // A figure with its % (…*10%*65%高血压患者健康管理率) ends another statement before the name.
  const figure = lastMatch(s, /\d\s*[%‰]/g);
  if (figure && /^[\u4e00-\u9fff]{3,}/.test(s.slice(figure.index + figure[0].length))) {
    s = s.slice(figure.index + figure[0].length);
  }
  // 接种率稳中有升、监测处置规范高效、数字化服务覆盖…: a list item that is a rate with a verdict
  // after it is a statement of its own; the name is in the items after the last such one.
  const stated = lastMatch(
    s,
    /(?:率|比例)(?:(?![率例和及与])[\u4e00-\u9fff]){2,8}、(?:[^、]{2,16}、)*/g,
  );
  if (stated && /^[\u4e00-\u9fff]{3,}/.test(s.slice(stated.index + stated[0].length))) {
    s = s.slice(stated.index + stated[0].length);
  }
  const close = Math.max(s.lastIndexOf(')'), s.lastIndexOf('）'));
  if (close >= 0) {
    const open = Math.max(s.lastIndexOf('(', close), s.lastIndexOf('（', close));
    // A byline in brackets ((记者… 通讯员…)) is a note too.
    const note = open < 0 || /[\d注]|记者|通讯员/.test(s.slice(open + 1, close));
    if (note && /[\u4e00-\u9fff]{2}/.test(s.slice(close + 1))) s = s.slice(close + 1);
  }
  // A plain-text table's cell bar (1 | 环境卫生管理 | …绿化覆盖率): the name is in the last cell.
  const bar = Math.max(s.lastIndexOf('|'), s.lastIndexOf('｜'));
  if (bar >= 0 && /[\u4e00-\u9fff]{2}/.test(s.slice(bar + 1))) s = s.slice(bar + 1).trim();
  const cell =
    s.includes(' ') || s.includes('\t') || s.includes('\u3000')
      ? lastMatch(s, /(?<=[\u4e00-\u9fff])[ \t\u3000]+(?=[\u4e00-\u9fff])/g)
      : null;
  // (居民 健康素养水平: a word of two characters before a single space is a PDF's spacing inside
  // the name, not a cell's label.)
  if (
    cell &&
    !(cell[0] === ' ' && /(?:^|[^\u4e00-\u9fff])[\u4e00-\u9fff]{1,2}$/.test(s.slice(0, cell.index)))
  ) {
    const rest = s.slice(cell.index + cell[0].length);
    if (/^[\u4e00-\u9fff]{3,}/.test(rest.trim())) s = rest;
  }
  return s;
}

function lastMatch(s: string, re: RegExp): RegExpExecArray | null {
  let last: RegExpExecArray | null = null;
  re.lastIndex = 0;
  for (let m = re.exec(s); m !== null; m = re.exec(s)) last = m;
  return last;
}

/**
 * `人群吸烟率控制目标为到2020年男性`: the subject before `(控制)目标为` is the indicator; what stands
 * between it and the number (a year, a group) is no part of its name.
 */
export function aimedSubject(phrase: string): { subject: string; rest: string } | null {
  const m = /^([\s\S]*?[\u4e00-\u9fff]{2})的?(?:控制|总体|奋斗)?目标值?(?:是|为)([\s\S]*)$/.exec(
    phrase,
  );
  return m ? { subject: m[1]!, rest: m[2]! } : null;
}

// A line of running text: it has a comma or semicolon, so it is no title, label or byline (来源:…).
const RUNNING = /[，,；;]/;
// A line that opens with a list number starts an item of its own (…早孕建册 / 2、率60%).
const HEADING_START =
  /^\s*(?:[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|\d{1,2}[、.．])/;
// A figure with its counting word or per cent (设置1处, 建成2所, 达到90%); not a year (2025年).
const COUNTED_FIGURE = /\d\s*(?:[%‰个所处家张名项座]|万?人(?!口))/;
const ITEM_START = /^\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})[、.．)）]/;

/**
 * The words a line break cut off a name at `at` (a line start): the end of the line before, from
 * its last mark of a clause, when that line is running text ending in a Chinese character
 * (…办理生 / 育服务证率100%); otherwise ''.
 */
export function wordCutByLineBreak(t: string, at: number): string {
  let end = at;
  while (end > 0 && /\s/.test(t[end - 1]!)) end--;
  if (end === at || !t.slice(end, at).includes('\n') || ITEM_START.test(t.slice(at, at + 6)))
    return '';
  if (!/[\u4e00-\u9fff]/.test(t[end - 1] ?? '')) return '';
  const lineStart = t.lastIndexOf('\n', end - 1) + 1;
  const line = t.slice(lineStart, end);
  // ((三)加强…建设,提高服务能力: a numbered heading ends in its own words, unless it sets a figure.)
  if (!RUNNING.test(line) || (HEADING_START.test(line) && !/\d/.test(line))) return '';
  const clause = /[^，,；;：:。！？!?]*$/.exec(line)![0];
  // (…每个区至少设置1处病区 / 床护比达到…: a clause that counts with a figure of its own is a
  // statement, finished; the next line opens a name of its own.)
  if (COUNTED_FIGURE.test(clause)) return '';
  return clause.length <= 24 ? clause : '';
}
