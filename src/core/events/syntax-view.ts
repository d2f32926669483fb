/**
 * A read-only view of one Doc's syntax for the event coder: lemmas and relations as strings,
 * children lists in one CSR index, and the few walks the coder needs (case markers, passives,
 * conjuncts). Built once per Doc by the coder and dropped with it.
 */
import { findDates } from '../dates/find-dates.js';
import type { Doc } from '../doc/doc.js';
import { runParseRepairs } from './parse-repair-chain.js';

/** Words that are dates whatever the article's date: weekdays and the days named from today. */
const DAY_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight', 'tomorrow']);

/** `s` with curly single quotes made straight (most words have none: no new string for them). */
const plainQuotes = (s: string) => (s.includes('’') || s.includes('‘') ? s.replace(/[’‘]/g, "'") : s);

/** Words opening an indirect question ("asked why…", "asked how many…"). */
const WH_WORDS = new Set(['why', 'how', 'what', 'when', 'where', 'who', 'whom', 'which', 'whose']);

const COLON = 0x3a;

export class SyntaxView {
  readonly doc: Doc;
  readonly n: number;
  readonly head: Int32Array;
  readonly rel: readonly string[];
  readonly upos: readonly string[];
  readonly lemma: readonly string[];
  /** Lower-cased surface forms. */
  readonly lower: readonly string[];
  /** Dependents per token, in text order (one shared empty list for the leaves). */
  private readonly kids: readonly (readonly number[])[];
  /** 1 for tokens inside a date expression of the Doc's `dates` layer ("on Saturday", "in May"). */
  private readonly temporal: Uint8Array;

  /** `speechVerbs`, when given, lets the view repair a closing reporting verb left without its subject. */
  constructor(doc: Doc, speechVerbs?: ReadonlySet<string>) {
    this.doc = doc;
    const n = doc.length;
    this.n = n;
    const rel: string[] = new Array(n);
    const upos: string[] = new Array(n);
    const lemma: string[] = new Array(n);
    const lower: string[] = new Array(n);
    const forms: string[] = new Array(n);
    for (let i = 0; i < n; i++) {
      forms[i] = doc.tokenText(i);
      rel[i] = doc.deprel(i);
      upos[i] = doc.pos(i);
      lower[i] = plainQuotes(forms[i].toLowerCase());
      lemma[i] = plainQuotes(doc.lemma(i).toLowerCase());
    }
    this.temporal = new Uint8Array(n);
    // A date expression is a time even when it cannot be resolved: an undated article's "in late
    // February" is no participant, as a dated one's is not (`doc.dates` keeps only resolved dates).
    // Tokens are ordered and never overlap, so those inside a date are one run from its first.
    const { start, end } = doc.tokens;
    // (The date component keeps the expressions it found on the Doc; a Doc it has not seen is searched here.)
    for (const d of [...doc.dates, ...(doc.dateSpans ?? findDates(doc.text))]) {
      for (let i = firstAtOrAfter(start, d.start); i < n && end[i] <= d.end; i++) this.temporal[i] = 1;
    }
    // A weekday, "today" or "yesterday" is a date even when the article gives no publication date to
    // resolve it against ("reiterated its demand today that …").
    for (let i = 0; i < n; i++) if (DAY_WORDS.has(lower[i])) this.temporal[i] = 1;
    // The Doc's heads stay as the parser wrote them; the view reads a repaired copy when needed.
    const repaired = Int32Array.from(doc.heads);
    const changed = runParseRepairs({ head: repaired, rel, upos, lemma, lower, forms, temporal: this.temporal, isSpeech: speechVerbs ? (l) => speechVerbs.has(l) : undefined });
    this.head = changed ? repaired : doc.heads;
    // Parsers trained on older UD write "nmod" for a verb's prepositional dependents and "dep" for
    // objects they could not label; read them as UD v2 does.
    for (let i = 0; i < n; i++) {
      const h = this.head[i];
      if (h < 0 || (upos[h] !== 'VERB' && upos[h] !== 'AUX')) continue;
      if (rel[i] === 'nmod') rel[i] = 'obl';
      else if (rel[i] === 'dep' && i > h && (upos[i] === 'NOUN' || upos[i] === 'PROPN' || upos[i] === 'PRON')) rel[i] = 'obj';
    }
    // Plain lists made once: the coder asks for a token's dependents thousands of times per Doc
    // (the heads are final here: what follows changes tags only).
    // (the leaves share one empty list of the view's own, a plain array like the others: a frozen
    // one has another shape, and `for … of` over a mix of the two made an iterator at every loop)
    const none: readonly number[] = [];
    const kids: (readonly number[])[] = new Array(n).fill(none);
    for (let i = 0; i < n; i++) {
      const h = this.head[i];
      if (h < 0 || h >= n) continue;
      if (kids[h] === none) kids[h] = [i];
      else (kids[h] as number[]).push(i);
    }
    // "Israel would free 150 prisoners", "pledged to free them": a word the tagger made an adjective
    // that takes an object and an auxiliary or infinitive marker is a verb.
    for (let i = 0; i < n; i++) {
      const h = this.head[i];
      if (rel[i] !== 'obj' || h < 0 || upos[h] !== 'ADJ') continue;
      let verbal = false;
      for (const k of kids[h]) if (rel[k] === 'aux' || (rel[k] === 'mark' && lemma[k] === 'to' && k < h)) verbal = true;
      if (verbal) upos[h] = 'VERB';
    }
    this.kids = kids;
    this.rel = rel;
    this.upos = upos;
    this.lemma = lemma;
    this.lower = lower;
  }

