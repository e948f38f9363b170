import type { TrendReply } from '@targetboard/shared/api/trends.schema';
import { observationTable } from '@targetboard/shared/export/observations-table';
import { STATUS_LEGEND } from '@targetboard/shared/targets/status-legend';
import { useI18n, useMessages } from '../../../lib/i18n';
import { trendMessages } from '../messages';

/** The chart's numbers as a table: the same rows the CSV and XLSX carry. */
export function TrendTable({ reply }: { reply: TrendReply }) {
  const m = useMessages(trendMessages);
  const { lang } = useI18n();
  const table = observationTable(reply);
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
            const [, region, , quarter, value, ytd, target, source] = row.cells;
            const legend = STATUS_LEGEND[row.status];
            return (
              <tr key={`${region}-${quarter}`}>
                <td>{region}</td>
                <td>{quarter}</td>
                <td className="num">{value ?? '—'}</td>
                {cumulative && <td className="num">{ytd ?? '—'}</td>}
                <td>{target ?? '—'}</td>
                <td>{source ?? '—'}</td>
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
