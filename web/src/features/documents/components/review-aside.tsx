import { useMessages } from '../../../lib/i18n';
import { documentMessages } from '../messages';

/** What each highlight colour means, beside the text it colours. */
export function Legend() {
  const t = useMessages(documentMessages);
  return (
    <span className="legend" role="group" aria-label={t('review.legend')}>
      <span className="hl hl--draft">{t('state.draft')}</span>
      <span className="hl hl--needs">{t('state.needsValue')}</span>
      <span className="hl hl--confirmed">{t('state.confirmed')}</span>
      <span className="hl hl--rejected">{t('state.rejected')}</span>
    </span>
  );
}

export function KeyHints() {
  const t = useMessages(documentMessages);
  const keys = [
    'keys.move',
    'keys.confirm',
    'keys.reject',
    'keys.edit',
    'keys.add',
    'keys.escape',
  ] as const;
  return (
    <div className="key-hints small" data-testid="key-hints">
      <span className="muted">{t('keys.title')}</span>
      {keys.map((k) => {
        // "J / K 或 ↓ / ↑ 切换": the last word is the action, the rest are the keys.
        const words = t(k).split(' ');
        return (
          <span key={k} className="key-hint">
            <kbd>{words.slice(0, -1).join(' ')}</kbd> {words.at(-1)}
          </span>
        );
      })}
    </div>
  );
}
