/**
 * Finding an event's participants on the dependency parse: the actors the tokens of a trigger's
 * slots stand for ("Russian troops" → Russia, "Beijing's position" → China, "the visit by Pelosi" →
 * Pelosi), on top of the slot reading of `trigger-slots.ts` (passives, shared subjects of
 * coordinated and controlled verbs, relative pronouns and light verbs).
 */
import type { AnalysisActor } from '../analysis/contract.js';
import type { ActorIndex, Participant } from './actor-index.js';
import type { EventGrammar } from './lexicon-types.js';
import type { SyntaxView } from './syntax-view.js';
import { TriggerSlots } from './trigger-slots.js';
import type { PlacedParticipant } from './domestic-participants.js';
import { BASED, HELD, locatedIn, namedModifier } from './participant-places.js';
import { populationPlace } from './population-place.js';
import { ownerAdjective } from './owner-adjectives.js';
import { relativeAntecedent } from './relative-antecedent.js';

/** Participles naming who leads a body ("a delegation led by …", "headed by", "chaired by"). */
const LEADING = new Set(['lead', 'head', 'chair', 'command']);
/** Participles tying a thing to its owner or destination ("ships linked to Israel", "bound for"). */
const LINKED = new Set(['link', 'tie', 'connect', 'affiliate', 'belong', 'bind', 'bound']);
/** Places that house people, standing for whom they are "for" ("a camp for Congolese refugees", "a shelter for displaced Syrians"). */
const HOUSING = new Set(['camp', 'shelter', 'settlement', 'home', 'hostel', 'orphanage', 'school', 'hospital', 'clinic']);

/** Nouns of a relation to their possessor, whom the possessor does not name ("Israel's militia ally", "Russia's neighbours"). */
const RELATION = new Set([
  'ally', 'partner', 'neighbour', 'neighbor', 'proxy', 'client', 'enemy', 'foe', 'rival', 'adversary', 'opponent',
  // People set against the possessor or acted on by them: "invited Clinton's accusers", "his critics".
  'accuser', 'critic', 'detractor', 'challenger', 'victim', 'attacker', 'assailant', 'killer', 'captor', 'kidnapper', 'abductor',
  // The other side of a meeting: "met his Ethiopian and Somali counterparts", "her Chinese host".
  'counterpart', 'colleague', 'interlocutor', 'host', 'guest', 'visitor',
]);

/** Participles of issuing a document ("a report released in Kigali", "a statement issued by Iran"). */
const ISSUING = new Set(['release', 'issue', 'publish', 'unveil', 'present', 'circulate']);

/**
 * Participles whose agent did or owns what the noun names ("crimes committed by Croat forces", "a
 * convoy escorted by French troops") — not those of acts done to people ("men accused by Israel of
 * spying", "civilians held by rebels") nor of support ("a militia backed by Iran" is not Iran).
 */
const OWNING = new Set(['commit', 'carry', 'perpetrate', 'conduct', 'stage', 'run', 'operate', 'own', 'build', 'control', 'escort', 'launch', 'mount', 'manufacture', 'produce', 'organize', 'organise', 'orchestrate', 'plan']);

/** Reads the actors of a trigger's slots; built per sentence by the coder. */
export class ParticipantFinder extends TriggerSlots {
  constructor(
    v: SyntaxView,
    private readonly actors: ActorIndex,
    g: EventGrammar,
    /** Participants of a nominal event headed at a token ("the visit" → its visitor), for "criticised the visit". */
    private readonly eventSource: (tok: number, depth: number) => Participant[] = () => [],
    /** The state an untagged adjective or demonym names ("Australian"), or null. */
    private readonly stateOfName?: (word: string) => AnalysisActor | null,
    /** True for a noun the lexicon reads as a frame ("bid", "calls"). */
    frameNoun?: (tok: number) => boolean,
  ) {
    super(v, g, frameNoun);
  }

