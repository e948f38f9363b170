import { useI18n } from '../../../lib/i18n';
import { useHealth } from '../api/get-health';
import { useErrorText } from '../../../components/ui/error-message';

export function HealthBadge() {
  const { t } = useI18n();
  const errText = useErrorText();
  const health = useHealth();
  if (health.isPending)
    return <span className="health health--pending">{t('health.checking')}</span>;
  if (health.isError) {
    return (
      <span className="health health--down" role="status" data-testid="health">
        {t('health.down', { message: errText(health.error) })}
      </span>
    );
  }
  return (
    <span className="health health--ok" role="status" data-testid="health" data-db={health.data.db}>
      {t('health.ok', {
        db: health.data.db === 'pglite' ? 'PGlite' : 'PostgreSQL',
        version: health.data.version,
      })}
    </span>
  );
}
