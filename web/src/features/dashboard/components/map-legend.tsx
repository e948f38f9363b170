import { STATUS_LEGEND } from '@targetboard/shared/targets/status-legend';
import { TARGET_STATUSES } from '@targetboard/shared/targets/status';
import { SHARE_BANDS } from '@targetboard/shared/targets/region-standing';
import { useI18n, useMessages } from '../../../lib/i18n';
import { mapMessages } from '../map-messages';

const pct = (x: number) => `${Math.round(x * 100)}%`;

/** One line under the map: each status's glyph and tint (with its share band), and 不适用. */
export function MapLegend({ byShare }: { byShare: boolean }) {
  const m = useMessages(mapMessages);
  const { lang } = useI18n();
  const band: Partial<Record<(typeof TARGET_STATUSES)[number], string>> = byShare
    ? {
        met: `≥${pct(SHARE_BANDS.met)}`,
        at_risk: `${pct(SHARE_BANDS.atRisk)}–${pct(SHARE_BANDS.met)}`,
        missed: `<${pct(SHARE_BANDS.atRisk)}`,
      }
    : {};
  return (
    <ul className="map-legend" aria-label={m('legend')}>
      {TARGET_STATUSES.map((s) => {
        const l = STATUS_LEGEND[s];
        return (
          <li key={s} className={`map-tile--${s} map-legend__item`}>
            <span aria-hidden="true">{l.icon}</span> {lang === 'zh' ? l.zh : l.en}
            {band[s] && ` ${band[s]}`}
          </li>
        );
      })}
      <li className="map-tile--not_applicable map-legend__item">{m('notApplicable')}</li>
    </ul>
  );
}
