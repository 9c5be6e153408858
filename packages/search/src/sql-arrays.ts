/**
 * Array parameters as PostgreSQL array literals (`'{"a","b"}'`, cast in the query), which
 * postgres.js and PGlite both bind the same way as text.
 */
export function textArray(values: readonly string[]): string {
  return `{${values.map((v) => `"${v.replace(/(["\\])/g, '\\$1')}"`).join(',')}}`;
}
