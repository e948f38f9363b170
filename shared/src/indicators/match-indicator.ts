/** What the matcher needs to know of a catalogue indicator. */
export interface IndicatorName {
  id: number;
  name: string;
  synonyms: readonly string[];
}

export interface IndicatorSuggestion {
  id: number;
  name: string;
  /** 1 for an exact name or synonym match after normalisation; otherwise a similarity in 0–1. */
  score: number;
}

// Region and time words that a plan puts before an indicator but that are not part of it.
const PREFIX =
  /^(?:全国|全省|全市|全区|全县|全镇|我省|我市|我区|我县|我镇|各地|各级|城乡|农村|城市|城区|郊区|年)+/;
const NOISE = /[\s()（）【】[\]"“”'‘’、，,。.：:；;·]/g;

/** Folds an indicator name for comparison: drops punctuation, brackets, leading region words and a trailing 年. */
export function normaliseIndicatorName(name: string): string {
  return name
    .replace(NOISE, '')
    .replace(PREFIX, '')
    .replace(/(?<=率)年$/, '')
    .replace(/年(?=死亡率|发病率)/, '');
}

function bigrams(text: string): Map<string, number> {
  const chars = [...text];
  const grams = new Map<string, number>();
  for (let k = 0; k + 1 < chars.length; k++) {
    const g = chars[k]! + chars[k + 1]!;
    grams.set(g, (grams.get(g) ?? 0) + 1);
  }
  return grams;
}

/** Dice coefficient over character bigrams: robust to word order and short insertions in Chinese names. */
export function nameSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const ga = bigrams(a);
  const gb = bigrams(b);
  let overlap = 0;
  let total = 0;
  for (const n of ga.values()) total += n;
  for (const n of gb.values()) total += n;
  for (const [g, n] of ga) overlap += Math.min(n, gb.get(g) ?? 0);
  return total === 0 ? 0 : (2 * overlap) / total;
}

/**
 * Ranks catalogue indicators for an extracted name: exact (normalised) name or synonym first
 * with score 1, then by similarity, keeping those at or above `minScore`.
 */
export function suggestIndicators(
  extracted: string,
  catalogue: readonly IndicatorName[],
  { limit = 5, minScore = 0.45 }: { limit?: number; minScore?: number } = {},
): IndicatorSuggestion[] {
  const target = normaliseIndicatorName(extracted);
  const scored: IndicatorSuggestion[] = [];
  for (const entry of catalogue) {
    let best = 0;
    for (const candidate of [entry.name, ...entry.synonyms]) {
      const name = normaliseIndicatorName(candidate);
      const score =
        name === target ? 1 : Math.max(nameSimilarity(name, target), containment(name, target));
      if (score > best) best = score;
    }
    if (best >= minScore)
      scored.push({ id: entry.id, name: entry.name, score: Math.round(best * 1000) / 1000 });
  }
  return scored.sort((a, b) => b.score - a.score || a.name.length - b.name.length).slice(0, limit);
}

// A name that contains the whole of the other (婴儿死亡率 in 农村婴儿死亡率) is close but not equal.
function containment(a: string, b: string): number {
  if (a.length < 3 || b.length < 3) return 0;
  return a.includes(b) || b.includes(a)
    ? 0.85 * (Math.min(a.length, b.length) / Math.max(a.length, b.length)) + 0.1
    : 0;
}

// A change of an indicator (…提高幅度, …下降幅度) is charted apart from its level.
const CHANGE = /幅度$/;

/**
 * The single catalogue indicator to link without asking: an exact match, or one clear winner
 * above 0.8 that is not a level where the name is a change (or the other way round).
 */
export function linkIndicator(
  extracted: string,
  catalogue: readonly IndicatorName[],
): IndicatorSuggestion | null {
  const [first, second] = suggestIndicators(extracted, catalogue, { limit: 2, minScore: 0.8 });
  if (!first) return null;
  if (first.score === 1) return first;
  if (CHANGE.test(normaliseIndicatorName(extracted)) !== CHANGE.test(first.name)) return null;
  return second && second.score >= first.score - 0.05 ? null : first;
}

/**
 * The name to keep as a synonym once a reviewer links `extracted` to a catalogue indicator:
 * the name as written (trimmed), or null when it folds to fewer than two characters or the
 * matcher already knows it — as that indicator (nothing to learn) or as another one (keeping
 * it would make the name ambiguous).
 */
export function synonymToKeep(
  extracted: string,
  catalogue: readonly IndicatorName[],
): string | null {
  const name = extracted.trim();
  const folded = normaliseIndicatorName(name);
  if ([...folded].length < 2) return null;
  for (const entry of catalogue)
    for (const known of [entry.name, ...entry.synonyms])
      if (normaliseIndicatorName(known) === folded) return null;
  return name;
}

/**
 * What confirming an unlinked target with this name does: link the one indicator the matcher
 * is sure of, ask the reviewer to choose among the suggestions the review screen shows, or
 * (no suggestion at all) add the name to the catalogue as a new indicator.
 */
export function confirmLink(
  extracted: string,
  catalogue: readonly IndicatorName[],
):
  | { action: 'link'; id: number }
  | { action: 'choose'; suggestions: IndicatorSuggestion[] }
  | { action: 'create' } {
  const linked = linkIndicator(extracted, catalogue);
  if (linked) return { action: 'link', id: linked.id };
  const suggestions = suggestIndicators(extracted, catalogue);
  return suggestions.length > 0 ? { action: 'choose', suggestions } : { action: 'create' };
}
