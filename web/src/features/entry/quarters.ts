import { addQuarters, parseQuarter, type Quarter } from '@targetboard/shared/quarters/quarter';

/** The last quarter that has fully ended at `now`: the one bureaus are reporting on. */
export function lastEndedQuarter(now: Date = new Date()): Quarter {
  const current = `${now.getFullYear()}Q${Math.floor(now.getMonth() / 3) + 1}` as Quarter;
  return addQuarters(current, -1);
}

/** Quarters offered in the selector: the next one back to three years before the default. */
export function quarterChoices(around: Quarter, selected: Quarter): Quarter[] {
  const list = Array.from({ length: 14 }, (_, i) => addQuarters(around, 1 - i));
  return list.includes(selected) ? list : [selected, ...list];
}

export { addQuarters, parseQuarter, type Quarter };