  /** A capitalised modifier the actor layer did not tag, read as a state adjective ("an Australian ultimatum"). */
  private untaggedState(tok: number): Participant | null {
    const v = this.v;
    if (!this.stateOfName || this.actors.actorAt(tok) || this.actors.placeAt(tok)) return null;
    const text = v.doc.tokenText(tok);
    // "a Greek-owned tanker", "a Liberian-flagged ship", "Serb-run offices": the owner's state (the
    // tagger may read the participle as a verb).
    const owner = ownerAdjective(text, v.head[tok] >= 0 ? v.lemma[v.head[tok]] : null);
    if (!/^\p{Lu}/u.test(text) || (v.upos[tok] !== 'ADJ' && v.upos[tok] !== 'PROPN' && !owner)) return null;
    // A two-word adjective ("South Korean", "New Zealand") is read whole first.
    const first = tok > 0 && v.head[tok - 1] === tok && v.relIs(tok - 1, ['compound', 'amod']) && /^\p{Lu}/u.test(v.doc.tokenText(tok - 1)) ? tok - 1 : tok;
    const whole = first < tok ? this.stateOfName(`${v.doc.tokenText(first)} ${text}`) : null;
    const actor = whole ?? this.stateOfName(owner ?? text);
    if (!actor) return null;
    const { start, end } = v.doc.tokenSpan(whole ? first : tok, tok + 1);
    return { actor, country: actor.country, name: actor.name, mention: { start, end } };
  }

  /** Actors the subjects of verb `verb` stand for ("Egyptian police said" → the police). */
  subjectGroups(verb: number): Participant[] {
    return this.subjects(verb).flatMap((k) => this.group(k));
  }

  /** Actors a phrase headed at `tok` stands for, its conjuncts included ("Xi and Putin"). */
  group(tok: number, depth = 0): Participant[] {
    const out: Participant[] = [];
    for (const c of this.v.conjuncts(tok)) for (const p of this.phrase(c, depth)) pushUnique(out, p);
    // "The US, Russia and Switzerland met", parsed with "Russia" as an appositive of "US": a list of states.
    const head = this.actors.actorAt(tok);
    if (head?.actor?.type === 'state') {
      for (const a of this.v.childrenWith(tok, ['appos'])) {
        const other = this.actors.actorAt(a);
        if (other?.actor?.type === 'state') pushUnique(out, other);
      }
    }
    // "Chinese leader Xi Jinping and Russian President Vladimir Putin": the second name may hang on a
    // word inside the first name's mention (its appositive) rather than on the head.
    const range = this.actors.mentionRange(tok);
    if (range) {
      for (let k = range[0]; k < range[1]; k++) {
        if (k === tok) continue;
        for (const c of this.v.childrenWith(k, ['conj'])) {
          if (c < range[0] || c >= range[1]) for (const p of this.phrase(c, depth)) pushUnique(out, p);
        }
      }
    }
    // "Xi Jinping and Russian President Vladimir Putin met": when the parser left "and" on the second
    // name without linking the first, the actor named just before the "and" is a conjunct too.
    for (const cc of this.v.childrenWith(tok, ['cc'])) {
      if (this.v.childrenWith(tok, ['conj']).length || this.v.rel[tok] === 'conj' || cc > tok) continue;
      let k = cc - 1;
      while (k >= 0 && this.v.upos[k] === 'PUNCT') k--;
      const before = k >= 0 ? this.actors.actorAt(k) : null;
      if (before) pushUnique(out, before);
    }
    return out;
  }

