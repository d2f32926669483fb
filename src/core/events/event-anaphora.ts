/**
 * Event anaphora: a definite act noun that names nobody points back at an act the article told
 * shortly before. "Israel struck targets near Damascus. Syria condemned the strikes" — the strikes
 * are Israel's, so the condemnation is against Israel; "Armenia and Azerbaijan signed a peace
 * agreement. Turkey welcomed the agreement" — the agreement is theirs, so the welcome is for both.
 *
 * The link is kept narrow, because a wrong one invents a dyad: the noun has a definite determiner
 * ("the", "this", "these"…), no owner ("Iran's strikes"), no phrase of its own naming a party
 * ("the attack by militants", "the shelling of Kharkiv", "the sanctions against Russia"), and the
 * earlier act is asserted, has a known doer, lies in the same sentence or the few before, and is
 * the same act — the same word ("struck" / "the strikes", "shelled" / "the shelling") or the same
 * family of CAMEO codes (a missile attack / "the attack"). Generic
 * plurals ("attacks on civilians must stop") have no determiner and never link.
 */
import type { Participant } from './actor-index.js';
import type { CoderContext } from './coder-context.js';
import type { SyntaxView } from './syntax-view.js';

/** An act coded earlier in the document that a definite noun may refer back to. */
export interface Antecedent {
  readonly sentence: number;
  readonly code: string;
  readonly sources: readonly Participant[];
  readonly targets: readonly Participant[];
  /** Lemmas of the act's trigger nouns and verbs ("strike" for "struck targets", "launch", "strike" for "launched strikes"). */
  readonly lemmas: readonly string[];
  /** A joint act of its parties ("signed an agreement", "held talks"): it belongs to all of them. */
  readonly symmetric: boolean;
  /** The act's trigger token: within one sentence, only an act told before a noun is what it names. */
  readonly token: number;
  /** The act answers an earlier one ("accepted the offer", "rejected the appeal"): it is no offer or appeal itself. */
  readonly answers: boolean;
}

/** Determiners that make an act noun point back. */
const DEFINITE = new Set(['the', 'this', 'these', 'that', 'those']);
/** Prepositions by which an act noun names whom or where it struck ("the strikes on Gaza"). */
const AIMED = new Set(['on', 'in', 'at', 'into']);
/** Prepositions by which an act noun names a party of its own. */
const OWN_PARTIES = new Set(['by', 'of', 'against', 'from']);
/** How many sentences back a definite act noun may point. */
export const ANAPHORA_REACH = 2;
/**
 * How many sentences back an act noun told in the same word as the act (or a word of its family in
 * grammar.json's actWordFamilies), and what someone reacts to rather than a subject, may point:
 * "Russia expelled three Estonian diplomats. … (two sentences on the diplomats) … Estonia condemned
 * the expulsions." A news story tells the reactions after a few lines of detail; the same word keeps
 * the link to the same act, where an act of the same kind in other words may be another one.
 */
export const NAMED_ACT_REACH = 4;

/**
 * Families of CAMEO roots that would link acts named in different words. None for now: across roots
 * (an abduction, 18, and "the attack", 19; "the peace mission", 04, after "is open to a cease-fire",
 * 03) the acts are as often different ones; only the same root or the same word links.
 */
const FAMILIES: readonly ReadonlySet<string>[] = [];
/** Roots whose required objects may be named again alone ("signed an agreement" … "the agreement"). */
const NAMED_AGAIN = new Set(['03', '04', '05', '06', '15', '18', '19', '20']);

/** Lemmas of a draft's trigger nouns and verbs, for later definite nouns to link to. */
export function actLemmas(v: SyntaxView, tokens: readonly number[]): string[] {
  const out: string[] = [];
  for (const k of tokens) if ((v.upos[k] === 'NOUN' || v.upos[k] === 'VERB') && !out.includes(v.lemma[k])) out.push(v.lemma[k]);
  return out;
}

/**
 * Noun `noun` points back at an earlier act: a definite determiner, no owner, and no party of its
 * own named by "by/of/against/from" ("the strikes", not "Iran's strikes" nor "the attack by rebels").
 */
export function isDefiniteActNoun(v: SyntaxView, noun: number): boolean {
  if (noun < 0 || (v.upos[noun] !== 'NOUN' && v.upos[noun] !== 'VERB')) return false;
  if (v.childrenWith(noun, ['nmod']).some((c) => OWN_PARTIES.has(v.caseOf(c) ?? ''))) return false;
  return isDefiniteOwnless(v, noun);
}

/** Noun `noun` has a definite determiner and no possessor ("the talks", not "Iran's talks"). */
export function isDefiniteOwnless(v: SyntaxView, noun: number): boolean {
  if (noun < 0 || v.childrenWith(noun, ['nmod:poss', 'det:poss']).length) return false;
  return v.childrenWith(noun, ['det']).some((k) => DEFINITE.has(v.lemma[k]));
}

