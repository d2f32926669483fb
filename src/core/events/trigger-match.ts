/**
 * The pattern matcher: finds the lexicon triggers of a sentence on its dependency parse. A verb
 * trigger's particles and required object ("crack down", "sign … agreement") must be its
 * dependents; a noun trigger notes the light verb that governs it ("held talks", "took part in
 * war games"), whose subject is the noun's source. One match per token: the most specific entry.
 */
import type { EventGrammar, EventTrigger, TriggerPos } from './lexicon-types.js';
import { bySpecificity, type TriggerLexicon } from './lexicon.js';
import { strandedInfinitive } from './stranded-complements.js';
import { isQuantity, supportVerb } from './support-verbs.js';
import type { SyntaxView } from './syntax-view.js';

/** A trigger found at a token. */
export interface Match {
  readonly trigger: EventTrigger;
  /** The head token (verb, noun or adjective). */
  readonly head: number;
  /** The required object token (light-verb entries), or -1. */
  readonly obj: number;
  /** The required prepositional dependent, or -1. */
  readonly prep: number;
  /** The light verb governing a noun trigger, or -1. */
  readonly support: number;
  /** Tokens of the trigger phrase (head, particles, required object). */
  readonly tokens: readonly number[];
  /** A verb in the passive voice, or a past participle modifying a noun. */
  readonly passive: boolean;
}

/** Particles a parser may mistake for prepositions right after a verb. */
const PARTICLES = new Set(['up', 'down', 'off', 'out', 'back', 'away', 'over', 'aside']);

const NO_TRIGGERS: readonly EventTrigger[] = [];

/** Matches every token of `[from, to)`; returns the matches in text order. */
export function matchTriggers(v: SyntaxView, lexicon: TriggerLexicon, from: number, to: number): Match[] {
  const out: Match[] = [];
  for (let i = from; i < to; i++) {
    const m = matchAt(v, lexicon, i);
    if (m) out.push(m);
  }
  return out;
}

function posesFor(upos: string): TriggerPos[] {
  switch (upos) {
    case 'VERB': return ['verb', 'adj'];
    case 'NOUN': return ['noun'];
    case 'ADJ': return ['adj'];
    // Taggers often take sentence-initial or capitalised nouns ("Talks", "Summit") for proper nouns.
    case 'PROPN': return ['noun'];
    default: return [];
  }
}

function matchAt(v: SyntaxView, lexicon: TriggerLexicon, i: number): Match | null {
  let poses = posesFor(v.upos[i]);
  // "is prepared to", "is opposed to", "are committed to": a participle used as an adjective.
  if (v.upos[i] === 'VERB' && lexicon.lookup('adj', v.lower[i]).length && v.isPassive(i) && !v.childrenWith(i, ['obl:agent']).length) poses = ['adj', 'verb'];
  let facts: TokenFacts | undefined;
  for (const pos of poses) {
    // Most words trigger nothing: look both keys up before building anything.
    const byLemma = lexicon.lookup(pos, v.lemma[i]);
    const byForm = v.lower[i] === v.lemma[i] ? NO_TRIGGERS : lexicon.lookup(pos, v.lower[i]);
    if (!byLemma.length && !byForm.length) continue;
    // The lexicon lists each key's entries in this order already; only a merge of two lists needs sorting.
    let candidates = byLemma;
    if (byForm.length) {
      const merged = [...byLemma];
      for (const t of byForm) if (!merged.includes(t)) merged.push(t);
      candidates = merged.sort(bySpecificity);
    }
    facts ??= new TokenFacts(v, lexicon.grammar, i);
    for (const t of candidates) {
      const m = tryTrigger(v, facts, t, i);
      if (m) return m;
    }
  }
  return null;
}

/**
 * What the entries of one token ask about it (voice, objects, object names), computed once
 * however many of its entries are tried: a common verb has dozens, most of them object-specific.
 */
class TokenFacts {
  private passiveVerb: boolean | undefined;
  private readonly objects = new Map<boolean, number[]>();
  private readonly names = new Map<number, string[]>();

  constructor(
    private readonly v: SyntaxView,
    readonly grammar: EventGrammar,
    readonly i: number,
  ) {}

  /** The token as a verb is passive (or a participle modifying a noun). */
  passive(): boolean {
    this.passiveVerb ??= this.v.isPassive(this.i) || participleModifier(this.v, this.i);
    return this.passiveVerb;
  }

  /** {@link objectsOf} the token. */
  objectsOf(passive: boolean): readonly number[] {
    let objs = this.objects.get(passive);
    if (!objs) this.objects.set(passive, (objs = objectsOf(this.v, this.i, passive, this.grammar.quantityNouns)));
    return objs;
  }