  /** Actors of the phrase headed at `tok`, without its conjuncts. */
  phrase(tok: number, depth = 0): Participant[] {
    if (depth > 4) return [];
    const v = this.v;
    const direct = this.actors.actorAt(tok);
    // "the two leaders", "they" for two actors: each of them.
    const all = direct ? this.actors.actorsAt(tok) : [];
    if (all.length > 1) return all;
    if (direct) {
      const named = namedModifier(this.v, this.actors, direct, tok);
      if (named) return [named];
      // "Cecilia Malmstrom, the E.U.'s chief trade negotiator": a person the actor layer could not place
      // acts for the body her appositive names.
      if (direct.actor?.type === 'person' && !direct.country && depth < 3) {
        // "UN Secretary-General Guterres": the office is the organisation's.
        const acting = this.actors.actingFor(direct);
        if (acting) return [acting];
        for (const a of v.childrenWith(tok, ['appos'])) {
          const body = this.phrase(a, depth + 1).filter((p) => p.actor?.id !== direct.actor?.id && (p.country || p.actor?.type === 'igo'));
          if (body.length) return body;
        }
        // "European Union Ambassador to Nicaragua Bettina Mohaidet": the body named first in the title.
        const range = this.actors.mentionRange(tok);
        const body = range ? this.actors.nestedBody(range[0], range[1]) : null;
        if (body) return [body];
        // "China's foreign ministry spokesman Wang Wenbin": the person acts for the ministry's country.
        const org = range ? this.actors.nestedCountry(range[0], range[1]) : null;
        if (org) return [{ ...direct, country: org }];
      }
      // "the British and German embassies" as one group: each state it names.
      const range = this.actors.mentionRange(tok);
      if (range && (direct.actor?.type === 'group' || direct.actor?.type === 'org')) {
        const states = this.actors.nestedStates(range[0], range[1]);
        if (states.length >= 2) return states;
      }
      const outside = v.childrenWith(tok, ['amod', 'compound']).flatMap((c) => v.conjuncts(c)).filter((c) => !range || c < range[0] || c >= range[1]);
      // "US and British activists", with "British activists" the mention: the state named before
      // the "and" is one of the group's too — only when coordinated with the mention's own word.
      const listed = (c: number): boolean => !!range && v.conjuncts(c).some((k) => k >= range[0] && k < range[1]);
      const stateAt = (c: number): Participant | null => {
        const tagged = direct.actor?.type === 'group' && listed(c) ? this.actors.actorAt(c) : null;
        return tagged?.actor?.type === 'state' ? tagged : this.untaggedState(c);
      };
      const more = outside.map(stateAt).filter((p): p is Participant => p !== null);
      const located = locatedIn(this, this.v, this.actors, direct, tok);
      return more.length ? uniqueParticipants([located, ...more]) : [located];
    }
    const self = this.untaggedState(tok);
    if (self) return [self];
    if (this.g.relativePronouns.has(v.lemma[tok]) && v.upos[tok] !== 'SCONJ') {
      // "which Beijing said was provocative", "the group that has seized …": the noun the clause modifies.
      const k = relativeAntecedent(v, this.actors, (l) => this.g.relativePronouns.has(l), tok);
      if (k >= 0) return this.phrase(k, depth + 1);
    }
    // "the president of Niger, Mohamed Bazoum": the person the apposition names is who the title is,
    // more exactly than the state of its "of" phrase.
    for (const c of v.childrenWith(tok, ['appos'])) {
      if (!sameNumber(v, tok, c)) continue;
      const named = this.actors.actorAt(c);
      if (named?.actor?.type === 'person' && named.country) return [named];
    }
    // "the Albanian population of the province": a people is of where it lives, before its adjective.
    const home = populationPlace(v, this.actors, (k) => this.placeAsCountry(k), tok);
    if (home) return [home];
    // "the government of Iraq", "Russia's troops", "U.S. and British activists": the modifier names the actor.
    for (const rels of [['nmod:poss', 'det:poss'], ['compound', 'amod', 'flat', 'flat:name'], ['nmod']]) {
      if (rels[0] === 'compound') {
        // Untagged adjectives of states, with their conjuncts ("British and German embassies"). A
        // modifier naming who holds a place ("the Russian-held city of Donetsk") does not name it.
        // (A name's last part is a surname, not a state: "his colleague David French".)
        const mods = v.childrenWith(tok, rels).filter((c) => !HELD.test(v.lower[c]) && !(v.rel[c].startsWith('flat') && v.upos[tok] === 'PROPN' && !this.actors.actorAt(c)));
        const states = mods.flatMap((c) => v.conjuncts(c)).map((c) => this.untaggedState(c)).filter((p): p is Participant => p !== null);
        const tagged = mods.flatMap((c) => this.group(c, depth + 1));
        if (states.length || tagged.length) return uniqueParticipants([...tagged, ...states]);
        continue;
      }
      if (rels[0] === 'nmod:poss' && RELATION.has(v.lemma[tok])) continue;
      for (const c of v.childrenWith(tok, rels)) {
        const prep = v.caseOf(c) ?? '';
        if (rels[0] === 'nmod' && !['of', 'from', 'by'].includes(prep) && !(prep === 'in' && this.g.localizedAgents.has(v.lemma[tok])) && !(prep === 'for' && (HOUSING.has(v.lemma[tok]) || this.g.representativeNouns.has(v.lemma[tok])))) continue;
        const found = this.group(c, depth + 1);
        if (found.length) return found;
        // "a missionary from Calgary": someone the text names by where they come from is of its country.
        const origin = prep === 'from' ? this.placeAsCountry(c) : null;
        if (origin) return [origin];
      }
    }
    for (const c of v.childrenWith(tok, ['appos'])) {
      if (!sameNumber(v, tok, c)) continue;
      const found = this.phrase(c, depth + 1);
      if (found.length) return found;
    }
    // "a delegation led by the Indonesian foreign minister", "a mission headed by a UN envoy": a
    // body named by no actor acts for whoever leads it.
    const document = this.g.documentNouns.has(v.lemma[tok]);
    for (const a of v.childrenWith(tok, ['acl'])) {
      // "ships linked to Israel", "vessels bound for Israeli ports": whom the thing belongs or goes to.
      if (v.upos[a] === 'VERB' && LINKED.has(v.lemma[a])) {
        const found = ['to', 'for', 'with'].flatMap((p) => this.prepDeps(a, p)).flatMap((k) => this.group(k, depth + 1));
        if (found.length) return found;
      }
      const based = BASED.has(v.lemma[a]);
      // (An owning participle only with its agent named: "crimes committed by Croat forces".)
      const owning = OWNING.has(v.lemma[a]) && !v.lower[a].endsWith('ing') && [...v.childrenWith(a, ['obl:agent']), ...this.prepDeps(a, 'by')].length > 0;
      if (v.upos[a] !== 'VERB' || !(LEADING.has(v.lemma[a]) || based || owning || (document && ISSUING.has(v.lemma[a])))) continue;
      const found = based ? [] : this.agents(a).flatMap((k) => this.group(k, depth + 1));
      if (found.length) return found;
      // "a report released in the Rwandan capital alleged …": a document issued in a state's
      // capital or territory with nobody named is that state's; so is a body based there ("a
      // newspaper based in east Beirut").
      if (!document && !based) continue;
      for (const k of this.prepDeps(a, 'in')) {
        const states = this.group(k, depth + 1).filter((p) => p.actor?.type === 'state');
        const place = states.length ? null : this.placeAsCountry(k);
        // A body keeps its own name, placed in the state ("the newspaper" is not Lebanon, and may act
        // on Lebanon's own leaders).
        const country = states.length === 1 ? states[0].country : (place?.country ?? null);
        if (based && country) {
          const { start, end } = v.doc.tokenSpan(tok, tok + 1);
          const body: PlacedParticipant = { actor: null, country, name: v.doc.tokenText(tok), mention: { start, end }, placedBy: 'place' };
          return [body];
        }
        if (states.length === 1) return states;
        if (place) return [place];
      }
    }
    const own = this.eventSource(tok, depth + 1);
    // "…, a move Beijing condemned": an appositive naming the event it stands beside.
    if (!own.length && v.rel[tok] === 'appos' && v.head[tok] >= 0 && v.head[tok] < tok) return this.eventSource(v.head[tok], depth + 1);
    return own;
  }

