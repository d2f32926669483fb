/**
 * Walks over a Doc's dependency tree (UD relations): the questions the actor, quote and event
 * components ask of syntax — who is the subject of a verb, its objects and obliques with their
 * prepositions, the agent of a passive, the possessor of a noun, conjuncts, clause negation, the
 * verb governing a token, the clause a token belongs to.
 *
 * A walker caches, per Doc, a compressed index of each token's children (CSR: one offsets array,
 * one children array, built once in O(n)); the cache is a WeakMap owned by the walker object, so
 * nothing lives in module state and a Doc's index goes away with the Doc.
 */
import { isTimeNoun } from '../dates/date-words.js';
import type { Doc } from './doc.js';
import { DEPRELS, type Deprel } from './ud.js';

/** A dependent introduced by a preposition ("met **with** Putin", "invasion **of** Ukraine"). */
export interface MarkedDependent {
  /** The dependent's head token. */
  readonly token: number;
  /** Its case marker(s), lower case ("with", "according to"), or null. */
  readonly prep: string | null;
  /** Its relation. */
  readonly rel: Deprel;
}

/** Options of {@link DepWalker.isNegated}. */
export interface NegationOptions {
  /** Also count negation of a controlling verb ("did not want **to meet**"). Default false. */
  readonly throughControl?: boolean;
}

/** Base relation (before the colon) of each relation id. */
const BASE: readonly string[] = DEPRELS.map((r) => r.split(':')[0]);
/** Relations that head a clause of their own. */
const CLAUSAL = new Set(['root', 'ccomp', 'xcomp', 'advcl', 'acl', 'csubj', 'parataxis']);
const NEGATORS = new Set(['not', "n't", 'nt', 'never', 'n’t']);
const NEGATIVE_PRONOUNS = new Set(['nobody', 'none', 'nothing', 'noone', 'neither']);
const RELATIVE_PRONOUNS = new Set(['who', 'which', 'that', 'whom', 'whose']);
/** Guards every walk up the tree against a malformed (cyclic) head array. */
const MAX_DEPTH = 64;

interface ChildIndex {
  readonly heads: Int32Array;
  readonly offsets: Uint32Array;
  readonly kids: Uint32Array;
}

/** The dependency-walk API. Every method takes the Doc (with `deps`) and a token index. */
export type DepWalker = ReturnType<typeof createDepWalker>;

