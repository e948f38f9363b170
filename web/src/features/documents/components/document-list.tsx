import type { DocumentSummary } from '@targetboard/shared/api/documents.schema';
import { Link } from '../../../app/router';
import { useI18n, useMessages } from '../../../lib/i18n';
import { formatBureauTime, useBureauTimeZone } from '../../../lib/bureau-time';
import { useDocuments } from '../api/get-documents';
import { documentMessages } from '../messages';
import { useErrorText } from '../../../components/ui/error-message';

export function StateCounts({ counts }: { counts: DocumentSummary['counts'] }) {
  const t = useMessages(documentMessages);
  const total = counts.draft + counts.confirmed + counts.rejected;
  if (total === 0) return <span className="muted">{t('count.none')}</span>;
  return (
    <span className="counts">
      {counts.draft > 0 && (
        <span className="chip chip--draft">{t('count.draft', { n: counts.draft })}</span>
      )}
      {counts.missingValue > 0 && (
        <span className="chip chip--needs">
          {t('count.missingValue', { n: counts.missingValue })}
        </span>
      )}
      {counts.confirmed > 0 && (
        <span className="chip chip--confirmed">
          {t('count.confirmed', { n: counts.confirmed })}
        </span>
      )}
      {counts.rejected > 0 && (
        <span className="chip chip--rejected">{t('count.rejected', { n: counts.rejected })}</span>
      )}
    </span>
  );
}

export function DocumentList() {
  const t = useMessages(documentMessages);
  const { lang } = useI18n();
  const errText = useErrorText();
  const timeZone = useBureauTimeZone();
  const documents = useDocuments();
  if (documents.isPending) return <p className="muted">{t('list.loading')}</p>;
  if (documents.isError)
    return (
      <div className="alert alert--error" role="alert">
        {t('list.error', { message: errText(documents.error) })}
      </div>
    );
  return (
    <div className="panel">
      <h2>{t('list.title')}</h2>
      {documents.data.length === 0 ? (
        <div className="empty-state">{t('list.empty')}</div>
      ) : (
        <table className="table" data-testid="document-list">
          <thead>
            <tr>
              <th>{t('col.title')}</th>
              <th>{t('col.region')}</th>
              <th>{t('col.year')}</th>
              <th>{t('col.format')}</th>
              <th>{t('col.targets')}</th>
              <th>{t('col.uploaded')}</th>
            </tr>
          </thead>
          <tbody>
            {documents.data.map((d) => (
              <tr key={d.id}>
                <td>
                  <Link href={`/documents/${d.id}`} className="doc-link">
                    {d.title}
                  </Link>
                  {d.filename && <div className="muted small">{d.filename}</div>}
                </td>
                <td>{d.region ?? <span className="muted">{t('region.none')}</span>}</td>
                <td>{d.year ?? '—'}</td>
                <td>
                  {d.format === 'text' ? t('format.text') : d.format.toUpperCase()}
                  {d.encoding && <div className="muted small">{d.encoding}</div>}
                </td>
                <td>
                  <StateCounts counts={d.counts} />
                </td>
                <td>
                  {d.createdBy ?? '—'}
                  <div className="muted small">{formatBureauTime(d.createdAt, lang, timeZone)}</div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
