import { inferMeasure } from '@targetboard/shared/targets/measure';
import type { DocumentDetail } from '@targetboard/shared/api/documents.schema';
import { useEffect, useRef } from 'react';
import { useMessages } from '../../../lib/i18n';
import { useCreateTarget } from '../api/review-targets';
import { documentMessages } from '../messages';
import { type EditableTarget, TargetEditor } from './target-editor';

export interface Span {
  start: number;
  end: number;
  text: string;
}

/** A first guess from the selected words, so the form starts close to what the plan says. */
export function guessFromSpan(span: Span, document: DocumentDetail): EditableTarget {
  const number = span.text.match(/\d+(?:\.\d+)?/)?.[0] ?? '';
  const name = span.text
    .split(/[\d０-９]/)[0]!
    .replace(/[，,。；;：:\s]|(达到|稳定在|控制在|不低于|低于|高于|提高到|降至|下降到)$/g, '');
  const rate = /[%％‰]/.test(span.text);
  const comparator = /左右|约/.test(span.text)
    ? '~'
    : /以下|不超过|不高于|低于|控制在|降至|下降到/.test(span.text)
      ? '<='
      : '>=';
  return {
    indicator: (name || span.text).slice(0, 60),
    indicatorId: null,
    comparator,
    unit: span.text.includes('‰') ? '‰' : rate ? '%' : '',
    kind: rate ? 'rate' : 'count',
    measure: inferMeasure(rate ? 'rate' : 'count', ''),
    direction: comparator === '<=' ? 'down' : 'up',
    scope: null,
    value: number,
    valueMax: '',
    year: document.year === null ? '' : String(document.year),
    tolerance: '',
    region:
      document.regionId === null ? null : { id: document.regionId, name: document.region ?? '' },
  };
}

export function NewTarget({
  document,
  span,
  onDone,
}: {
  document: DocumentDetail;
  span: Span;
  onDone(createdId: number | null): void;
}) {
  const t = useMessages(documentMessages);
  const create = useCreateTarget(document.id);
  const ref = useRef<HTMLDivElement>(null);
  // The form opens above the list, often out of view of the selection that opened it.
  useEffect(() => {
    ref.current?.scrollIntoView({ block: 'nearest' });
    ref.current?.querySelector('input')?.focus({ preventScroll: true });
  }, []);
  return (
    <div className="card card--new" data-testid="new-target" ref={ref}>
      <div className="card__head">
        <span className="card__indicator">{t('new.title')}</span>
      </div>
      <blockquote className="quote">{t('new.source', { text: span.text })}</blockquote>
      <TargetEditor
        mode="create"
        initial={guessFromSpan(span, document)}
        busy={create.isPending}
        onCancel={() => onDone(null)}
        onSubmit={(changes) =>
          create.mutate(
            {
              indicator: changes.indicator!,
              indicatorId: changes.indicatorId ?? null,
              comparator: changes.comparator!,
              value: changes.value ?? null,
              valueMax: changes.valueMax ?? null,
              unit: changes.unit ?? '',
              year: changes.year ?? null,
              kind: changes.kind!,
              direction: changes.direction!,
              measure: changes.measure,
              regionId: changes.regionId ?? null,
              scope: changes.scope ?? null,
              tolerance: changes.tolerance ?? null,
              start: span.start,
              end: span.end,
            },
            { onSuccess: (target) => onDone(target.id) },
          )
        }
      />
      {create.error && (
        <div className="note note--error" role="alert">
          {t('error.save', { message: create.error.message })}
        </div>
      )}
    </div>
  );
}