/** A walker with its own per-Doc cache of child lists. */
export function createDepWalker() {
  const cache = new WeakMap<Doc, ChildIndex>();

  const index = (doc: Doc): ChildIndex => {
    const heads = doc.heads;
    const hit = cache.get(doc);
    if (hit && hit.heads === heads) return hit;
    const n = heads.length;
    const offsets = new Uint32Array(n + 1);
    for (let i = 0; i < n; i++) if (heads[i] >= 0) offsets[heads[i] + 1]++;
    for (let i = 0; i < n; i++) offsets[i + 1] += offsets[i];
    const kids = new Uint32Array(offsets[n]);
    const cursor = offsets.slice(0, n);
    for (let i = 0; i < n; i++) if (heads[i] >= 0) kids[cursor[heads[i]]++] = i;
    const built = { heads, offsets, kids };
    cache.set(doc, built);
    return built;
  };

  /** Children of `i`, in text order (a view: do not modify). */
  const children = (doc: Doc, i: number): Uint32Array => {
    const { offsets, kids } = index(doc);
    return kids.subarray(offsets[i], offsets[i + 1]);
  };
  const base = (doc: Doc, i: number): string => BASE[doc.rels[i]];
  /** Children of `i` whose relation (exact, or base when `rels` has no colon) is in `rels`. */
  const childrenWith = (doc: Doc, i: number, ...rels: Deprel[]): number[] => {
    const out: number[] = [];
    for (const c of children(doc, i)) {
      const r = doc.deprel(c);
      if (rels.includes(r) || rels.includes(BASE[doc.rels[c]] as Deprel)) out.push(c);
    }
    return out;
  };
  /** Lemma when the Doc has lemmas, else the lower-cased form. */
  const word = (doc: Doc, i: number): string => (doc.has('lemmas') ? doc.lemma(i) : doc.tokenText(i).toLowerCase());

  /** `i` and the conjuncts that depend on it (UD attaches them all to the first), in text order. */
  const expand = (doc: Doc, i: number): number[] => {
    const out = [i];
    for (let k = 0; k < out.length && k < MAX_DEPTH; k++) {
      for (const c of children(doc, out[k])) if (doc.deprel(c) === 'conj' && !out.includes(c)) out.push(c);
    }
    return out.sort((a, b) => a - b);
  };
  const expandAll = (doc: Doc, tokens: number[]): number[] => tokens.flatMap((t) => expand(doc, t));

  /** The other members of `i`'s coordination ("Xi and Putin": Putin for Xi, Xi for Putin). */
  const conjuncts = (doc: Doc, i: number): number[] => {
    let first = i;
    for (let d = 0; d < MAX_DEPTH && doc.deprel(first) === 'conj' && doc.head(first) >= 0; d++) first = doc.head(first);
    return expand(doc, first).filter((t) => t !== i);
  };

  /** Case markers of `i`, with their fixed parts ("according to"), lower case, or null. */
  const caseMarker = (doc: Doc, i: number): string | null => {
    const parts: number[] = [];
    for (const c of children(doc, i)) {
      if (doc.deprel(c) !== 'case') continue;
      parts.push(c, ...childrenWith(doc, c, 'fixed'));
    }
    if (!parts.length) return null;
    return parts.sort((a, b) => a - b).map((t) => doc.tokenText(t).toLowerCase()).join(' ');
  };

  /** Dependents of `head` with a relation in `rels`, each with its case marker, conjuncts included. */
  const marked = (doc: Doc, head: number, rels: readonly string[]): MarkedDependent[] => {
    const out: MarkedDependent[] = [];
    for (const c of children(doc, head)) {
      const rel = doc.deprel(c);
      if (!rels.includes(rel)) continue;
      const prep = caseMarker(doc, c);
      for (const t of expand(doc, c)) out.push({ token: t, prep: t === c ? prep : caseMarker(doc, t) ?? prep, rel });
    }
    return out;
  };

  const objectsOf = (doc: Doc, verb: number): number[] => expandAll(doc, childrenWith(doc, verb, 'obj', 'iobj'));

  const subjectsAt = (doc: Doc, verb: number, depth: number): number[] => {
    const own = childrenWith(doc, verb, 'nsubj', 'csubj');
    if (own.length) {
      // "the leaders who met": the relative pronoun stands for the noun the clause modifies
      const rel = doc.deprel(verb);
      return expandAll(doc, own).flatMap((s) =>
        rel === 'acl:relcl' && doc.head(verb) >= 0 && RELATIVE_PRONOUNS.has(word(doc, s)) ? expand(doc, doc.head(verb)) : [s],
      );
    }
    const h = doc.head(verb);
    if (h < 0 || depth >= MAX_DEPTH) return [];
    const b = base(doc, verb);
    const rel = doc.deprel(verb);
    if (b === 'xcomp') {
      // control: "Putin wants to show" → Putin; "urged Xi to act" → Xi (object control)
      const objects = objectsOf(doc, h);
      return objects.length ? objects : subjectsAt(doc, h, depth + 1);
    }
    if (b === 'conj' || rel === 'advcl') return subjectsAt(doc, h, depth + 1); // "met and praised", "…, saying"
    if (rel === 'acl' && /ing$/i.test(doc.tokenText(verb))) {
      // "troops guarding the border"; but a participle hung on a time ("marched on Monday evening
      // waving flags") describes the clause the time is in: a time does nothing itself.
      if (!isTimeNoun(doc.tokenText(h))) return expand(doc, h);
      const g = doc.head(h);
      return g >= 0 && base(doc, h) === 'obl' ? subjectsAt(doc, g, depth + 1) : [];
    }
    return [];
  };

  const isPassive = (doc: Doc, verb: number): boolean =>
    childrenWith(doc, verb, 'aux:pass', 'nsubj:pass', 'csubj:pass').length > 0;

  const hasNegator = (doc: Doc, t: number): boolean => {
    for (const c of children(doc, t)) {
      if (base(doc, c) === 'advmod' && NEGATORS.has(word(doc, c))) return true;
    }
    return false;
  };
  const negatedArgument = (doc: Doc, arg: number): boolean =>
    NEGATIVE_PRONOUNS.has(word(doc, arg)) || childrenWith(doc, arg, 'det').some((d) => word(doc, d) === 'no');

  const isVerbal = (doc: Doc, t: number): boolean =>
    doc.pos(t) === 'VERB' || childrenWith(doc, t, 'cop').length > 0;

  return {
    children,
    childrenWith,
    conjuncts,
    caseMarker,

    /** Subjects of `verb` (nsubj, nsubj:pass, csubj), through conjunction and control; [] if none. */
    subjects: (doc: Doc, verb: number): number[] => subjectsAt(doc, verb, 0),

    /** Objects of `verb` (obj, iobj) with their conjuncts; a later conjunct verb shares its first's. */
    objects(doc: Doc, verb: number): number[] {
      const own = objectsOf(doc, verb);
      const h = doc.head(verb);
      if (own.length || doc.deprel(verb) !== 'conj' || h < 0) return own;
      return objectsOf(doc, h).filter((o) => o > verb); // "met and praised Putin"
    },

    /** Obliques of `verb` (obl and its subtypes) with their prepositions. */
    obliques: (doc: Doc, verb: number): MarkedDependent[] =>
      marked(doc, verb, ['obl', 'obl:agent', 'obl:tmod', 'obl:npmod', 'obl:unmarked']),

    /** Agents of a passive `verb`: obl:agent, or a "by" oblique when the verb is passive. */
    agents(doc: Doc, verb: number): number[] {
      const passive = isPassive(doc, verb);
      return marked(doc, verb, ['obl', 'obl:agent'])
        .filter((m) => m.rel === 'obl:agent' || (passive && m.prep === 'by'))
        .map((m) => m.token);
    },

    /** True when `verb` is passive (aux:pass or a passive subject). */
    isPassive,

    /** The possessor of `noun` (nmod:poss: "**Russia**'s invasion"), or -1. */
    possessor(doc: Doc, noun: number): number {
      const p = childrenWith(doc, noun, 'nmod:poss', 'det:poss');
      return p.length ? p[0] : -1;
    },

    /** Nominal modifiers of `noun` with their prepositions ("invasion **of** Ukraine"); not possessors or titles. */
    nominalModifiers: (doc: Doc, noun: number): MarkedDependent[] =>
      marked(doc, noun, ['nmod', 'nmod:unmarked', 'nmod:npmod', 'nmod:tmod']),

    /** The copula of a predicate ("X **is** a member of Y": the cop child of "member"), or -1. */
    copula(doc: Doc, predicate: number): number {
      const c = childrenWith(doc, predicate, 'cop');
      return c.length ? c[0] : -1;
    },

    /**
     * True when `verb` (or a copular predicate) is negated in syntax: "not", "n't", "never" as its
     * adverb, or a subject/object such as "no country", "nobody". Lexical negation ("refrained from",
     * "denied") belongs to the event coder.
     */
    isNegated(doc: Doc, verb: number, options: NegationOptions = {}): boolean {
      let t = verb;
      for (let d = 0; d < MAX_DEPTH && t >= 0; d++) {
        if (hasNegator(doc, t)) return true;
        if (childrenWith(doc, t, 'nsubj', 'nsubj:pass', 'obj').some((a) => negatedArgument(doc, a))) return true;
        if (!options.throughControl || doc.deprel(t) !== 'xcomp') return false;
        t = doc.head(t);
      }
      return false;
    },

    /** The nearest ancestor of `i` that is a verb or a copular predicate, or -1. */
    governingVerb(doc: Doc, i: number): number {
      let h = doc.head(i);
      for (let d = 0; d < MAX_DEPTH && h >= 0; d++, h = doc.head(h)) if (isVerbal(doc, h)) return h;
      return -1;
    },

    /** The head of the clause holding `i` (itself when it heads one): root, ccomp, xcomp, advcl, acl, csubj, parataxis, or a verbal conjunct. */
    clauseOf(doc: Doc, i: number): number {
      let t = i;
      for (let d = 0; d < MAX_DEPTH; d++) {
        const h = doc.head(t);
        if (h < 0 || CLAUSAL.has(base(doc, t)) || (doc.deprel(t) === 'conj' && isVerbal(doc, t))) return t;
        t = h;
      }
      return t;
    },
  };
}
