import { useState } from 'react';
import { saveBlob, svgToPng } from '../../../lib/download';
import { useMessages } from '../../../lib/i18n';
import { mapMessages } from '../map-messages';

/**
 * PNG and SVG of the map or strip from the shared builder (fixed size, tiles widened to their
 * names, so nothing is cut off), through the same download code as the trend chart; and print.
 */
export function MapExport({ svg, fileName }: { svg: () => string; fileName: string }) {
  const m = useMessages(mapMessages);
  const [note, setNote] = useState<string | null>(null);
  const run = (work: () => Promise<void> | void) => async () => {
    try {
      setNote(null);
      await work();
    } catch (error) {
      setNote(m('exportFailed', { message: (error as Error).message }));
    }
  };
  return (
    <div className="map-exports" role="group" aria-label="export">
      <button
        type="button"
        className="button"
        onClick={run(async () => saveBlob(await svgToPng(svg(), 2), `${fileName}.png`))}
      >
        {m('downloadPng')}
      </button>
      <button
        type="button"
        className="button"
        data-testid="map-svg"
        onClick={run(() =>
          saveBlob(new Blob([svg()], { type: 'image/svg+xml' }), `${fileName}.svg`),
        )}
      >
        {m('downloadSvg')}
      </button>
      <button type="button" className="button" onClick={() => window.print()}>
        {m('print')}
      </button>
      {note && (
        <span className="muted" role="status">
          {note}
        </span>
      )}
    </div>
  );
}
