import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Figure, ImportReply } from '@targetboard/shared/api/observations.schema';
import { useErrorText } from '../../../components/ui/error-message';
import { ApiError } from '../../../lib/api-client';
import { useI18n, useMessages } from '../../../lib/i18n';
import { importObservations, templateUrl } from '../api/import-observations';
import { formatFigure } from '../format';
import { entryMessages } from '../messages';

type Stage =
  { kind: 'idle' } | { kind: 'busy'; progress: number } | { kind: 'error'; text: string };

/** Templates to download, then a file checked by a dry run before it may be applied. */
export function ImportPanel({ regionId, quarter }: { regionId: number; quarter: string }) {
  const m = useMessages(entryMessages);
  const errText = useErrorText();
  const { lang } = useI18n();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });
  const [reply, setReply] = useState<ImportReply | null>(null);

  const run = async (dryRun: boolean) => {
    if (!file) return;
    setStage({ kind: 'busy', progress: 0 });
    try {
      const result = await importObservations(file, dryRun, (p) =>
        setStage({ kind: 'busy', progress: p }),
      );
      setReply(result);
      setStage({ kind: 'idle' });
      if (!dryRun) await queryClient.invalidateQueries({ queryKey: ['entry'] });
    } catch (error) {
      const details =
        error instanceof ApiError ? (error.details as ImportReply | undefined) : undefined;
      if (details && typeof details === 'object' && 'rejectedRows' in details) {
        setReply(details);
        setStage({ kind: 'idle' });
      } else {
        setReply(null);
        setStage({ kind: 'error', text: m('failed', { message: errText(error) }) });
      }
    }
  };
  const figure = (f: Figure | null) => (f ? formatFigure(f.value, '', lang) : '—');
  const canApply = reply?.dryRun === true && reply.rejected === 0 && stage.kind === 'idle';

  return (
    <details className="entry-panel">
      <summary>{m('importTitle')}</summary>
      <div className="entry-panel__body">
        <div className="import__row">
          <a className="button" href={templateUrl(regionId, quarter, 'csv')} download>
            {m('templateCsv')}
          </a>
          <a className="button" href={templateUrl(regionId, quarter, 'xlsx')} download>
            {m('templateXlsx')}
          </a>
          <span className="entry__spacer" />
          <label className="button import__file">
            {m('chooseFile')}
            <input
              type="file"
              accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              onChange={(e) => {
                setFile(e.target.files?.[0] ?? null);
                setReply(null);
                setStage({ kind: 'idle' });
              }}
            />
          </label>
          {file && <span className="import__filename">{file.name}</span>}
          <button
            type="button"
            className="button"
            disabled={!file || stage.kind === 'busy'}
            onClick={() => void run(true)}
          >
            {m('dryRun')}
          </button>
          <button
            type="button"
            className="button button--primary"
            disabled={!canApply}
            onClick={() => void run(false)}
          >
            {m('apply')}
          </button>
        </div>
        {stage.kind === 'busy' && (
          <p className="muted" role="status">
            {stage.progress < 1
              ? m('uploading', { pct: Math.round(stage.progress * 100) })
              : m('processing')}
          </p>
        )}
        {stage.kind === 'error' && (
          <p className="form-error" role="alert">
            {stage.text}
          </p>
        )}
        {reply && (
          <div className="import__result" data-testid="import-result">
            <p className={reply.rejected ? 'form-error' : 'entry__notice--ok'} role="status">
              {reply.rejected
                ? m('dryRejected', { n: reply.rejected })
                : reply.dryRun
                  ? m('dryOk', { rows: reply.rows })
                  : m('applied', { rows: reply.rows })}{' '}
              <span className="muted">
                {m('counts', {
                  created: reply.created,
                  updated: reply.updated,
                  unchanged: reply.unchanged,
                  skipped: reply.skipped,
                  rejected: reply.rejected,
                })}
              </span>
            </p>
            {reply.rejectedRows.length > 0 && (
              <table className="mini-table">
                <caption>{m('rejectedRows')}</caption>
                <thead>
                  <tr>
                    <th className="num">{m('colRow')}</th>
                    <th>{m('colColumn')}</th>
                    <th>{m('colMessage')}</th>
                  </tr>
                </thead>
                <tbody>
                  {reply.rejectedRows.map((r, i) => (
                    <tr key={i}>
                      <td className="num">{r.row}</td>
                      <td>{r.column}</td>
                      <td>{r.message}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            {reply.changes.length > 0 && (
              <table className="mini-table">
                <caption>{m('changes')}</caption>
                <thead>
                  <tr>
                    <th className="num">{m('colRow')}</th>
                    <th>{m('colRegion')}</th>
                    <th>{m('colIndicator')}</th>
                    <th>{m('quarter')}</th>
                    <th className="num">{m('colOld')}</th>
                    <th className="num">{m('colNew')}</th>
                  </tr>
                </thead>
                <tbody>
                  {reply.changes.map((c) => (
                    <tr key={`${c.row}`}>
                      <td className="num">{c.row}</td>
                      <td>{c.regionCode}</td>
                      <td>{c.indicatorName}</td>
                      <td>{c.quarter}</td>
                      <td className="num">{figure(c.old)}</td>
                      <td className="num">
                        <strong>{figure(c.new)}</strong>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </div>
        )}
      </div>
    </details>
  );
}
