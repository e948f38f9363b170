import { useQueryClient } from '@tanstack/react-query';
import { type DragEvent, useRef, useState } from 'react';
import { navigate } from '../../../app/router';
import { ApiError } from '../../../lib/api-client';
import { useMessages } from '../../../lib/i18n';
import { ACCEPTED, MAX_UPLOAD_BYTES, uploadFile } from '../api/upload-document';
import { documentMessages } from '../messages';
import { describeUploadError } from './upload-error';

type Status =
  | { kind: 'idle' }
  | { kind: 'uploading'; name: string; fraction: number }
  | { kind: 'failed'; error: unknown };

/** Drop zone and file picker; shows upload progress, then opens the review page. */
export function UploadPanel() {
  const t = useMessages(documentMessages);
  const queryClient = useQueryClient();
  const input = useRef<HTMLInputElement>(null);
  const abort = useRef<AbortController | null>(null);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [over, setOver] = useState(false);

  async function send(file: File) {
    const ext = file.name.slice(file.name.lastIndexOf('.')).toLowerCase();
    if (!(ACCEPTED as readonly string[]).includes(ext)) {
      setStatus({
        kind: 'failed',
        error: new ApiError(422, 'unprocessable', t('error.type', { name: file.name }), {
          reason: 'type',
        }),
      });
      return;
    }
    if (file.size > MAX_UPLOAD_BYTES) {
      setStatus({ kind: 'failed', error: new ApiError(413, 'payload_too_large', '') });
      return;
    }
    abort.current = new AbortController();
    setStatus({ kind: 'uploading', name: file.name, fraction: 0 });
    try {
      const result = await uploadFile(
        file,
        (fraction) => setStatus({ kind: 'uploading', name: file.name, fraction }),
        abort.current.signal,
      );
      void queryClient.invalidateQueries({ queryKey: ['documents'], exact: true });
      navigate(`/documents/${result.document.id}`);
    } catch (error) {
      setStatus(
        error instanceof ApiError && error.code === 'aborted'
          ? { kind: 'idle' }
          : { kind: 'failed', error },
      );
    }
  }

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    const file = event.dataTransfer.files[0];
    if (file && status.kind !== 'uploading') void send(file);
  };

  const failure = status.kind === 'failed' ? describeUploadError(status.error, t) : null;
  // A refused type reads better as its own sentence than as "the server says".
  const typeError =
    status.kind === 'failed' &&
    status.error instanceof ApiError &&
    (status.error.details as { reason?: string } | undefined)?.reason === 'type';
  return (
    <div className="panel">
      <h2>{t('upload.title')}</h2>
      <div
        className={`dropzone${over ? ' dropzone--over' : ''}`}
        data-testid="dropzone"
        onDragOver={(event) => {
          event.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
      >
        {status.kind === 'uploading' ? (
          <div className="upload-progress" role="status">
            <div>
              {status.fraction < 1
                ? t('upload.progress', {
                    name: status.name,
                    percent: Math.round(status.fraction * 100),
                  })
                : t('upload.processing')}
            </div>
            <progress max={1} value={status.fraction < 1 ? status.fraction : undefined} />
            <button type="button" className="button" onClick={() => abort.current?.abort()}>
              {t('upload.cancel')}
            </button>
          </div>
        ) : (
          <>
            <div className="dropzone__icon" aria-hidden>
              ⇪
            </div>
            <div>
              {t('upload.drop')}{' '}
              <button
                type="button"
                className="button button--primary"
                onClick={() => input.current?.click()}
              >
                {t('upload.pick')}
              </button>
            </div>
            <div className="muted dropzone__formats">{t('upload.formats')}</div>
          </>
        )}
        <input
          ref={input}
          type="file"
          hidden
          data-testid="file-input"
          accept={ACCEPTED.join(',')}
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) void send(file);
          }}
        />
      </div>
      {failure && (
        <div className="alert alert--error" role="alert">
          <strong>{typeError ? (status.error as ApiError).message : failure.headline}</strong>
          {!typeError && failure.detail && <div>{failure.detail}</div>}
        </div>
      )}
    </div>
  );
}
