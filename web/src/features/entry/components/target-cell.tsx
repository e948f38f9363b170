import type { ApplicableTarget, EntryIndicator } from '@targetboard/shared/api/observations.schema';
import { Link } from '../../../app/router';
import { useI18n, useMessages } from '../../../lib/i18n';
import { formatTarget } from '@targetboard/shared/targets/format-target';
import { entryMessages } from '../messages';

/**
 * Which target applies and where it comes from: its rule, the year it was set for (沿用 when
 * carried into a later year), the region it is inherited from, and a link to its sentence in
 * the plan. A target in conflict is shown as a question to resolve, not as the rule.
 */
export function TargetCell({
  target,
  indicator,
  quarter,
}: {
  target: ApplicableTarget;
  indicator: EntryIndicator;
  quarter: string;
}) {
  const m = useMessages(entryMessages);
  const { lang } = useI18n();
  const year = Number(quarter.slice(0, 4));
  const origin = [
    target.year === null
      ? m('targetNoYear')
      : target.year === year
        ? m('targetYear', { year: target.year })
        : m('targetCarried', { year: target.year }),
    target.inheritedFrom ? m('inheritedFrom', { name: target.inheritedFrom.name }) : null,
  ].filter(Boolean);
  return (
    <>
      {target.conflict ? (
        <span
          className="entry-target entry-target--conflict"
          data-testid={`target-conflict-${indicator.id}`}
        >
          {m('targetConflict')}
          <small className="entry-msg entry-msg--warn">
            {target.conflict === 'unit'
              ? m('targetConflictUnit', {
                  rule: formatTarget(target, lang),
                  unit: indicator.unit,
                })
              : m('targetConflictTwin', { rule: formatTarget(target, lang) })}
          </small>
        </span>
      ) : (
        <span className="entry-target">{formatTarget(target, lang)}</span>
      )}
      <small className="entry-inherited" data-testid={`target-origin-${indicator.id}`}>
        {origin.join(lang === 'zh' ? '，' : ', ')}
        {target.source && (
          <>
            {' '}
            <Link
              href={`/documents/${target.source.documentId}?target=${target.id}`}
              title={target.source.quote ?? undefined}
              className="entry-source"
            >
              {m('targetSource')}
            </Link>
          </>
        )}
      </small>
    </>
  );
}
