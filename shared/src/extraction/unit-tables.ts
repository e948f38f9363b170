// Tables of code units, for the cheap tests that gate a costlier reading: whether a phrase ends in
// a character one of a regex's words ends in, or a clause opens with one a pattern opens with. A
// lookup by `charCodeAt` makes no one-character string and hashes nothing, so it costs a few
// nanoseconds where `new Set(chars).has(s[i])` cost tens: these tests run for every figure.

/** A table marking the code units of `chars` (all in the Basic Multilingual Plane). */
export function unitTable(chars: string): Uint8Array {
  const table = new Uint8Array(65536);
  for (let i = 0; i < chars.length; i++) table[chars.charCodeAt(i)] = 1;
  return table;
}

/** Whether the first code unit of `s` is marked in `table` (false for an empty `s`). */
export function opensWith(table: Uint8Array, s: string): boolean {
  return s.length > 0 && table[s.charCodeAt(0)] === 1;
}

/** Whether the last code unit of `s` is marked in `table` (false for an empty `s`). */
export function endsWith(table: Uint8Array, s: string): boolean {
  return s.length > 0 && table[s.charCodeAt(s.length - 1)] === 1;
}

// The units `\s` matches (JavaScript's white space and line terminators), as a table.
const SPACE = (() => {
  const table = new Uint8Array(65536);
  for (let c = 0; c < 65536; c++) if (/\s/.test(String.fromCharCode(c))) table[c] = 1;
  return table;
})();

// The marks a sentence's clauses are split at (`,，;；:：`).
const CLAUSE_MARK = unitTable(',，;；:：');

/**
 * Whether some clause of `s` (split at `,，;；:：`, white space left out) opens with a unit marked
 * in `table`: one pass over `s`, so a reading that reads only such clauses can pass over a
 * sentence without splitting it.
 */
export function someClauseOpensWith(table: Uint8Array, s: string): boolean {
  let open = true; // at a clause's start, before its first unit that is no space
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (CLAUSE_MARK[c] === 1) open = true;
    else if (open && SPACE[c] !== 1) {
      if (table[c] === 1) return true;
      open = false;
    }
  }
  return false;
}

/** The last unit of `s` before `end` that is no white space, or -1 (a code unit, as `charCodeAt`). */
export function lastUnitBefore(s: string, end: number): number {
  for (let i = end - 1; i >= 0; i--) {
    const c = s.charCodeAt(i);
    if (SPACE[c] !== 1) return c;
  }
  return -1;
}

/** The first unit of `s` that is no white space, or -1. */
export function firstUnit(s: string): number {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (SPACE[c] !== 1) return c;
  }
  return -1;
}