  /** {@link objectNames} of object `o`. */
  namesOf(o: number): readonly string[] {
    let names = this.names.get(o);
    if (!names) this.names.set(o, (names = objectNames(this.v, o)));
    return names;
  }
}

/** Prepositions before which a point in a span ("at the end of …") is a time, not an act. */
const TIME_POINT_CASES = new Set(['at', 'by', 'until', 'till', 'toward', 'towards', 'near']);

function tryTrigger(v: SyntaxView, facts: TokenFacts, t: EventTrigger, i: number): Match | null {
  const g = facts.grammar;
  if (t.pos === 'noun' && v.upos[i] === 'PROPN' && v.lower[i] !== v.lemma[i] && v.lemma[i] !== t.lemma) return null;
  // A word of a date is no act: "In March, …" is a month, not a march.
  if (t.pos === 'noun' && v.isTemporal(i)) return null;
  // "read out at the end of the meeting", "by the close of talks": a point in a span dates an act.
  if (t.pos === 'noun' && g.timePointNouns.has(v.lemma[i]) && TIME_POINT_CASES.has(v.caseOf(i) ?? '')) return null;
  // A verb with a particle or an object of its own is no participle used as an adjective: "set off
  // to take part in drills" is a journey with a purpose, not "is set to" (an announced act).
  if (t.pos === 'adj' && v.upos[i] === 'VERB' && (v.childrenWith(i, ['compound:prt', 'obj']).length || (i + 1 < v.n && PARTICLES.has(v.lower[i + 1])))) return null;
  const tokens = [i];
  for (const w of t.words) {
    const k = findWord(v, i, w, t.pos, tokens);
    if (k < 0) return null;
    tokens.push(k);
  }
  const passive = t.pos === 'verb' && facts.passive();
  let obj = -1;
  if (t.objs || t.notObjs) {
    // "withdrew from the treaty", "pulled out of the deal": a verb whose last word is the
    // preposition of a phrase takes that phrase as its object.
    const objs = [...facts.objectsOf(passive), ...prepositionalObjects(v, i, tokens, g.quantityNouns)];
    const listed = (list: ReadonlySet<string>, o: number): boolean => facts.namesOf(o).some((n) => list.has(n));
    if (t.notObjs && objs.some((o) => listed(t.notObjs as ReadonlySet<string>, o))) return null;
    // "*": the word is an event only without an object ("protesters gathered" / "gathered evidence");
    // a date read as an object is none ("gathered Sunday outside the embassy").
    if (t.notObjs?.has('*') && objs.some((o) => !v.isTemporal(o))) return null;
    if (t.objs) {
      obj = objs.find((o) => listed(t.objs as ReadonlySet<string>, o)) ?? -1;
      if (obj < 0) return null;
      tokens.push(obj);
    }
  }
  const support = t.pos === 'noun' ? supportVerb(v, g, i) : -1;
  let prep = -1;
  if (t.prep) {
    // On the trigger, or on its required object ("presented evidence against Russia"), or on a
    // noun's light verb, where parsers often hang it ("held naval drills with China").
    for (const host of [i, obj, support].filter((x) => x >= 0)) {
      for (const c of v.children(host)) {
        // "fired rockets into Israel on Saturday": a date is no "on" phrase of the act.
        if (prep < 0 && c !== i && v.relIs(c, ['obl', 'nmod', 'advcl', 'xcomp', 'ccomp', 'obj', 'acl']) && opensWith(v, c, t.prep) && !v.isTemporal(c)) prep = c;
      }
    }
    // "forced the agency out of the country" with "out of" hung on the object: a two-word
    // preposition opened by the entry's word rarely modifies a noun, so it is the verb's. So is a
    // list a party is put on or taken off ("added two banks to its sanctions list", "removed
    // Cuba from the list"): the parser hangs the goal or source of placement on the object.
    if (prep < 0 && t.pos === 'verb' && obj < 0) {
      for (const o of v.childrenWith(i, ['obj'])) {
        for (const c of v.children(o)) if (prep < 0 && c > o && v.relIs(c, ['nmod']) && (v.caseOf(c) !== t.prep || g.listNouns.has(v.lemma[c])) && opensWith(v, c, t.prep)) prep = c;
      }
    }
    // "rejected calls to impose sanctions" with "to impose" hung on the verb: an infinitive right
    // after the noun's phrase, with no subject of its own, is the noun's.
    if (prep < 0 && t.pos === 'noun' && t.prep === 'to') prep = strandedInfinitive(v, i)[0] ?? -1;
    // "Croatia is failing its refugees, Serbia complained": a report that closes on its verb says
    // what a "that"-clause after it would.
    // (UD hangs such a closing verb as a parataxis of the clause it reports; parsers also make the
    // clause, with its own subject, the verb's ccomp or advcl.)
    // Only a verb that closes its report: a subject of its own (no relative pronoun) and nothing it
    // says after it ("Obama, who has often complained about not getting credit" is no such report).
    const closing = (): boolean =>
      v.childrenWith(i, ['nsubj']).some((k) => k < i && !['who', 'which', 'that'].includes(v.lower[k])) && !v.children(i).some((c) => c > i && v.relIs(c, ['advcl', 'ccomp', 'xcomp', 'obj', 'nmod']));
    if (prep < 0 && t.prep === 'that' && t.pos === 'verb' && closing()) {
      const up = v.head[i];
      prep = v.rel[i] === 'parataxis' && up >= 0 && up < i && v.isVerbal(up) ? up : (v.childrenWith(i, ['ccomp', 'advcl']).find((c) => c < i && !v.childrenWith(c, ['mark']).length && v.childrenWith(c, ['nsubj', 'nsubj:pass']).length > 0) ?? -1);
    }
    // "call for" with the preposition stranded or attached as a particle.
    if (prep < 0) {
      const prt = v.children(i).find((c) => v.lemma[c] === t.prep && v.relIs(c, ['compound:prt', 'advmod', 'case']));
      if (prt === undefined) return null;
      const after = v.children(i).find((c) => c > prt && v.relIs(c, ['obj', 'obl', 'nmod']));
      prep = after ?? -1;
      if (prep < 0) return null;
    }
  }
  return { trigger: t, head: i, obj, prep, support, tokens: tokens.sort((a, b) => a - b), passive };
}

