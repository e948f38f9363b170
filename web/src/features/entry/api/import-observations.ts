import type { ImportReply } from '@targetboard/shared/api/observations.schema';
import type { ErrorEnvelope } from '@targetboard/shared/api/errors';
import { ApiError } from '../../../lib/api-client';

/**
 * POSTs the file as multipart field `file` through XMLHttpRequest, which (unlike fetch)
 * reports upload progress. A 422 carries the full reply (rejected rows) in its details.
 */
export function importObservations(
  file: File,
  dryRun: boolean,
  onProgress: (fraction: number) => void,
): Promise<ImportReply> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/observations/import?dryRun=${dryRun}`);
    xhr.withCredentials = true;
    xhr.responseType = 'json';
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    };
    xhr.onerror = () => reject(new ApiError(0, 'unavailable', 'network error'));
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) return resolve(xhr.response as ImportReply);
      const body = xhr.response as ErrorEnvelope | null;
      reject(
        new ApiError(
          xhr.status,
          body?.error.code ?? 'internal',
          body?.error.message ?? `HTTP ${xhr.status}`,
          body?.error.details,
        ),
      );
    };
    const form = new FormData();
    form.append('file', file);
    xhr.send(form);
  });
}

/** The URL of the import template of a region and quarter (the browser downloads it). */
export const templateUrl = (regionId: number, quarter: string, format: 'csv' | 'xlsx') =>
  `/api/observations/template?${new URLSearchParams({ regionId: String(regionId), quarter, format })}`;
