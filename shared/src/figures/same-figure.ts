import type { Figure } from '../api/observations.schema';

/** A note as stored: trimmed, and an empty one is none (null). */
export function noteOf(text: string | null | undefined): string | null {
  const t = (text ?? '').trim();
  return t === '' ? null : t;
}

/**
 * Whether two figures are the same figure: equal value, numerator and denominator (numbers
 * compared exactly; null only equals null) and the same note, an empty note counting as
 * none. Saving the same figure again writes nothing and is no conflict. The staged import
 * repeats this in SQL (`SAME_FIGURE` in db); a property test holds the two together.
 */
export function sameFigure(a: Figure, b: Figure): boolean {
  return (
    a.value === b.value &&
    a.numerator === b.numerator &&
    a.denominator === b.denominator &&
    (a.note || null) === (b.note || null)
  );
}

/** The stored part of an observation, as the change log records it. */
export const figureOf = (o: Figure): Figure => ({
  value: o.value,
  numerator: o.numerator,
  denominator: o.denominator,
  note: o.note,
});