/**
 * The act told in the same word: the trigger word itself, its derived noun ("shelled" / "the
 * shelling") or a word of its family (grammar.json's actWordFamilies: a missile "launch" or "test"
 * after "fired", "the expulsions" after "expelled").
 */
function sameWordAct(v: SyntaxView, noun: number, a: Antecedent, families: ReadonlyMap<string, number>): boolean {
  const lemma = v.lemma[noun];
  const family = families.get(lemma);
  return a.lemmas.some((l) => l === lemma || derived(l, lemma) || (family !== undefined && families.get(l) === family));
}

/** The same act: the same trigger word (or its derived noun, "shelled" / "shelling"), or codes of one family. */
function sameAct(v: SyntaxView, noun: number, code: string | null, a: Antecedent, families: ReadonlyMap<string, number>): boolean {
  const other = a.code.slice(0, 2);
  // A noun the lexicon does not read as an act on its own ("the agreement", the object of "signed an
  // agreement") links only by its word, and only to armed force or diplomacy: "the border" after
  // "closed the border" is a place, not an act.
  if (!code) return NAMED_AGAIN.has(other) && sameWordAct(v, noun, a, families);
  if (sameWordAct(v, noun, a, families)) return true;
  const root = code.slice(0, 2);
  return root === other || FAMILIES.some((f) => f.has(root) && f.has(other));
}

/** A noun formed on the verb: "shell" → "shelling", "agree" → "agreement", "expel" is not "expulsion". */
function derived(verb: string, noun: string): boolean {
  if (verb.length < 4 || !noun.startsWith(verb.replace(/e$/, ''))) return false;
  const rest = noun.slice(verb.replace(/e$/, '').length);
  return rest === 'ing' || rest === 'ment' || rest === 'ion' || rest === 'ation';
}

/**
 * Who did the act the definite noun at `tok` refers back to: the doers of the latest linked act in
 * the same or the {@link ANAPHORA_REACH} preceding sentences ({@link NAMED_ACT_REACH} for a noun
 * that names the act in its own word) — and, for a joint act, its other
 * parties too ("welcomed the agreement" is for both signers). `code` is the
 * noun's own trigger code, when the lexicon reads it as an act; `official` the code its entry gives
 * when officials do it ("the strikes" after "Russian missiles hit Kyiv" are air strikes, not a walkout).
 */
export function earlierActors(ctx: CoderContext, tok: number, code: string | null, earlier: readonly Antecedent[], sentence: number, official: string | null = null): Participant[] {
  const { v } = ctx;
  if (!isDefiniteActNoun(v, tok)) return [];
  // "rejected the appeal", "denied the claim": a noun of an answered act is read back by its kind of
  // act, from the side that answers it (answered-acts.ts), not here. As a subject ("the complaint
  // alleged that …") it is the latest act of its kind.
  const acts = ctx.lexicon.grammar.answeredActs;
  const answered = (acts.get(v.lemma[tok]) ?? acts.get(v.lower[tok]))?.codes;
  const subject = v.rel[tok].startsWith('nsubj');
  if (answered && !subject) return [];
  // "Serbia recalled its ambassador. Montenegro said the decision was regrettable": a bare noun that
  // can name any act is the latest act told (not a statement).
  // A relative clause only describes it ("this act, which threatens peace"); an infinitive or a
  // participle names another act ("the decision to withdraw").
  const grammar = ctx.lexicon.grammar;
  const any = grammar.genericActNouns.has(v.lemma[tok]) && !v.childrenWith(tok, ['acl', 'ccomp', 'nmod', 'amod', 'compound']).some((c) => v.rel[c] !== 'acl:relcl');
  // "condemned the attack on its soldiers in Sinai": a place or a party the noun names itself must be
  // the earlier act's, or it is another act.
  const named = v.childrenWith(tok, ['nmod']).filter((c) => AIMED.has(v.caseOf(c) ?? ''))
    .map((c) => ctx.actors.actorAt(c)?.country ?? ctx.finder.placeAsCountry(c)?.country ?? null)
    .filter((c): c is string => c !== null);
  const aimed = (a: Antecedent): boolean => !named.length || a.targets.some((p) => p.country !== null && named.includes(p.country));
  const kind = (a: Antecedent): boolean => (answered ? !a.answers && answered.some((c) => a.code.startsWith(c)) : any ? isDecision(a.code) : sameAct(v, tok, code, a, grammar.actWordFamilies) || (official !== null && sameAct(v, tok, official, a, grammar.actWordFamilies)));
  const linked = (a: Antecedent): boolean => aimed(a) && kind(a);
  // Further back, only the act told in the same word, and only as what someone reacts to: a generic
  // noun or an act of another word of the same kind ("the ambush" after "bombed") names whatever was
  // told last, and a subject ("The massacre put pressure on Congress") would make the earlier doer act again.
  const far = !any && !answered && !subject;
  const reaches = (a: Antecedent): boolean =>
    a.sentence >= sentence - ANAPHORA_REACH || (far && a.sentence >= sentence - NAMED_ACT_REACH && sameWordAct(v, tok, a, grammar.actWordFamilies));
  const ante = [...earlier].reverse().find((a) => a.sentence <= sentence && reaches(a) && linked(a));
  if (!ante) return [];
  const out = [...ante.sources];
  if (ante.symmetric) for (const p of ante.targets) if (!out.some((q) => q.actor?.id === p.actor?.id && q.country === p.country && q.name === p.name)) out.push(p);
  return out.map(recalled);
}

