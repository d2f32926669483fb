/**
 * Universal Dependencies inventories: the 17 UPOS tags and the dependency relations (with the
 * subtypes English treebanks use). Docs store tags and relations as small integers indexing these
 * arrays, so the order is part of the model format: append, never reorder.
 */

export const UPOS = [
  'ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM',
  'PART', 'PRON', 'PROPN', 'PUNCT', 'SCONJ', 'SYM', 'VERB', 'X',
] as const;
export type Upos = (typeof UPOS)[number];

export const DEPRELS = [
  'root', 'acl', 'acl:relcl', 'advcl', 'advcl:relcl', 'advmod', 'amod', 'appos', 'aux', 'aux:pass',
  'case', 'cc', 'cc:preconj', 'ccomp', 'clf', 'compound', 'compound:prt', 'conj', 'cop', 'csubj',
  'csubj:outer', 'csubj:pass', 'dep', 'det', 'det:predet', 'discourse', 'dislocated', 'expl', 'fixed', 'flat',
  'flat:foreign', 'goeswith', 'iobj', 'list', 'mark', 'nmod', 'nmod:poss', 'nmod:unmarked', 'nmod:desc', 'nsubj',
  'nsubj:outer', 'nsubj:pass', 'nummod', 'obj', 'obl', 'obl:agent', 'obl:unmarked', 'orphan', 'parataxis', 'punct',
  'reparandum', 'vocative', 'xcomp', 'det:poss', 'nmod:npmod', 'nmod:tmod', 'obl:npmod', 'obl:tmod', 'advmod:emph', 'flat:name',
] as const;
export type Deprel = (typeof DEPRELS)[number];

const UPOS_INDEX = new Map<string, number>(UPOS.map((t, i) => [t, i]));
const DEPREL_INDEX = new Map<string, number>(DEPRELS.map((t, i) => [t, i]));

/** Index of a UPOS tag, or -1. */
export function uposId(tag: string): number {
  return UPOS_INDEX.get(tag) ?? -1;
}

/** Index of a relation; unknown subtypes fall back to their base relation, unknown relations to `dep`. */
export function deprelId(rel: string): number {
  const exact = DEPREL_INDEX.get(rel);
  if (exact !== undefined) return exact;
  const base = DEPREL_INDEX.get(rel.split(':')[0]);
  return base ?? (DEPREL_INDEX.get('dep') as number);
}
