/**
 * The synonyms an indicator keeps after an edit: a rename adds the old name to them (to the
 * new list when the edit gives one, else to the current), so plans and imports written with
 * it still find the indicator; without a rename, the edit's list or undefined (unchanged).
 */
export function synonymsAfterEdit(
  before: { name: string; synonyms: readonly string[] },
  edit: { name?: string; synonyms?: readonly string[] },
): string[] | undefined {
  if (edit.name === undefined || edit.name === before.name)
    return edit.synonyms && [...edit.synonyms];
  return [...new Set([...(edit.synonyms ?? before.synonyms), before.name])];
}
