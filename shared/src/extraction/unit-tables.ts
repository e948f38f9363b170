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
