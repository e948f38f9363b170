import { ApiError } from '../../../lib/api-client';
import type { DocumentMessageKey } from '../messages';

const REASONS: Record<string, DocumentMessageKey> = {
  unsupported: 'error.unsupported',
  unreadable: 'error.unreadable',
  empty: 'error.empty',
  timeout: 'error.timeout',
};

/**
 * What to tell a bureau clerk when a file is refused: the plain cause first, then the
 * server's own reason (it names the format or limit that failed), never a bare status.
 */
export function describeUploadError(
  error: unknown,
  t: (key: DocumentMessageKey, params?: Record<string, string | number>) => string,
): { headline: string; detail?: string } {
  if (!(error instanceof ApiError))
    return { headline: t('error.generic', { message: String(error) }) };
  if (error.status === 413) return { headline: t('error.tooLarge') };
  if (error.status === 403) return { headline: t('error.forbidden') };
  if (error.status === 0) return { headline: t('error.network') };
  if (error.status === 422) {
    const reason = (error.details as { reason?: string } | undefined)?.reason;
    const key = reason ? REASONS[reason] : undefined;
    return {
      headline: key ? t(key) : t('error.generic', { message: error.message }),
      detail: t('error.serverSays', { message: error.message }),
    };
  }
  return { headline: t('error.generic', { message: error.message }) };
}
