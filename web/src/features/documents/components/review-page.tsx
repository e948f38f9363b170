import type { StoredTarget } from '@targetboard/shared/api/documents.schema';
import type { User } from '@targetboard/shared/api/users.schema';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link, navigate, useLocation } from '../../../app/router';
import { ApiError } from '../../../lib/api-client';
import { useI18n, useMessages } from '../../../lib/i18n';
import { formatBureauTime, useBureauTimeZone } from '../../../lib/bureau-time';
import { useDocument, useDocumentTargets } from '../api/get-document';
import { useCatalogue } from '../../../lib/indicator-queries';
import { type TargetChanges, useUpdateTarget } from '../api/review-targets';
import { documentMessages } from '../messages';
import { indicatorChoice } from '../lib/name-check';
import { BulkConfirm } from './bulk-confirm';
import { StateCounts } from './document-list';
import { HighlightedText, selectedSpan } from './highlighted-text';
import { KeyHints, Legend } from './review-aside';
import { NewTarget, type Span } from './new-target';
import { type CardFeedback, confirmBlocker, TargetCard } from './target-card';
import { useReviewKeys } from './use-review-keys';

type Origin = 'text' | 'list';

export function ReviewPage({ documentId, user }: { documentId: number; user: User }) {
  const t = useMessages(documentMessages);
  const { lang } = useI18n();
  const timeZone = useBureauTimeZone();
  const document = useDocument(documentId);
  const targets = useDocumentTargets(documentId);
  const catalogue = useCatalogue();
  const update = useUpdateTarget(documentId);
  const { search } = useLocation();
  const selectedId = Number(search.get('target')) || null;
  // Where the last selection came from; the effect scrolls the other side, once.
  const origin = useRef<Origin | 'url' | null>('url');
  const [editingId, setEditingId] = useState<number | null>(null);
  const [span, setSpan] = useState<Span | null>(null);
  const [adding, setAdding] = useState<Span | null>(null);
  const [feedback, setFeedback] = useState<Record<number, CardFeedback>>({});
  const textRef = useRef<HTMLDivElement>(null);
  const cards = useRef(new Map<number, HTMLLIElement>());
  // A plan with no region is reviewed by an admin: nothing says whose targets they are.
  const unplaced = document.data?.regionId === null;
  const mayReview = user.role === 'admin' || (user.role === 'approver' && !unplaced);
  const list = useMemo(() => targets.data ?? [], [targets.data]);
  const names = useMemo(
    () => new Map((catalogue.data ?? []).map((i) => [i.id, i.name])),
    [catalogue.data],
  );

  // The selected target lives in the URL, so `?target=` links from 指标 land on the sentence.
  const select = useCallback((id: number, from: Origin) => {
    origin.current = from;
    const params = new URLSearchParams(window.location.search);
    params.set('target', String(id));
    navigate(`${window.location.pathname}?${params}`, { replace: true });
  }, []);
  const onSelectFromText = useCallback((id: number) => select(id, 'text'), [select]);

  // Scroll the other side: a click in the text brings its card into view and vice versa.
  useEffect(() => {
    if (selectedId === null || !targets.data || !document.data || origin.current === null) return;
    if (origin.current !== 'text')
      textRef.current
        ?.querySelector(`[data-targets~="${selectedId}"]`)
        ?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    if (origin.current !== 'list')
      cards.current.get(selectedId)?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
    origin.current = null;
  }, [selectedId, targets.data, document.data]);

  const change = (target: StoredTarget, changes: TargetChanges) => {
    setFeedback((f) => ({ ...f, [target.id]: {} }));
    update.mutate(
      { target, changes },
      {
        onSuccess: ({ conflicts }) => {
          setEditingId(null);
          setFeedback((f) => ({ ...f, [target.id]: { conflicts } }));
        },
        onError: (error) =>
          setFeedback((f) => ({
            ...f,
            [target.id]:
              error instanceof ApiError && error.status === 409
                ? { stale: true }
                : error instanceof ApiError && indicatorChoice(error.details)
                  ? { choice: indicatorChoice(error.details)! }
                  : { error: t('error.save', { message: error.message }) },
          })),
      },
    );
  };

  const selected = list.find((x) => x.id === selectedId) ?? null;
  const onSelectionChange = useCallback(() => {
    if (!textRef.current || !document.data) return;
    setSpan(selectedSpan(textRef.current, document.data.text));
  }, [document.data]);

  useReviewKeys({
    move: (step) => {
      if (list.length === 0) return;
      const index = list.findIndex((x) => x.id === selectedId);
      const next = index === -1 ? (step === 1 ? 0 : list.length - 1) : index + step;
      const target = list[Math.max(0, Math.min(list.length - 1, next))]!;
      select(target.id, 'list');
      cards.current.get(target.id)?.scrollIntoView({ block: 'nearest' });
    },
    confirm: () => {
      if (mayReview && selected && selected.state !== 'confirmed' && !confirmBlocker(selected))
        change(selected, { state: 'confirmed' });
    },
    reject: () => {
      if (mayReview && selected && selected.state !== 'rejected')
        change(selected, { state: 'rejected' });
    },
    edit: () => mayReview && selected && setEditingId(selected.id),
    add: () => mayReview && span && setAdding(span),
    escape: () => {
      setEditingId(null);
      setAdding(null);
      window.getSelection()?.removeAllRanges();
      setSpan(null);
    },
  });

  if (document.isPending || targets.isPending)
    return <p className="muted">{t('review.loading')}</p>;
  if (document.isError || targets.isError) {
    const error = document.error ?? targets.error;
    return (
      <section className="page">
        <Link href="/documents">{t('review.back')}</Link>
        <div className="empty-state">
          {error instanceof ApiError && error.status === 404
            ? t('review.notFound')
            : error?.message}
        </div>
      </section>
    );
  }
  const doc = document.data;
  const counts = {
    draft: list.filter((x) => x.state === 'draft').length,
    confirmed: list.filter((x) => x.state === 'confirmed').length,
    rejected: list.filter((x) => x.state === 'rejected').length,
    missingValue: list.filter((x) => x.state === 'draft' && x.value === null).length,
  };
  return (
    <section className="page review">
      <Link href="/documents" className="back-link">
        {t('review.back')}
      </Link>
      <header className="review__head">
        <div>
          <h1>{doc.title}</h1>
          <p className="muted">
            {t('review.meta', {
              region: doc.region ?? t('region.none'),
              year: doc.year ?? '—',
              format: doc.format === 'text' ? t('format.text') : (doc.filename ?? doc.format),
              by: doc.createdBy ?? '—',
              at: formatBureauTime(doc.createdAt, lang, timeZone),
            })}
          </p>
        </div>
        <StateCounts counts={counts} />
      </header>
      {unplaced && user.role === 'approver' && (
        <p className="alert" data-testid="review-admin-only">
          {t('review.adminOnly')}
        </p>
      )}
      <div className="review__body">
        <div className="review__text">
          <div className="review__toolbar">
            <Legend />
            {mayReview &&
              (span ? (
                <button
                  type="button"
                  className="button button--primary"
                  data-testid="add-from-selection"
                  onMouseDown={(e) => e.preventDefault()}
                  onClick={() => setAdding(span)}
                >
                  {t('review.addFromSelection', {
                    text: span.text.length > 16 ? `${span.text.slice(0, 16)}…` : span.text,
                  })}
                </button>
              ) : (
                <span className="muted small">{t('review.selectHint')}</span>
              ))}
          </div>
          <HighlightedText
            text={doc.text}
            targets={list}
            selectedId={selectedId}
            onSelect={onSelectFromText}
            containerRef={textRef}
            onSelectionChange={onSelectionChange}
          />
          {doc.warnings.length > 0 && (
            <details className="warnings">
              <summary>{t('review.warnings', { n: doc.warnings.length })}</summary>
              <ul>
                {doc.warnings.map((w, i) => (
                  <li key={i}>{w.message}</li>
                ))}
              </ul>
            </details>
          )}
        </div>
        <aside className="review__side">
          {mayReview && <BulkConfirm documentId={documentId} targets={list} />}
          <KeyHints />
          <h2>{t('review.candidates', { n: list.length })}</h2>
          {adding && (
            <NewTarget
              key={`${adding.start}-${adding.end}`}
              document={doc}
              span={adding}
              onDone={(id) => {
                setAdding(null);
                setSpan(null);
                if (id !== null) select(id, 'text');
              }}
            />
          )}
          {list.length === 0 && !adding && (
            <div className="empty-state">{t('review.noTargets')}</div>
          )}
          <ol className="cards">
            {list.map((target) => (
              <TargetCard
                key={target.id}
                ref={(el) => {
                  if (el) cards.current.set(target.id, el);
                  else cards.current.delete(target.id);
                }}
                target={target}
                catalogueName={
                  target.indicatorId === null ? undefined : names.get(target.indicatorId)
                }
                selected={target.id === selectedId}
                editing={editingId === target.id}
                busy={update.isPending && update.variables?.target.id === target.id}
                mayReview={mayReview}
                feedback={feedback[target.id]}
                onSelect={() => select(target.id, 'list')}
                onChange={(changes) => change(target, changes)}
                onEdit={(on) => {
                  select(target.id, 'list');
                  setEditingId(on ? target.id : null);
                }}
              />
            ))}
          </ol>
        </aside>
      </div>
    </section>
  );
}
