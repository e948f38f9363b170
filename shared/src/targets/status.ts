/** met 达标, at_risk 预警, missed 未达标, no_data 无数据. */
export const TARGET_STATUSES = ['met', 'at_risk', 'missed', 'no_data'] as const;
export type TargetStatus = (typeof TARGET_STATUSES)[number];

/**
 * Worst first. no_data ranks above met: a sub-region that has not reported must not let its
 * parent look green.
 */
export const STATUS_ORDER: readonly TargetStatus[] = ['missed', 'at_risk', 'no_data', 'met'];

/** 0 for the worst status (missed) up to 3 for met; sort ascending to put the worst first. */
export function statusRank(status: TargetStatus): number {
  return STATUS_ORDER.indexOf(status);
}

/**
 * A point-in-time value that misses its bound by at most this share of the bound it crossed
 * is at_risk rather than missed before Q4 (95 % floor: 93.1 % and up). On the met side a
 * value is met however close it is.
 */
export const AT_RISK_MARGIN_SHARE = 0.02;

/**
 * The version of the rules that decide a cell's status (`evaluateTarget`, `figuresForMeasure`,
 * `pickTargetForYear` and its SQL twin `applicableTargetCtes`). Statuses stored under another
 * version are judged again at the next start: raise it with any change to those rules.
 */
export const STATUS_RULES_VERSION = 1;