/**
 * True when phrase `c` is introduced by `word`: as its preposition, or as the first word of a
 * two-word one ("forced the agency out of the country" is an "out" phrase as much as an "of" phrase).
 */
function opensWith(v: SyntaxView, c: number, word: string): boolean {
  if (v.caseOf(c) === word) return true;
  // "calls for Russia to withdraw": a clause opened by "for" before its subject.
  const first = v.children(c)[0];
  if (first !== undefined && first < c && v.rel[first] === 'mark' && v.lower[first] === word && v.childrenWith(c, ['nsubj']).some((s) => s > first)) return true;
  const marks = v.children(c).filter((k) => k < c && v.rel[k] === 'case');
  return marks.length === 2 && marks[1] === marks[0] + 1 && v.lower[marks[0]] === word;
}

/** Relations of the words before an object that make a multi-word object with it ("rescue teams", "armoured vehicles"). */
const OBJECT_MODIFIERS = ['compound', 'amod', 'flat'];

/**
 * The names an object answers to in an entry's object list: its lemma and form; with the words
 * right before it that modify it ("rescue teams" → "rescue team", "rescue teams"); with its "of"
 * phrase ("letters of credence").
 */
function objectNames(v: SyntaxView, o: number): string[] {
  const names = [v.lemma[o], v.lower[o]];
  // "provided $4.5 billion": the parser makes the currency sign the amount's head; it names the currency.
  const currency = CURRENCY_SIGNS.get(v.lower[o]);
  if (currency) names.push(...currency);
  let before = '';
  for (let k = o - 1; k >= 0 && o - k <= 3 && v.head[k] === o && v.relIs(k, OBJECT_MODIFIERS); k--) {
    before = before ? `${v.lower[k]} ${before}` : v.lower[k];
    names.push(`${before} ${v.lemma[o]}`, `${before} ${v.lower[o]}`);
  }
  for (const c of v.children(o)) {
    if (c > o && v.relIs(c, ['nmod']) && v.caseOf(c) === 'of') names.push(`${v.lower[o]} of ${v.lower[c]}`, `${v.lemma[o]} of ${v.lemma[c]}`);
  }
  return names;
}

/** Currency signs and the words lexicon entries write for them. */
const CURRENCY_SIGNS: ReadonlyMap<string, readonly string[]> = new Map([
  ['$', ['dollar', 'dollars']],
  ['us$', ['dollar', 'dollars']],
  ['€', ['euro', 'euros']],
  ['£', ['pound', 'pounds']],
  ['¥', ['yen', 'yuan']],
]);

/** A past participle modifying a noun ("the deal signed in May"): passive, unless the parser gave it its own subject or object. */
function participleModifier(v: SyntaxView, i: number): boolean {
  return v.rel[i] === 'acl' && !v.lower[i].endsWith('ing') && !v.childrenWith(i, ['nsubj', 'obj']).length && !v.misreadPredicate(i);
}

