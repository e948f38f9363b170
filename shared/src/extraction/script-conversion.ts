import { Trie, type DictGroup, type DictLike } from 'opencc-js/core';

// Traditional → simplified conversion (normalise.ts), as opencc-js's ConverterFactory does it:
// one trie per dictionary group, applied in turn, each walking the string from every position.
// opencc-js looks every position up in the trie's root map, matched or not; most characters of a
// line open no dictionary word, and a table of the units words open with passes those over
// (copied as they are) without the lookup. Where a word may open, the walk is opencc's own
// (Trie.matchPrefix), and an unmatched position is stepped over as opencc steps over it
// (unmatchedLength, after opencc-js 1.4.2's getUnmatchedLength, MIT): the result is the same
// string, about twice as fast. script-conversion.test.ts holds the two to each other.

/** A converter equal to `ConverterFactory(...groups)` for groups of dictionaries. */
export function groupsConverter(groups: readonly DictGroup[]): (s: string) => string {
  const steps = groups.map((group) => {
    const trie = new Trie();
    trie.loadDictGroup(group);
    const opens = new Uint8Array(65536);
    for (const dict of group) for (const key of keysOf(dict)) opens[key.charCodeAt(0)] = 1;
    return { trie, opens };
  });
  return (s) => {
    let text = s;
    for (const { trie, opens } of steps) text = convertWith(trie, opens, text);
    return text;
  };
}

/** The words a dictionary maps (`a b|c d` or pairs), as opencc-js reads them. */
function keysOf(dict: DictLike): string[] {
  if (typeof dict === 'string') return dict.split('|').map((entry) => entry.split(' ')[0]!);
  return dict.map(([key]) => key);
}

function convertWith(trie: Trie, opens: Uint8Array, s: string): string {
  let pieces: string[] | null = null;
  let last = 0;
  for (let i = 0; i < s.length;) {
    const c = s.charCodeAt(i);
    // A unit no word opens with, no half of a surrogate pair and no ideographic description
    // character: unmatched, and one unit long.
    if (opens[c] === 0 && (c < 0xd800 || c > 0xdfff) && (c < 0x2ff0 || c > 0x2fff)) {
      i++;
      continue;
    }
    const m = trie.matchPrefix(s, i);
    if (m) {
      (pieces ??= []).push(s.slice(last, i), m.value);
      i = last = m.end;
    } else i += unmatchedLength(s, i);
  }
  if (!pieces) return s;
  pieces.push(s.slice(last));
  return pieces.join('');
}

// How far opencc-js steps over a position no word matches: one code point, or a whole ideographic
// description sequence (⿰氵每) when one opens there.
function codePointLength(s: string, i: number): number {
  return s.codePointAt(i)! > 0xffff ? 2 : 1;
}

function descriptionArity(cp: number): number {
  if (cp >= 0x2ff0 && cp <= 0x2ff1) return 2;
  if (cp >= 0x2ff2 && cp <= 0x2ff3) return 3;
  if (cp >= 0x2ff4 && cp <= 0x2fff) return 2;
  return 0;
}

function descriptionEnd(s: string, i: number): number {
  const arity = descriptionArity(s.codePointAt(i)!);
  if (arity === 0) return 0;
  let end = i + codePointLength(s, i);
  for (let n = 0; n < arity; n += 1) {
    if (end >= s.length) return 0;
    const childEnd = descriptionEnd(s, end);
    end = childEnd || end + codePointLength(s, end);
  }
  return end;
}

function unmatchedLength(s: string, i: number): number {
  const end = descriptionEnd(s, i);
  return end > i ? end - i : codePointLength(s, i);
}