  /** Dependents of `i`, in text order. */
  children(i: number): readonly number[] {
    return this.kids[i];
  }

  /** Dependents of `i` whose relation is one of `rels` (a base relation also matches its subtypes). */
  childrenWith(i: number, rels: readonly string[]): number[] {
    const out: number[] = [];
    // (indexed loops here and in caseOf: the coder calls them for nearly every token, and `for … of`
    // over the children lists made an iterator each time)
    const kids = this.kids[i];
    for (let k = 0; k < kids.length; k++) if (this.relIs(kids[k], rels)) out.push(kids[k]);
    return out;
  }

  /** True when token `i`'s relation is one of `rels` or a subtype of one. */
  relIs(i: number, rels: readonly string[]): boolean {
    const r = this.rel[i];
    for (const x of rels) {
      if (r === x) return true;
      // (r starts with x + ':', without building that string)
      if (r.length > x.length && r.charCodeAt(x.length) === COLON && r.startsWith(x) && !x.includes(':')) return true;
    }
    return false;
  }

  /** The preposition or subordinator introducing `i` ("with" in "met with Xi"), lower case, or null. */
  caseOf(i: number): string | null {
    let last = -1;
    const kids = this.kids[i];
    for (let k = 0; k < kids.length; k++) {
      const c = kids[k];
      // A two-word preposition ("out of", "away from") keeps its last word, which carries the meaning here.
      if ((this.rel[c] === 'case' || this.rel[c] === 'mark') && c < i && c > last) last = c;
    }
    // "between Israeli and Palestinian officials" with "between" hung on the first modifier: a
    // preposition opening the phrase introduces the phrase.
    if (last < 0) {
      for (const d of this.children(i)) {
        if (d > i || !this.relIs(d, ['amod', 'compound', 'nummod'])) continue;
        for (const c of this.children(d)) if (this.rel[c] === 'case' && c < d && c === this.subtreeRange(i)[0]) last = c;
        break;
      }
    }
    if (last < 0) return null;
    // "pulled its troops out of Lebanon", "drove them out of the town": "out of" says where from.
    if (this.lemma[last] === 'of' && last > 0 && this.lower[last - 1] === 'out') return 'from';
    return this.lemma[last];
  }

  /**
   * A verb the parser hung as a modifier on the root noun of a sentence that has no other predicate
   * ("Tajik border guards detained four citizens", "The parliament threatened on Monday to cut
   * ties" read as noun phrases). With an object or a complement clause of its own it is the
   * sentence's predicate, and the noun its subject — a passive participle takes neither.
   */
  misreadPredicate(h: number): boolean {
    if (this.rel[h] !== 'acl' || this.upos[h] !== 'VERB' || this.lower[h].endsWith('ing')) return false;
    const p = this.head[h];
    if (p < 0 || p > h) return false;
    const own = this.children(h);
    if (own.some((c) => ['nsubj', 'nsubj:pass', 'aux:pass', 'obl:agent'].includes(this.rel[c]))) return false;
    // "Thousands of Iraqi Kurds demonstrated in Kirkuk", "Some 800,000 Kurds sought refuge": a
    // counted crowd read as the sentence's root; the verb after it is the predicate, object or not.
    if (this.countedRoot(p)) return true;
    if (this.head[p] >= 0 || (this.upos[p] !== 'NOUN' && this.upos[p] !== 'PROPN')) return false;
    if (this.children(p).some((c) => this.rel[c] === 'cop')) return false;
    return own.some((c) => {
      const r = this.rel[c];
      // "troops clashed with fighters": a passive participle takes no companion.
      if (r === 'obj' || r === 'ccomp' || (r === 'obl' && this.caseOf(c) === 'with')) return true;
      return (r === 'xcomp' || r === 'advcl') && this.children(c).some((m) => this.rel[m] === 'mark' && this.lemma[m] === 'to' && m < c);
    });
  }

