/**
 * Test support for the parse repairs, which work on parallel arrays: a hand-written parse table
 * (`id form upos head rel [lemma]`, one token a line, 1-based heads, 0 for the root) as those arrays.
 */
export interface ParseArrays {
  head: Int32Array;
  rel: string[];
  upos: string[];
  lower: string[];
  lemma: string[];
}

/** The parallel arrays of a parse table; a row without a lemma takes its form's. */
export function parseArrays(table: string): ParseArrays {
  const rows = table.trim().split('\n').map((l) => l.trim().split(/\s+/));
  return {
    head: Int32Array.from(rows.map((r) => Number(r[3]) - 1)),
    rel: rows.map((r) => r[4]),
    upos: rows.map((r) => r[2]),
    lower: rows.map((r) => r[1].toLowerCase()),
    lemma: rows.map((r) => (r[5] ?? r[1]).toLowerCase()),
  };
}
