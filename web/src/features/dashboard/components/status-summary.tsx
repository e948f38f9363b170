import { STATUS_LEGEND } from '@targetboard/shared/targets/status-legend';
import { TARGET_STATUSES, type TargetStatus } from '@targetboard/shared/targets/status';
import { useI18n, useMessages } from '../../../lib/i18n';
import { dashboardMessages } from '../messages';

/**
 * Header counts 达标 / 预警 / 未达标 / 无数据, each with its icon as well as its colour, and
 * which rows they count (本级 + 下级), so a number never seems to contradict the grid.
 */
export function StatusCounts({
  counts,
  scope,
}: {
  counts: Record<TargetStatus, number>;
  scope: string;
}) {
  const t = useMessages(dashboardMessages);
  const { lang } = useI18n();
  return (
    <figure className="dash-counts-box">
      <ul
        className="dash-counts"
        aria-label={t('counts')}
        aria-describedby="dash-counts-scope"
        data-testid="status-counts"
      >
        {TARGET_STATUSES.map((s) => {
          const l = STATUS_LEGEND[s];
          return (
            <li key={s} className={`dash-count dash-count--${l.colour}`} data-status={s}>
              <span className="dash-count__n">{counts[s]}</span>
              <span className="dash-count__label">
                <span aria-hidden="true">{l.icon}</span> {lang === 'zh' ? l.zh : l.en}
              </span>
            </li>
          );
        })}
      </ul>
      <figcaption id="dash-counts-scope" className="muted" data-testid="counts-scope">
        {scope}
      </figcaption>
    </figure>
  );
}

/** The legend, worded by shared/targets from the same constants as the rules. */
export function StatusLegend() {
  const t = useMessages(dashboardMessages);
  const { lang } = useI18n();
  return (
    <section className="dash-legend" aria-label={t('legend')}>
      <h2>{t('legend')}</h2>
      <dl>
        {TARGET_STATUSES.map((s) => {
          const l = STATUS_LEGEND[s];
          return (
            <div key={s}>
              <dt>
                <span className={`dash-badge dash-badge--${l.colour}`}>
                  {l.icon} {lang === 'zh' ? l.zh : l.en}
                </span>
              </dt>
              <dd>{lang === 'zh' ? l.descriptionZh : l.descriptionEn}</dd>
            </div>
          );
        })}
        <div>
          <dt>
            <span className="dash-badge dash-badge--flag">⚑</span>
          </dt>
          <dd>{t('weaker')}</dd>
        </div>
      </dl>
    </section>
  );
}
