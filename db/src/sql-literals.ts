/**
 * PostgreSQL array literals for large parameter arrays. The driver encodes an array
 * parameter element by element, which dominates the time of a million-cell import; a literal
 * built here in one `join` is passed as a single text parameter and cast (`${…}::int[]`).
 */

/** Numbers or plain tokens that need no quoting (digits, `2026Q1`); null → NULL. */
export function arrayLiteral(values: readonly (number | string | null)[]): string {
  return `{${values.map((v) => (v === null ? 'NULL' : v)).join(',')}}`;
}

/** Arbitrary text (quoted, `"` and `\` escaped); null → NULL. */
export function textArrayLiteral(values: readonly (string | null)[]): string {
  return `{${values
    .map((v) => (v === null ? 'NULL' : `"${v.replace(/["\\]/g, '\\$&')}"`))
    .join(',')}}`;
}