/**
 * Acts a generic noun ("the move", "the decision", "this act") can name: not words about others —
 * comments (01), appeals (02), praise and welcome (05, but signing an agreement, 057, is a step),
 * criticism (11). "The EU expelled four diplomats. Lithuania welcomed it. Belarus called the
 * decision hostile": the decision is the expulsion, not the welcome.
 */
function isDecision(code: string): boolean {
  const root = code.slice(0, 2);
  return root !== '01' && root !== '02' && root !== '11' && (root !== '05' || code.startsWith('057'));
}

/** Words that make a plural noun a pair ("both commanders", "the two armies"). */
const PAIR = new Set(['both', 'two']);
/**
 * Nouns that name the sides of a conflict or a negotiation. (Not "candidates", "parties",
 * "leaders": "these two outsider candidates" are not the two parties of the last act told.)
 */
const SIDES = new Set(['side', 'country', 'nation', 'state', 'government', 'commander', 'army', 'military', 'force', 'neighbour', 'neighbor', 'rival', 'faction', 'belligerent', 'foe', 'adversary', 'warring', 'delegation', 'negotiator']);

/**
 * The two parties a pair noun that names nobody refers back to: "… the army and the RSF agreed to a
 * truce. The UN urged both commanders to respect it" — the parties of the latest act with exactly
 * two of them in the same or the {@link ANAPHORA_REACH} preceding sentences, or the two on one side
 * of an act of one with two ("Egypt hosted Israeli and Palestinian negotiators": the pair is the
 * guests, not the host). (The actor layer reads most pair descriptions itself; this is for nouns
 * it leaves without a mention.)
 */
export function pairParties(ctx: CoderContext, tok: number, earlier: readonly Antecedent[], sentence: number): Participant[] {
  const { v } = ctx;
  // (Only whom something is done to or asked of: "the two leaders gathered" is the actor layer's to
  // read, and a pair read here as doers would meet nobody.)
  if (v.upos[tok] !== 'NOUN' || !v.lower[tok].endsWith('s') || v.rel[tok].startsWith('nsubj') || !SIDES.has(v.lemma[tok])) return [];
  const marks = [...v.childrenWith(tok, ['det', 'nummod', 'det:predet'])].map((k) => v.lower[k]);
  if (!marks.some((w) => PAIR.has(w))) return [];
  for (let i = earlier.length - 1; i >= 0; i--) {
    const a = earlier[i];
    if (a.sentence > sentence || a.sentence < sentence - ANAPHORA_REACH) continue;
    const parties = distinct([...a.sources, ...a.targets]);
    if (parties.length === 2) return parties.map(recalled);
    const [sources, targets] = [distinct(a.sources), distinct(a.targets)];
    // one acting on two, or two acting together on one: the two are the pair, the one a host or a third
    const pair = sources.length === 1 && targets.length === 2 ? targets : sources.length === 2 && targets.length === 1 ? sources : null;
    if (pair && parties.length === 3) return pair.map(recalled);
  }
  return [];
}

/** The participants once each (by actor and name). */
function distinct(list: readonly Participant[]): Participant[] {
  const out: Participant[] = [];
  for (const p of list) if (!out.some((q) => q.actor?.id === p.actor?.id && q.name === p.name)) out.push(p);
  return out;
}

/** A participant read back from an earlier act. */
function recalled(p: Participant): Participant {
  return { ...p, recalled: true };
}

/**
 * Participants read back from an earlier act that are of the acting side's own country: "The Israeli
 * military said the strikes hit depots" does not act on Israel. (Named ones stay: a domestic
 * opposition condemning "the government's crackdown" names its target.)
 */
export function withoutOwnSide(sources: readonly Participant[], targets: readonly Participant[]): Participant[] {
  return targets.filter((p) => !(p.recalled && sources.some((s) => s.country !== null && s.country === p.country)));
}
