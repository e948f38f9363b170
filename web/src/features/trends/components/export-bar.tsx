import { useState } from 'react';
import type { TrendReply } from '@targetboard/shared/api/trends.schema';
import { buildChartSvg } from '@targetboard/shared/export/chart-svg';
import { exportFileName, observationsCsv } from '@targetboard/shared/export/observations-table';
import { bureauDate } from '@targetboard/shared/time/bureau-time';
import { useMessages } from '../../../lib/i18n';
import { useBureauTimeZone } from '../../../lib/bureau-time';
import { trendQuery } from '../api/get-trend';
import { saveBlob, svgToPng } from '../../../lib/download';
import { trendMessages } from '../messages';
import type { TrendView } from '../view-state';

/**
 * Copy link and downloads. SVG and PNG come from the shared builder (fixed size, whole chart,
 * never cut off); CSV from the shared function, so it is byte-identical to the server's file;
 * XLSX from the server.
 */
export function ExportBar({ reply, view }: { reply: TrendReply; view: TrendView }) {
  const m = useMessages(trendMessages);
  const [note, setNote] = useState<string | null>(null);
  const timeZone = useBureauTimeZone();
  const svg = () => buildChartSvg(reply, { asOf: bureauDate(new Date(), timeZone) });
  const run = (work: () => Promise<void> | void) => async () => {
    try {
      await work();
    } catch (error) {
      setNote(m('failed', { message: (error as Error).message }));
    }
  };
  const copy = run(async () => {
    const href = window.location.href;
    try {
      await navigator.clipboard.writeText(href);
    } catch {
      // Clipboard refused (no permission, plain http): show the link to copy by hand.
      window.prompt(m('copyLink'), href);
    }
    setNote(m('copied'));
  });
  const xlsx = `/api/export/observations.xlsx?${new URLSearchParams(trendQuery(view))}`;
  return (
    <div className="trend-exports" role="group" aria-label="export">
      <button type="button" className="button" onClick={copy}>
        {m('copyLink')}
      </button>
      <button
        type="button"
        className="button"
        onClick={run(async () => saveBlob(await svgToPng(svg(), 2), exportFileName(reply, 'png')))}
      >
        {m('downloadPng')}
      </button>
      <button
        type="button"
        className="button"
        onClick={run(() =>
          saveBlob(new Blob([svg()], { type: 'image/svg+xml' }), exportFileName(reply, 'svg')),
        )}
      >
        {m('downloadSvg')}
      </button>
      <button
        type="button"
        className="button"
        onClick={run(() =>
          saveBlob(
            new Blob([observationsCsv(reply)], { type: 'text/csv;charset=utf-8' }),
            exportFileName(reply, 'csv'),
          ),
        )}
      >
        {m('downloadCsv')}
      </button>
      <a className="button" href={xlsx} download={exportFileName(reply, 'xlsx')}>
        {m('downloadXlsx')}
      </a>
      {note && (
        <span className="muted" role="status">
          {note}
        </span>
      )}
    </div>
  );
}
