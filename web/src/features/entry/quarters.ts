import { addQuarters, type Quarter } from '@targetboard/shared/quarters/quarter';

/** Quarters offered in the selector: the next one back to three years before the default. */
export function quarterChoices(around: Quarter, selected: Quarter): Quarter[] {
  const list = Array.from({ length: 14 }, (_, i) => addQuarters(around, 1 - i));
  return list.includes(selected) ? list : [selected, ...list];
}