  /**
   * True when `p` is (the "of" complement of) a sentence root that counts people: "Thousands of
   * Kurds", "Tens of thousands of students", "Some 800,000 Kurds" — a number or determiner root, or a
   * plural noun root with an "of" complement, in a sentence whose root is no verb (or the extra
   * subject of a reporting verb that has its own).
   */
  private countedRoot(p: number): boolean {
    // Also a crowd the parser made the subject of the closing reporting verb beside its real
    // subject ("Thousands of Iraqi Kurds demonstrated in Kirkuk, witnesses said": two subjects of "said").
    const top = (k: number): boolean => this.head[k] < 0 || (this.rel[k] === 'nsubj' && this.childrenWith(this.head[k], ['nsubj']).length > 1);
    const root = top(p) ? p : this.relIs(p, ['nmod']) && top(this.head[p]) ? this.head[p] : -1;
    if (root < 0 || this.isVerbal(root) || this.children(root).some((c) => this.rel[c] === 'cop')) return false;
    if (this.upos[root] === 'NUM' || this.upos[root] === 'DET') return root !== p;
    return this.upos[root] === 'NOUN' && this.lower[root].endsWith('s') && this.childrenWith(root, ['nmod']).some((c) => this.caseOf(c) === 'of');
  }

  /**
   * The verb whose reason clause `h` is — a gerund introduced by "for" ("jailed a student for
   * helping militants", "thanked Poland for supporting the bid") — or -1. The one the verb acts on
   * did the act of the reason.
   */
  reasonHead(h: number): number {
    const p = this.head[h];
    if (p < 0 || this.upos[h] !== 'VERB' || !this.lower[h].endsWith('ing') || !this.isVerbal(p)) return -1;
    if (!this.relIs(h, ['advcl', 'obl', 'xcomp'])) return -1;
    return this.children(h).some((c) => c < h && (this.rel[c] === 'mark' || this.rel[c] === 'case') && this.lemma[c] === 'for') ? p : -1;
  }

  /** True when verb `v` is passive: "was signed", "has been detained", or a past participle modifying a noun. */
  isPassive(v: number): boolean {
    let agent = false;
    let active = false;
    for (const c of this.children(v)) {
      const r = this.rel[c];
      if (r === 'aux:pass' || r === 'nsubj:pass' || r === 'csubj:pass') return true;
      if (r === 'obl:agent') agent = true;
      if (r === 'nsubj' || r === 'obj') active = true;
    }
    // An agent phrase marks a passive without its auxiliary ("when asked by reporters"), unless the
    // verb has a subject or object of its own (then the parser misread "provocations by the US").
    return agent && !active && this.upos[v] === 'VERB';
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

  /**
   * True when clause `c` is an indirect question ("asked whether India would…", "asked why the talks
   * failed", "asked if Moscow would attend"): a question is about an act, not a call for it. A
   * conditional "if" clause on an adverbial is not a question.
   */
  isQuestionClause(c: number): boolean {
    for (const m of this.children(c)) {
      if (m > c || this.rel[m] !== 'mark') continue;
      if (this.lemma[m] === 'whether' || (this.lemma[m] === 'if' && this.relIs(c, ['ccomp']))) return true;
    }
    const [lo] = this.subtreeRange(c);
    return WH_WORDS.has(this.lower[lo]) && lo < c && this.dominates(c, lo) && !this.relIs(c, ['acl']);
  }

  /** True when token `i` is part of a date expression ("Saturday" in "on Saturday"). */
  isTemporal(i: number): boolean {
    return this.temporal[i] === 1;
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

/** The first index whose value in the ascending `starts` is at least `offset` (`starts.length` if none). */
function firstAtOrAfter(starts: ArrayLike<number>, offset: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
