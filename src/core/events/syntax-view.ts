/**
 * A read-only view of one Doc's syntax for the event coder: lemmas and relations as strings,
 * children lists in one CSR index, and the few walks the coder needs (case markers, passives,
 * conjuncts). Built once per Doc by the coder and dropped with it.
 */
import type { Doc } from '../doc/doc.js';

export class SyntaxView {
  readonly doc: Doc;
  readonly n: number;
  readonly head: Int32Array;
  readonly rel: readonly string[];
  readonly upos: readonly string[];
  readonly lemma: readonly string[];
  /** Lower-cased surface forms. */
  readonly lower: readonly string[];
  private readonly childStart: Uint32Array;
  private readonly childList: Uint32Array;

  constructor(doc: Doc) {
    this.doc = doc;
    const n = doc.length;
    this.n = n;
    this.head = doc.heads;
    const rel: string[] = new Array(n);
    const upos: string[] = new Array(n);
    const lemma: string[] = new Array(n);
    const lower: string[] = new Array(n);
    const count = new Uint32Array(n + 1);
    for (let i = 0; i < n; i++) {
      rel[i] = doc.deprel(i);
      upos[i] = doc.pos(i);
      lower[i] = doc.tokenText(i).toLowerCase().replace(/[’‘]/g, "'");
      lemma[i] = doc.lemma(i).toLowerCase().replace(/[’‘]/g, "'");
      const h = this.head[i];
      if (h >= 0) count[h + 1]++;
    }
    // Parsers trained on older UD write "nmod" for a verb's prepositional dependents and "dep" for
    // objects they could not label; read them as UD v2 does.
    for (let i = 0; i < n; i++) {
      const h = this.head[i];
      if (h < 0 || (upos[h] !== 'VERB' && upos[h] !== 'AUX')) continue;
      if (rel[i] === 'nmod') rel[i] = 'obl';
      else if (rel[i] === 'dep' && i > h && (upos[i] === 'NOUN' || upos[i] === 'PROPN' || upos[i] === 'PRON')) rel[i] = 'obj';
    }
    for (let i = 0; i < n; i++) count[i + 1] += count[i];
    const fill = count.slice(0, n);
    const list = new Uint32Array(count[n]);
    for (let i = 0; i < n; i++) {
      const h = this.head[i];
      if (h >= 0) list[fill[h]++] = i;
    }
    this.childStart = count;
    this.childList = list;
    this.rel = rel;
    this.upos = upos;
    this.lemma = lemma;
    this.lower = lower;
  }

  /** Dependents of `i`, in text order. */
  children(i: number): Uint32Array {
    return this.childList.subarray(this.childStart[i], this.childStart[i + 1]);
  }

  /** Dependents of `i` whose relation is one of `rels` (a base relation also matches its subtypes). */
  childrenWith(i: number, rels: readonly string[]): number[] {
    const out: number[] = [];
    for (const c of this.children(i)) if (this.relIs(c, rels)) out.push(c);
    return out;
  }

  /** True when token `i`'s relation is one of `rels` or a subtype of one. */
  relIs(i: number, rels: readonly string[]): boolean {
    const r = this.rel[i];
    for (const x of rels) {
      if (r === x) return true;
      if (!x.includes(':') && r.startsWith(x + ':')) return true;
    }
    return false;
  }

  /** The preposition or subordinator introducing `i` ("with" in "met with Xi"), lower case, or null. */
  caseOf(i: number): string | null {
    for (const c of this.children(i)) {
      if ((this.rel[c] === 'case' || this.rel[c] === 'mark') && c < i) {
        // A two-word preposition ("out of", "according to") keeps its last word, which carries the meaning here.
        return this.lemma[c];
      }
    }
    return null;
  }

  /** True when verb `v` is passive: "was signed", "has been detained", or a past participle modifying a noun. */
  isPassive(v: number): boolean {
    for (const c of this.children(v)) {
      const r = this.rel[c];
      if (r === 'aux:pass' || r === 'nsubj:pass' || r === 'csubj:pass') return true;
    }
    return false;
  }

  /** `i` and the tokens coordinated with it ("Xi and Putin" → both), in text order. */
  conjuncts(i: number): number[] {
    const out = [i];
    for (let k = 0; k < out.length; k++) {
      // "US and British activists": a proper noun and an adjective may be conjoined; a verb is another clause.
      for (const c of this.children(out[k])) if (this.rel[c] === 'conj' && (this.isVerbal(c) === this.isVerbal(i))) out.push(c);
    }
    return out.sort((a, b) => a - b);
  }

  /** The first conjunct of the coordination `i` belongs to (itself when it is not a later conjunct). */
  firstConjunct(i: number): number {
    let k = i;
    while (this.rel[k] === 'conj' && this.head[k] >= 0) k = this.head[k];
    return k;
  }

  /** True for verbs and auxiliaries. */
  isVerbal(i: number): boolean {
    return this.upos[i] === 'VERB' || this.upos[i] === 'AUX';
  }

  /** True for nouns, proper nouns, pronouns and numerals. */
  isNominalLike(i: number): boolean {
    const u = this.upos[i];
    return u === 'NOUN' || u === 'PROPN' || u === 'PRON' || u === 'NUM' || u === 'X' || u === 'SYM';
  }

  /** True when `anc` is `i` or one of its ancestors. */
  dominates(anc: number, i: number): boolean {
    for (let k = i, guard = 0; k >= 0 && guard < this.n; k = this.head[k], guard++) if (k === anc) return true;
    return false;
  }

  /** The smallest and largest token index of `i`'s subtree. */
  subtreeRange(i: number): [number, number] {
    let lo = i;
    let hi = i;
    const stack = [i];
    while (stack.length) {
      const k = stack.pop() as number;
      if (k < lo) lo = k;
      if (k > hi) hi = k;
      for (const c of this.children(k)) stack.push(c);
    }
    return [lo, hi];
  }
}
