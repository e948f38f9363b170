import { errorText } from '../../lib/error-text';
import { useI18n } from '../../lib/i18n';

/**
 * An API failure in the UI's language: `prefix` says what failed ("看板加载失败："), the
 * server's own text folds away as a detail, and a retry button appears only when `onRetry`
 * is given and asking again can help.
 */
export function ErrorMessage({
  error,
  prefix = '',
  onRetry,
  className = 'form-error',
}: {
  error: unknown;
  prefix?: string;
  onRetry?: () => void;
  className?: string;
}) {
  const { t, lang } = useI18n();
  const e = errorText(error, lang);
  return (
    <div role="alert" className={`error-message ${className}`}>
      <span>
        {prefix}
        {e.text}
      </span>
      {e.detail && (
        <details className="error-message__detail">
          <summary>{t('error.detail')}</summary>
          {e.detail}
        </details>
      )}
      {e.retry && onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          {t('error.retry')}
        </button>
      )}
    </div>
  );
}

/** `(error) => text` in the UI's language, for messages that embed it in a sentence. */
export function useErrorText(): (error: unknown) => string {
  const { lang } = useI18n();
  return (error) => errorText(error, lang).text;
}