  /** The place a token names standing for its country ("visited Samarkand" → Uzbekistan). */
  placeAsCountry(tok: number): Participant | null {
    const pl = this.actors.placeAt(tok);
    if (!pl || !pl.place.country) return null;
    return { actor: null, country: pl.place.country, name: pl.place.name, mention: { start: pl.start, end: pl.end } };
  }
}

/**
 * False for a plural common noun with a single name as its appositive ("three women who claimed
 * …, former president Bill Clinton", parsed so): an appositive names the same people, as many.
 */
function sameNumber(v: SyntaxView, noun: number, appos: number): boolean {
  const plural = v.upos[noun] === 'NOUN' && v.lower[noun] !== v.lemma[noun];
  return !plural || v.upos[appos] !== 'PROPN' || v.childrenWith(appos, ['conj']).length > 0;
}

function pushUnique(out: Participant[], p: Participant): void {
  const same = out.some((q) => (q.actor && p.actor ? q.actor.id === p.actor.id : q.country === p.country && q.name === p.name));
  if (!same) out.push(p);
}

/** Participants without duplicates (same actor id, or same country and name for stand-ins). */
export function uniqueParticipants(list: readonly Participant[]): Participant[] {
  const out: Participant[] = [];
  for (const p of list) pushUnique(out, p);
  return out;
}


/**
 * True when every source has a country and some target belongs to another state: one side acting
 * on another ("Russian strikes hit Ukrainian positions"), not on its own ("strikes hit French ports").
 */
export function acrossStates(sources: readonly Participant[], targets: readonly Participant[]): boolean {
  if (!sources.length || sources.some((s) => !s.country)) return false;
  return targets.some((t) => t.country !== null && !sources.some((s) => s.country === t.country));
}

/** True when two participants are the same actor (or the same stand-in country). */
export function sameActor(a: Participant, b: Participant): boolean {
  if (a.actor && b.actor) return a.actor.id === b.actor.id;
  return !a.actor && !b.actor && a.country === b.country;
}
