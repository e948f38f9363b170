import type { Direction, TargetKind } from '../targets/vocabulary';

/** What the extractor needs of a catalogue indicator to name targets by it. */
export interface CatalogueEntry {
  name: string;
  synonyms: readonly string[];
  unit: string;
  direction: Direction;
  kind?: TargetKind;
}

/** A catalogue indicator mentioned in a text: `[start, end)` of the words as written. */
export interface CatalogueHit {
  start: number;
  end: number;
  entry: CatalogueEntry;
}

/** Catalogue names and synonyms, matched in one pass through a character trie built once. */
export interface IndicatorMatcher {
  /** The catalogue indicator whose mention ends last in `text[from, to)`, longest at its start. */
  last(text: string, from: number, to: number): CatalogueHit | null;
}

interface Node {
  next: Map<number, Node>;
  entry: CatalogueEntry | null;
}

// Shorter words are too general to name an indicator by (覆盖率, 达标率).
const MIN_LENGTH = 3;

/**
 * Builds the matcher. A word two indicators share (a synonym listed twice) names neither, so
 * the extractor falls back to the phrase it reads.
 */
export function buildIndicatorMatcher(entries: readonly CatalogueEntry[]): IndicatorMatcher {
  // The words are kept backwards, from their last unit: the hit wanted is the one that ends last,
  // so the walk starts at the span's end and goes back, and the first end a word closes at is the
  // answer (the longest word closing there), with no walk from every earlier character.
  const root: Node = { next: new Map(), entry: null };
  const owners = new Map<string, CatalogueEntry | null>();
  for (const e of entries) {
    for (const w of [e.name, ...e.synonyms]) {
      const word = w.replace(/\s+/g, '');
      if (word.length < MIN_LENGTH) continue;
      const owner = owners.get(word);
      owners.set(word, owner === undefined || owner === e ? e : null);
    }
  }
  for (const [word, entry] of owners) {
    if (!entry) continue;
    let n = root;
    for (let i = word.length - 1; i >= 0; i--) {
      const c = word.charCodeAt(i);
      let m = n.next.get(c);
      if (!m) n.next.set(c, (m = { next: new Map(), entry: null }));
      n = m;
    }
    n.entry = entry;
  }
  const closing = lastUnitNodes(root.next);
  return {
    last(text, from, to) {
      for (let end = to; end > from; end--) {
        let n = closing[text.charCodeAt(end - 1)];
        if (n === undefined) continue; // no word ends here
        let best: CatalogueHit | null = null;
        for (let i = end - 1; ;) {
          if (n.entry) best = { start: i, end, entry: n.entry }; // a longer word wins
          if (--i < from) break;
          n = n.next.get(text.charCodeAt(i));
          if (!n) break;
        }
        if (best) return best;
      }
      return null;
    },
  };
}

/**
 * The trie's first level (the words' last units) as a table by code unit: most characters close
 * no word, and an index rules them out, and finds the node of those that do, for less than the
 * root's map lookup did (matching is most of the time spent on each number's clause).
 */
function lastUnitNodes(first: Map<number, Node>): (Node | undefined)[] {
  const nodes = new Array<Node | undefined>(65536).fill(undefined);
  for (const [c, n] of first) nodes[c] = n;
  return nodes;
}

const RATE_UNITS = new Set(['%', '‰', '1/万', '1/10万', '1/100万']);

/** Whether a catalogue indicator's unit can measure a value written in `unit`. */
export function unitFits(entryUnit: string, unit: string): boolean {
  if (RATE_UNITS.has(entryUnit)) return RATE_UNITS.has(unit);
  if (entryUnit.endsWith('元')) return unit.endsWith('元');
  if (RATE_UNITS.has(unit) || unit.endsWith('元') || unit === '个百分点') return false;
  return entryUnit === unit || (entryUnit !== '倍') === (unit !== '倍');
}
