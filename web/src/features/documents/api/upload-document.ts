import type { DocumentDetail, StoredTarget } from '@targetboard/shared/api/documents.schema';
import type { ErrorEnvelope } from '@targetboard/shared/api/errors';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ApiError, unwrap } from '../../../lib/api-client';

export type Uploaded = { document: DocumentDetail; targets: StoredTarget[] };

/** The server refuses more than this; checking first saves uploading 20 MB to hear so. */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
export const ACCEPTED = ['.txt', '.docx', '.pdf', '.html', '.htm'] as const;

/**
 * Multipart upload through XMLHttpRequest: fetch cannot report upload progress, and a
 * scanned 15 MB PDF on a county bureau's line takes long enough to need it.
 */
export function uploadFile(
  file: File,
  onProgress: (fraction: number) => void,
  signal?: AbortSignal,
): Promise<Uploaded> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/documents');
    xhr.responseType = 'json';
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    xhr.onload = () => {
      if (xhr.status === 201) return resolve(xhr.response as Uploaded);
      const body = xhr.response as ErrorEnvelope | null;
      reject(
        new ApiError(
          xhr.status,
          body?.error?.code ?? 'internal',
          body?.error?.message ?? `HTTP ${xhr.status}`,
          body?.error?.details,
        ),
      );
    };
    xhr.onerror = () => reject(new ApiError(0, 'unavailable', 'network error'));
    xhr.onabort = () => reject(new ApiError(0, 'aborted', 'upload cancelled'));
    signal?.addEventListener('abort', () => xhr.abort());
    const form = new FormData();
    form.append('file', file);
    xhr.send(form);
  });
}

export function usePasteDocument() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: { title?: string; text: string }) =>
      // The route takes multipart or JSON, so the client's type asks for both; JSON is sent.
      unwrap(await api.api.documents.$post({ json: body } as never)) as Promise<Uploaded>,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['documents'], exact: true }),
  });
}
