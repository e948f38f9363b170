import { AT_RISK_MARGIN_SHARE, statusRank, type TargetStatus } from './status';
import { FLOAT_EPSILON } from './compare';

export interface StatusLegendEntry {
  status: TargetStatus;
  zh: string;
  en: string;
  /** Shown beside the colour, so the grid reads without colour vision. */
  icon: string;
  /** Colour token name; the UI and exports map it to their palette. */
  colour: 'green' | 'amber' | 'red' | 'grey';
  /** 0 for the worst status; the roll-up's "worst" follows this order. */
  rank: number;
  descriptionZh: string;
  descriptionEn: string;
}

const margin = `${AT_RISK_MARGIN_SHARE * 100}%`;

/** Label, icon, colour and meaning of each status, worded from the same constants the rules use. */
export const STATUS_LEGEND: Readonly<Record<TargetStatus, StatusLegendEntry>> = {
  met: {
    status: 'met',
    zh: '达标',
    en: 'Met',
    icon: '✓',
    colour: 'green',
    rank: statusRank('met'),
    descriptionZh:
      '最新季度值（累计指标为年初至今累计对照按季度分摊的进度目标）满足目标，边界值按比较符计入或不计入。',
    descriptionEn: `The latest quarter's figure (for cumulative counts, the year-to-date sum against the pro-rated path) meets the target; a bound counts exactly as its comparator says (float slack ${FLOAT_EPSILON} relative).`,
  },
  at_risk: {
    status: 'at_risk',
    zh: '预警',
    en: 'At risk',
    icon: '!',
    colour: 'amber',
    rank: statusRank('at_risk'),
    descriptionZh: `年内尚未定局：累计指标落后（或超出）进度目标；时点指标未达标但差距在边界的${margin}以内、按趋势年末可望达标，或虽达标但按趋势年末将不达标。第四季度后不再出现。`,
    descriptionEn: `Not settled within the year: a cumulative count off its pro-rated path; a point-in-time figure missing its bound by at most ${margin} of it, or projected by its trend to meet by Q4, or meeting now but projected to miss by Q4. Never shown after Q4.`,
  },
  missed: {
    status: 'missed',
    zh: '未达标',
    en: 'Missed',
    icon: '✗',
    colour: 'red',
    rank: statusRank('missed'),
    descriptionZh: `未满足目标：年末定局未达标；年内时点值差距超过${margin}且趋势不能在年末达标；或累计值已超出全年上限。`,
    descriptionEn: `The target is not met: at year end; within the year, a point-in-time figure beyond the ${margin} margin whose trend does not reach the bound by Q4, or a cumulative sum already past the year's ceiling.`,
  },
  no_data: {
    status: 'no_data',
    zh: '无数据',
    en: 'No data',
    icon: '–',
    colour: 'grey',
    rank: statusRank('no_data'),
    descriptionZh: '当年截至所选季度没有上报数值，或目标未给出数值（仅供参考）。',
    descriptionEn:
      'No figure reported in the year up to the selected quarter, or the target gives no number (reference only).',
  },
};
