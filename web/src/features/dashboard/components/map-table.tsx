import { STATUS_LEGEND } from '@targetboard/shared/targets/status-legend';
import type { TileStatus } from '@targetboard/shared/targets/region-standing';
import { useI18n, useMessages } from '../../../lib/i18n';
import { mapMessages } from '../map-messages';

export interface MapTableRow {
  code: string;
  name: string;
  status: TileStatus;
  text: string;
}

/** The map's text alternative: every tile as a table row, in the order given (ranked or by code). */
export function MapTable(props: {
  rows: MapTableRow[];
  caption: string;
  ranked: boolean;
  byShare: boolean;
}) {
  const m = useMessages(mapMessages);
  const { lang } = useI18n();
  return (
    <details className="map-table" data-testid="map-table">
      <summary>{m('table')}</summary>
      <table>
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            {props.ranked && <th scope="col">{m('rank')}</th>}
            <th scope="col">{m('region')}</th>
            <th scope="col">{m('status')}</th>
            <th scope="col" className="num">
              {m(props.byShare ? 'share' : 'value')}
            </th>
          </tr>
        </thead>
        <tbody>
          {props.rows.map((r, i) => {
            const legend = r.status === 'not_applicable' ? null : STATUS_LEGEND[r.status];
            return (
              <tr key={r.code} data-status={r.status}>
                {props.ranked && <td className="num">{i + 1}</td>}
                <th scope="row">{r.name}</th>
                <td>
                  {legend ? (
                    <>
                      <span aria-hidden="true">{legend.icon} </span>
                      {lang === 'zh' ? legend.zh : legend.en}
                    </>
                  ) : (
                    m('notApplicable')
                  )}
                </td>
                <td className="num">{r.status === 'not_applicable' ? '—' : r.text || '—'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </details>
  );
}
