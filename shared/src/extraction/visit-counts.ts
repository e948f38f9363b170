import type { Mention } from './mentions';

// A volume of service may put the kind of visit between the number and its counting word
// (`8500就诊人次`, `3万门诊人次`): the figure counts visits, in 人次, as `就诊8500人次` would. Only
// these kinds of visit and only 人次, so a number before any other word is left alone; the scan
// opens at 人次 and looks back for the digits, so a page pays one test per 人次.
const VISIT_BEFORE =
  /人次(?<=(?<![\d.])(\d+(?:\.\d+)?)([万亿]?)(?:就诊|门诊|急诊|诊疗|住院|出诊|服务)人次)/g;

/** Counts of visits written `N` + the kind of visit + `人次`, in `text` (normalised). */
export function visitCounts(text: string): Mention[] {
  const out: Mention[] = [];
  VISIT_BEFORE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = VISIT_BEFORE.exec(text)) !== null) {
    const scale = m[2] === '亿' ? 1e8 : m[2] === '万' ? 1e4 : 1;
    const end = m.index + 2;
    const start = m.index - 2 - m[2]!.length - m[1]!.length;
    out.push({
      start,
      end,
      value: Math.round(Number(m[1]) * scale),
      valueMax: null,
      unit: '人次',
      kind: 'count',
      source: 'arabic',
    });
  }
  return out;
}
