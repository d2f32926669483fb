/**
 * Means clauses of an accusation: "accused Russia of interfering in the election, including by
 * hacking the computers of the party", with "by hacking" hung on "accused". Nobody accuses by
 * hacking: the clause tells how the accused is said to have done it, so the accused does it, and
 * only allegedly.
 */
import type { SyntaxView } from './syntax-view.js';

/** Verbs of accusing whose object is the one accused. */
const ACCUSING: ReadonlySet<string> = new Set(['accuse', 'blame', 'charge', 'indict', 'fault', 'suspect', 'convict']);

/**
 * Verbs of accusing (or clearing), with the preposition of the act the one accused is said to have
 * done ("accused X of", "charged X with"): that act is the accused's (clause-roles.ts).
 */
export const ACCUSED_OF: ReadonlyMap<string, string> = new Map([['accuse', 'of'], ['suspect', 'of'], ['convict', 'of'], ['acquit', 'of'], ['clear', 'of'], ['charge', 'with']]);

/** The verb of accusing that `h`, a "by"-gerund clause, hangs on, or -1. */
export function accusationOfMeans(v: SyntaxView, h: number): number {
  const p = v.head[h];
  if (p < 0 || !v.relIs(h, ['advcl']) || !ACCUSING.has(v.lemma[p]) || v.isPassive(p)) return -1;
  if (!v.childrenWith(h, ['mark']).some((m) => v.lemma[m] === 'by')) return -1;
  return v.childrenWith(p, ['obj']).length ? p : -1;
}
