import { useI18n } from '../../lib/i18n';
import { useOnline } from '../../lib/use-online';

/** Shown on every page while the browser is offline. */
export function OfflineBanner() {
  const { t } = useI18n();
  if (useOnline()) return null;
  return (
    <div className="offline-banner" role="status" data-testid="offline-banner">
      {t('offline.banner')}
    </div>
  );
}
