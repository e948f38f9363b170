import { type FormEvent, useState } from 'react';
import { navigate } from '../../../app/router';
import { useMessages } from '../../../lib/i18n';
import { usePasteDocument } from '../api/upload-document';
import { documentMessages } from '../messages';
import { describeUploadError } from './upload-error';

/** For a plan that arrives as a web page or a chat message: paste, extract, review. */
export function PasteForm() {
  const t = useMessages(documentMessages);
  const paste = usePasteDocument();
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return;
    paste.mutate(
      { text, ...(title.trim() && { title: title.trim() }) },
      { onSuccess: (result) => navigate(`/documents/${result.document.id}`) },
    );
  };
  const failure = paste.error ? describeUploadError(paste.error, t) : null;
  return (
    <form className="panel paste" onSubmit={submit}>
      <h2>{t('paste.title')}</h2>
      <label>
        <span>{t('paste.docTitle')}</span>
        <input value={title} maxLength={200} onChange={(e) => setTitle(e.target.value)} />
      </label>
      <label>
        <span>{t('paste.text')}</span>
        <textarea
          value={text}
          rows={5}
          placeholder={t('paste.placeholder')}
          onChange={(e) => setText(e.target.value)}
        />
      </label>
      {failure && (
        <div className="alert alert--error" role="alert">
          <strong>{failure.headline}</strong>
          {failure.detail && <div>{failure.detail}</div>}
        </div>
      )}
      <div>
        <button
          type="submit"
          className="button button--primary"
          disabled={!text.trim() || paste.isPending}
        >
          {paste.isPending ? t('paste.submitting') : t('paste.submit')}
        </button>
      </div>
    </form>
  );
}
