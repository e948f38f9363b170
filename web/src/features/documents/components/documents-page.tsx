import type { PageProps } from '../../../app/pages';
import { useMessages } from '../../../lib/i18n';
import { documentMessages } from '../messages';
import '../documents.css';
import { DocumentList } from './document-list';
import { PasteForm } from './paste-form';
import { ReviewPage } from './review-page';
import { UploadPanel } from './upload-panel';

/** `/documents` lists and uploads; `/documents/{id}` reviews one document's targets. */
export function DocumentsPage({ user, subpath }: PageProps) {
  const t = useMessages(documentMessages);
  const id = Number(subpath.replace(/^\//, ''));
  if (subpath && subpath !== '/') {
    return Number.isInteger(id) && id > 0 ? (
      <ReviewPage key={id} documentId={id} user={user} />
    ) : (
      <section className="page">
        <div className="empty-state">{t('review.notFound')}</div>
      </section>
    );
  }
  const mayUpload = user.role === 'admin' || user.role === 'approver';
  return (
    <section className="page documents">
      <h1>{t('title')}</h1>
      <p className="muted documents__intro">{t('intro')}</p>
      {mayUpload && (
        <div className="documents__intake">
          <UploadPanel />
          <PasteForm />
        </div>
      )}
      <DocumentList />
    </section>
  );
}