/**
 * A word of a multi-word trigger among the head's dependents (or right after a verb, for particles);
 * `found` holds the head and the words found before it.
 */
function findWord(v: SyntaxView, i: number, w: string, pos: TriggerPos, found: readonly number[]): number {
  // A verb's words follow it: the "to" before "resort to force" is its infinitive marker.
  for (const c of v.children(i)) if (!found.includes(c) && (pos !== 'verb' || c > i) && (v.lemma[c] === w || v.lower[c] === w)) return c;
  // Parsers attach particles and the words of fixed phrases ("state of emergency") unevenly: accept
  // the word close by, after a verb head, before a noun head.
  const [from, to] = pos === 'verb' ? [i + 1, Math.min(v.n, i + 3)] : [Math.max(0, i - 3), i];
  for (let k = from; k < to; k++) {
    if (v.lower[k] !== w && v.lemma[k] !== w) continue;
    // A particle after the verb's object is a pronoun's ("handed them over"); after a noun it is a
    // preposition of its own ("took part in drills" is no "take in").
    // A word right after another word of the trigger continues it ("pull out of").
    if (pos === 'verb' && k === i + 2 && v.upos[i + 1] !== 'PRON' && !found.includes(i + 1)) continue;
    if (found.includes(k)) continue;
    return k;
  }
  return -1;
}

/**
 * The phrases a verb trigger's last word introduces as their preposition ("withdraw from", "pull
 * out of", "resort to"), with conjuncts and what a quantity counts: parsers hang such a phrase on
 * the verb as an oblique, with the trigger's words as its case markers.
 */
function prepositionalObjects(v: SyntaxView, i: number, tokens: readonly number[], quantityNouns: ReadonlySet<string>): number[] {
  if (tokens.length < 2) return [];
  const last = tokens[tokens.length - 1];
  if (last <= i || !v.relIs(last, ['case', 'mark'])) return [];
  const o = v.head[last];
  // ("walked away from the deal" with the phrase hung on the particle.)
  if (o <= last || !tokens.includes(v.head[o])) return [];
  // "resorted to force", "bowed to pressure" with the noun taken for an infinitive: a bare verb with
  // no subject or object of its own after "to" is the phrase's noun.
  const misreadNoun = v.rel[last] === 'mark' && v.relIs(o, ['xcomp', 'advcl']) && !v.childrenWith(o, ['nsubj', 'obj', 'ccomp', 'xcomp']).length;
  if (!misreadNoun && !(v.rel[last] === 'case' && v.relIs(o, ['obl', 'nmod']))) return [];
  return v.conjuncts(o).flatMap((x) => (isQuantity(v, quantityNouns, x) ? [x, ...v.childrenWith(x, ['nmod']).filter((c) => v.caseOf(c) === 'of')] : [x]));
}

/**
 * Object tokens of verb `i`: its objects, or its passive subject, or the noun a participle modifies;
 * with conjuncts; and what a quantity object counts ("fired dozens of rockets" → "rockets" too),
 * for the quantity nouns given.
 */
export function objectsOf(v: SyntaxView, i: number, passive: boolean, quantityNouns?: ReadonlySet<string>): number[] {
  // A passive's object is its subject ("talks were held"), or a second object ("was given a week").
  // Bare noun phrases the parser left as adverbials ("was given one week") count as objects too.
  const bare = v.childrenWith(i, ['obl:unmarked', 'obl:npmod']);
  let objs = passive ? [...v.childrenWith(i, ['nsubj:pass']), ...v.childrenWith(i, ['obj']), ...bare] : [...v.childrenWith(i, ['obj']), ...bare];
  if (passive && !objs.length && v.rel[i] === 'acl' && v.head[i] >= 0) {
    objs = [v.head[i]];
    // "an investigation into crimes committed by …" with the participle hung on "investigation":
    // the noun right before a participle is what it says of, as often as the parser's head.
    const before = i - 1;
    if (before >= 0 && before !== v.head[i] && v.isNominalLike(before) && v.upos[before] !== 'PRON') objs.push(before);
  }
  // "kept up its links" with "up" read as a preposition: the phrase after the particle is the object.
  if (!passive && !objs.length) {
    objs = v.childrenWith(i, ['obl']).filter((o) => v.children(o).some((c) => c === i + 1 && v.rel[c] === 'case' && PARTICLES.has(v.lemma[c])));
  }
  const all = objs.flatMap((o) => v.conjuncts(o));
  if (!quantityNouns) return all;
  return all.flatMap((o) => (isQuantity(v, quantityNouns, o) ? [o, ...v.childrenWith(o, ['nmod']).filter((c) => v.caseOf(c) === 'of')] : [o]));
}
