import type { StoredTarget } from '@targetboard/shared/api/documents.schema';

export interface NameSourceTag {
  /** The short label on the card. */
  label: 'name.catalogue' | 'name.heuristic';
  /** The accessible name and tooltip: what the label means for the reviewer. */
  description: 'name.catalogueHint' | 'name.heuristicHint';
}

/**
 * Where a target's name came from, for the tag on its card: the catalogue (little to check)
 * or the extractor's fallback phrase (check the name). Null when the server did not say
 * (a target added by hand, or a reply that carries no list hints).
 */
export function nameSourceTag(target: Pick<StoredTarget, 'nameSource'>): NameSourceTag | null {
  if (target.nameSource === 'catalogue')
    return { label: 'name.catalogue', description: 'name.catalogueHint' };
  if (target.nameSource === 'heuristic')
    return { label: 'name.heuristic', description: 'name.heuristicHint' };
  return null;
}

/** Catalogue names a refused confirm offers instead of adding a duplicate; null for other errors. */
export function indicatorChoice(details: unknown): { id: number; name: string }[] | null {
  if (typeof details !== 'object' || details === null) return null;
  const { reason, suggestions } = details as { reason?: unknown; suggestions?: unknown };
  if (reason !== 'indicator_choice_required' || !Array.isArray(suggestions)) return null;
  return suggestions.filter(
    (s): s is { id: number; name: string } =>
      typeof s === 'object' &&
      s !== null &&
      typeof (s as { id?: unknown }).id === 'number' &&
      typeof (s as { name?: unknown }).name === 'string',
  );
}

/**
 * Whether confirming waits for the reviewer to choose an indicator: not linked, with catalogue
 * suggestions (the server's rule, as far as the list shows it). Bulk confirm leaves these.
 */
export function awaitsIndicatorChoice(
  target: Pick<StoredTarget, 'indicatorId' | 'suggestions'>,
): boolean {
  return target.indicatorId === null && (target.suggestions?.length ?? 0) > 0;
}
