import { type Language, withUnit } from './format-target';

/** Why a status was given; the UI translates these, `reasonText` gives the Chinese sentence. */
export const REASON_CODES = [
  'no_target_value',
  'not_started',
  'no_figures',
  'meets',
  'misses',
  'near_bound',
  'projected_to_miss',
  'projected_to_meet',
  'on_path',
  'behind_path',
  'over_path',
  'already_exceeded',
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

export interface ReasonParams {
  /** The year judged. */
  year: number;
  asOf: string;
  /** The target as a short rule (`formatTarget(target, 'zh')`): `≥95%`, `约95%（93–97%）`. */
  rule: string;
  /** latest: the last quarter's figure; year_to_date: the sum of the year's quarters. */
  basis?: 'latest' | 'year_to_date';
  /** The last quarter with a figure, the one judged. */
  quarter?: string;
  /** The figure judged (latest value or year-to-date sum). */
  actual?: number;
  /** The bound judged against: the target's value, or for cumulative targets its pro-rated path. */
  bound?: number;
  /** Year-end projection (trend line at Q4, or the cumulative run rate). */
  projected?: number;
  /** The at_risk margin applied (absolute, in the target's unit). */
  margin?: number;
}

export interface StatusReason {
  code: ReasonCode;
  params: ReasonParams;
}

/** Codes given before any figure is judged: their sentence needs only the year and as-of. */
const WITHOUT_FIGURE: readonly ReasonCode[] = ['no_target_value', 'not_started', 'no_figures'];

/**
 * Whether a reason's parameters carry the judged figure (and with it basis, bound, projection
 * and margin): not for a code given before any figure is judged, nor without a figure.
 */
export function reasonCarriesFigure(
  code: ReasonCode,
  quarter: string | null,
  actual: number | null,
): boolean {
  return !WITHOUT_FIGURE.includes(code) && quarter !== null && actual !== null;
}

/**
 * The parameters `evaluateTarget` gave a reason, rebuilt from what a compact reply keeps: the
 * judged figure and its quarter, the target's value and rule. The bound is the target's value,
 * pro-rated by the quarter for a cumulative target before Q4 (as the rule judges it).
 */
export function rebuildReasonParams(input: {
  code: ReasonCode;
  year: number;
  asOf: string;
  rule: string;
  cumulative: boolean;
  /** The last quarter with a figure and the figure judged there (year-to-date when cumulative). */
  quarter: string | null;
  actual: number | null;
  targetValue: number | null;
  projected?: number | null | undefined;
  margin?: number | undefined;
}): ReasonParams {
  const { code, cumulative, quarter, actual, targetValue } = input;
  const params: ReasonParams = { year: input.year, asOf: input.asOf, rule: input.rule };
  // The null tests again only narrow the types for what follows.
  if (!reasonCarriesFigure(code, quarter, actual) || quarter === null || actual === null)
    return params;
  params.basis = cumulative ? 'year_to_date' : 'latest';
  params.quarter = quarter;
  params.actual = actual;
  if (targetValue !== null) {
    // A cumulative target's final quarter is judged met or missed against no path.
    if (!cumulative) params.bound = targetValue;
    else if (code !== 'meets' && code !== 'misses')
      params.bound = targetValue * (Number(quarter.slice(5)) / 4);
  }
  if (input.projected !== undefined && input.projected !== null) params.projected = input.projected;
  if (input.margin !== undefined) params.margin = input.margin;
  return params;
}

const orDash = (n: number | undefined, unit: string) => (n === undefined ? '—' : withUnit(n, unit));

/**
 * The reason as one sentence: Chinese (the default) for exports and the Chinese UI, English
 * for the English UI. Both read the same code and parameters.
 */
export function reasonText(reason: StatusReason, unit: string, lang: Language = 'zh'): string {
  if (lang === 'en') return reasonTextEn(reason, unit);
  const p = reason.params;
  const seen =
    p.basis === 'year_to_date'
      ? `截至${p.quarter}累计${orDash(p.actual, unit)}`
      : `${p.quarter}为${orDash(p.actual, unit)}`;
  switch (reason.code) {
    case 'no_target_value':
      return '目标未给出数值，仅供参考';
    case 'not_started':
      return `${p.year}年尚未开始`;
    case 'no_figures':
      return `${p.year}年截至${p.asOf}无数据`;
    case 'meets':
      return `${seen}，目标${p.rule}，达标`;
    case 'misses':
      return `${seen}，目标${p.rule}，未达标`;
    case 'near_bound':
      return `${seen}，目标${p.rule}，差距在${orDash(p.margin, unit)}以内，预警`;
    case 'projected_to_miss':
      return `${seen}，目标${p.rule}，按趋势年末约${orDash(p.projected, unit)}，将不达标，预警`;
    case 'projected_to_meet':
      return `${seen}，目标${p.rule}，按趋势年末约${orDash(p.projected, unit)}，可望达标，预警`;
    case 'on_path':
      return `${seen}，进度目标${orDash(p.bound, unit)}（全年${p.rule}），达标`;
    case 'behind_path':
      return `${seen}，落后于进度目标${orDash(p.bound, unit)}（全年${p.rule}），预警`;
    case 'over_path':
      return `${seen}，超出进度目标${orDash(p.bound, unit)}（全年${p.rule}），预警`;
    case 'already_exceeded':
      return `${seen}，已超出全年目标${p.rule}，未达标`;
  }
}

function reasonTextEn(reason: StatusReason, unit: string): string {
  const p = reason.params;
  const seen =
    p.basis === 'year_to_date'
      ? `${orDash(p.actual, unit)} year to date by ${p.quarter}`
      : `${orDash(p.actual, unit)} in ${p.quarter}`;
  const rule = `target ${p.rule}`;
  switch (reason.code) {
    case 'no_target_value':
      return 'The target gives no value; for reference only';
    case 'not_started':
      return `${p.year} has not started`;
    case 'no_figures':
      return `No figures in ${p.year} up to ${p.asOf}`;
    case 'meets':
      return `${seen}, ${rule}: met`;
    case 'misses':
      return `${seen}, ${rule}: missed`;
    case 'near_bound':
      return `${seen}, ${rule}: within ${orDash(p.margin, unit)} of it, at risk`;
    case 'projected_to_miss':
      return `${seen}, ${rule}: about ${orDash(p.projected, unit)} at year end on this trend, would miss; at risk`;
    case 'projected_to_meet':
      return `${seen}, ${rule}: about ${orDash(p.projected, unit)} at year end on this trend, may meet it; at risk`;
    case 'on_path':
      return `${seen}, on the path of ${orDash(p.bound, unit)} (year ${p.rule}): met`;
    case 'behind_path':
      return `${seen}, behind the path of ${orDash(p.bound, unit)} (year ${p.rule}): at risk`;
    case 'over_path':
      return `${seen}, over the path of ${orDash(p.bound, unit)} (year ${p.rule}): at risk`;
    case 'already_exceeded':
      return `${seen}, already over the year's ${rule}: missed`;
  }
}
