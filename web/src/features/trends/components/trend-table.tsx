import type { TrendReply } from '@targetboard/shared/api/trends.schema';
import { observationTable } from '@targetboard/shared/export/observations-table';
import { STATUS_LEGEND } from '@targetboard/shared/targets/status-legend';
import { Link } from '../../../app/router';
import { useI18n, useMessages } from '../../../lib/i18n';
import { trendMessages } from '../messages';
import { targetSourceHref, targetsByRegionYear } from '../source-links';

/**
 * The chart's numbers as a table: the same rows the CSV and XLSX carry; each target's source
 * links to its sentence in the plan.
 */
export function TrendTable({ reply }: { reply: TrendReply }) {
  const m = useMessages(trendMessages);
  const { lang } = useI18n();
  const table = observationTable(reply);
  const targets = targetsByRegionYear(reply);
  const cumulative = table.rows.some((r) => r.cells[5] !== null);
  const u = reply.indicator.unit ? `（${reply.indicator.unit}）` : '';
  return (
    <div className="trend-table-wrap">
      <table className="trend-table">
        <caption>{m('tableCaption', { name: reply.indicator.name })}</caption>
        <thead>
          <tr>
            <th scope="col">{m('region')}</th>
            <th scope="col">{m('quarter')}</th>
            <th scope="col" className="num">
              {m('value')}
              {u}
            </th>
            {cumulative && (
              <th scope="col" className="num">
                {m('cumulative')}
                {u}
              </th>
            )}
            <th scope="col">{m('target')}</th>
            <th scope="col">{m('source')}</th>
            <th scope="col">{m('status')}</th>
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => {
            const [code, region, , quarter, value, ytd, target, source] = row.cells;
            const legend = STATUS_LEGEND[row.status];
            const stated = targets.get(`${code}|${String(quarter).slice(0, 4)}`);
            const href = stated ? targetSourceHref(stated) : null;
            return (
              <tr key={`${region}-${quarter}`}>
                <td>{region}</td>
                <td>{quarter}</td>
                <td className="num">{value ?? '—'}</td>
                {cumulative && <td className="num">{ytd ?? '—'}</td>}
                <td>{target ?? '—'}</td>
                <td>
                  {href ? (
                    <Link
                      href={href}
                      title={stated?.source?.quote ?? undefined}
                      aria-label={m('openSource', { source: String(source) })}
                      data-testid="trend-source-link"
                    >
                      {source} ↗
                    </Link>
                  ) : (
                    (source ?? '—')
                  )}
                </td>
                <td
                  className={`trend-status trend-status--${row.status}`}
                  title={String(row.cells[9] ?? '')}
                >
                  {legend.icon} {legend[lang]}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
