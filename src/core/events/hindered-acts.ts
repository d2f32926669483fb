/**
 * Acts someone is kept from doing: "Congress barred the Pentagon from selling arms", "Israel was
 * prohibited from attacking", "sanctions deterred China from supplying weapons". The gerund after
 * "from" under a verb of hindering (grammar.json `hinderingVerbs`) is done — or rather not done —
 * by the one hindered: the verb's object, or a passive's subject, never the verb's own subject.
 * The act did not happen, so the coder flags it negated (modality.ts); the hindering verb codes
 * what its own entry says, if anything.
 */
import type { EventGrammar } from './lexicon-types.js';
import type { SyntaxView } from './syntax-view.js';

/** A hindering verb and the tokens of whoever it keeps from the act. */
export interface Hindrance {
  /** The hindering verb ("barred"). */
  readonly verb: number;
  /** Who is kept from the act: the verb's object, or its passive subject. */
  readonly hindered: readonly number[];
}

/** Relations a parser gives a "from"-gerund hung on the hindering verb. */
const ON_VERB = ['advcl', 'obl', 'xcomp', 'ccomp'];
/** Relations a parser gives a "from"-gerund hung on the hindering verb's object instead. */
const ON_OBJECT = ['acl', 'nmod'];

/**
 * The hindrance of verb `h` when it is a "from"-gerund under a hindering verb that names whom it
 * keeps from it ("barred **the Pentagon** from selling", "**Israel** was prohibited from
 * attacking"); null otherwise. A hindering verb with nobody kept ("refrained from", "stopped
 * short of", "shifted from selling to leasing") hinders nothing.
 */
export function hindranceOf(v: SyntaxView, g: EventGrammar, h: number): Hindrance | null {
  return controlledGerund(v, h, (lemma) => (g.hinderingVerbs.has(lemma) ? 'from' : undefined));
}

/**
 * The verb above a gerund `h` introduced by the preposition `prepOf` gives that verb's lemma, and
 * whom that verb names as its object (or passive subject) — the gerund's doer: "barred X **from**
 * selling", "accused X **of** violating", "charged X **with** spying". Also when the parser hung
 * the gerund on the object ("kept Belarus from signing" with "from signing" on "Belarus"). Null
 * when the verb names nobody so.
 */
export function controlledGerund(v: SyntaxView, h: number, prepOf: (lemma: string) => string | undefined): Hindrance | null {
  if (h < 0 || v.upos[h] !== 'VERB' || !v.lower[h].endsWith('ing')) return null;
  const opener = v.children(h).find((c) => c < h && (v.rel[c] === 'mark' || v.rel[c] === 'case'));
  if (opener === undefined) return null;
  const prep = v.lemma[opener];
  const p = v.head[h];
  if (p < 0) return null;
  if (v.relIs(h, ON_VERB) && prepOf(v.lemma[p]) === prep) {
    const hindered = v.isPassive(p) ? v.childrenWith(p, ['nsubj:pass']) : v.childrenWith(p, ['obj']);
    return hindered.length ? { verb: p, hindered } : null;
  }
  const q = v.head[p];
  if (v.relIs(h, ON_OBJECT) && q >= 0 && v.rel[p] === 'obj' && prepOf(v.lemma[q]) === prep) return { verb: q, hindered: [p] };
  return null;
}
