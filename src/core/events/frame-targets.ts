/**
 * Targets that a frame finds outside its own slots: on the frame's verb for an inner act that
 * named none ("cut gas supplies to Ukraine"), the subject of a complement clause with no codable
 * act ("alleged that France was aware"), whom a complement acts on ("threatened to cut off
 * electricity to Nakhichevan", "threatened further action against Russia"), and whom a protest's
 * or a mobilisation's purpose is aimed at ("to show their disapproval of …", "for a war against …").
 */
import type { Participant } from './actor-index.js';
import type { CoderContext } from './coder-context.js';
import { type Draft } from './drafts.js';
import { sameActor } from './participants.js';
import type { Match } from './trigger-match.js';
import { isCooperative } from './taxonomy.js';
import { placesStandIn } from './implicit-participants.js';

/**
 * An inner act's target may hang on the frame's verb: in "cut gas supplies to Ukraine" the
 * "to"-phrase belongs to "cut", not to "supplies". Look there when the act found none; a place
 * there stands for its country as it would on the act ("suspended aid deliveries in Baghdad").
 */
export function withFrameTargets(ctx: CoderContext, inner: Draft, frame: Match): Draft {
  if (inner.targets.length) return inner;
  const preps = inner.match.trigger.target.filter((s) => !['subj', 'obj', 'iobj', 'poss', 'by', 'mod'].includes(s));
  const places = inner.match.trigger.placeIsTarget || placesStandIn(inner.code);
  for (const prep of preps) {
    const deps = ctx.finder.prepDeps(frame.head, prep);
    let found = deps.flatMap((k) => ctx.finder.group(k));
    if (!found.length && places) found = deps.flatMap((k) => ctx.v.conjuncts(k)).map((k) => ctx.finder.placeAsCountry(k)).filter((p): p is Participant => p !== null);
    const targets = found.filter((p) => !inner.sources.some((s) => sameActor(s, p)));
    if (targets.length) return { ...inner, targets };
  }
  return inner;
}

/**
 * Whom an allegation or demand with no codable act is about: the subject of its clause ("alleged
 * that France was aware"). The clause may complement a noun of the trigger phrase ("repeated its
 * demand that the government resign"); a "that"-clause a parser hangs on the verb as an adverbial
 * ("insisted on its demands that the government grant …") is such a complement too, since no
 * adverbial clause is introduced by a bare "that".
 */
export function allegedAbout(ctx: CoderContext, m: Match): Participant[] {
  const { v, finder } = ctx;
  const bareThat = (c: number): boolean => {
    const marks = v.childrenWith(c, ['mark']);
    return marks.length === 1 && v.lemma[marks[0]] === 'that' && !v.childrenWith(marks[0], ['fixed']).length;
  };
  const nouns = [...m.tokens, m.prep, m.obj].filter((t, i, all) => t >= 0 && t !== m.head && all.indexOf(t) === i && v.upos[t] === 'NOUN');
  const clauses = [
    ...v.childrenWith(m.head, ['ccomp']),
    ...v.childrenWith(m.head, ['advcl']).filter(bareThat),
    ...nouns.flatMap((n) => v.childrenWith(n, ['acl', 'ccomp']).filter(bareThat)),
  ];
  if (m.trigger.pos === 'noun') clauses.push(...v.childrenWith(m.head, ['acl']).filter(bareThat));
  return clauses.flatMap((c) => (v.isPassive(c) ? finder.patients(c) : finder.subjects(c)).flatMap((k) => finder.group(k)));
}

/** Prepositions that introduce whom an act is done to. */
const RECIPIENT_PREPS = ['against', 'to', 'on', 'with', 'toward', 'towards', 'at', 'into', 'from', 'over'];

/**
 * Whom frame `f`'s complement acts on: the object of its complement verb (or of a verb that
 * complement controls: "threatened to deliver devastating blows to X"), else a phrase with a
 * recipient's preposition on those verbs, on their objects, or on the frame's own object; else
 * whoever must meet the threat's condition ("threatened to cut ties unless the Kremlin closed its
 * base", "if the United States goes ahead"); else the state where the threatened act would happen
 * ("threatened to resume attacks in Israel"), or the state whose ground an "until"-clause's goal is on.
 * `threat` is true for a threatening frame and for a vow the coder read as a threat.
 */
export function complementRecipients(ctx: CoderContext, f: Match, exclude: readonly Participant[] = [], threat = f.trigger.frame === 'threaten'): Participant[] {
  const { v } = ctx;
  // Phrases naming only the frame's own source ("to hold a general strike", their strike) are passed over.
  const finder = {
    group: (k: number): Participant[] => ctx.finder.group(k).filter((p) => !exclude.some((s) => sameActor(s, p))),
    prepDeps: (k: number, prep: string): number[] => ctx.finder.prepDeps(k, prep),
    placeAsCountry: (k: number): Participant | null => ctx.finder.placeAsCountry(k),
  };
  const heads: number[] = [];
  for (const c of v.childrenWith(f.head, ['xcomp', 'advcl', 'ccomp'])) {
    if (v.upos[c] !== 'VERB') continue;
    if (v.relIs(c, ['advcl']) && !v.childrenWith(c, ['mark']).some((k) => v.lemma[k] === 'to')) continue;
    heads.push(c);
    // One controlled verb further down ("to deliver devastating blows", "to move to cut ties").
    for (const x of v.childrenWith(c, ['xcomp'])) if (v.upos[x] === 'VERB') heads.push(x);
  }
  const complements = [...heads];
  if (f.trigger.pos === 'verb') heads.push(f.head);
  for (const h of heads) {
    const objs = h === f.head ? v.childrenWith(h, ['obj']) : [...v.childrenWith(h, ['obj', 'iobj'])];
    for (const o of h === f.head ? [] : objs) {
      const found = finder.group(o);
      if (found.length) return found;
    }
    // A by-phrase on an active complement verb belongs to its object ("tolerate rallies by the group").
    if (h !== f.head && objs.length && !v.isPassive(h)) {
      const found = [...new Set([...v.childrenWith(h, ['obl:agent']), ...finder.prepDeps(h, 'by')])].flatMap((k) => finder.group(k));
      if (found.length) return found;
    }
    for (const host of [h, ...objs]) {
      for (const prep of RECIPIENT_PREPS) {
        const found = finder.prepDeps(host, prep).flatMap((k) => finder.group(k));
        if (found.length) return found;
      }
    }
  }
  if (!threat) return [];
  const condition = conditionSubjects(ctx, f.head).filter((p) => !exclude.some((s) => sameActor(s, p)));
  if (condition.length) return condition;
  for (const h of complements) {
    for (const host of [h, ...v.childrenWith(h, ['obj'])]) {
      for (const k of finder.prepDeps(host, 'in')) {
        const state = ctx.actors.actorAt(k);
        if (state?.actor?.type === 'state' && !exclude.some((s) => sameActor(s, state))) return [state];
        const pl = finder.placeAsCountry(k);
        if (pl && !exclude.some((s) => s.country === pl.country)) return [pl];
      }
    }
  }
  return untilPlace(ctx, complements, exclude);
}

/** Prepositions that place what an "until"-clause's goal is ("control of villages near X's border"). */
const GOAL_PLACES = new Set(['in', 'near', 'of', 'along', 'around', 'inside']);

/**
 * The state where the goal of a threatened fight lies: "vowed to fight until they gain control of
 * villages near Macedonia's border" threatens Macedonia, whose ground the goal is on.
 */
function untilPlace(ctx: CoderContext, complements: number[], exclude: readonly Participant[]): Participant[] {
  const { v, finder } = ctx;
  const until = complements.flatMap((h) => v.childrenWith(h, ['advcl'])).filter((c) => v.childrenWith(c, ['mark']).some((m) => v.lemma[m] === 'until'));
  for (const c of until) {
    const objs = v.childrenWith(c, ['obj']);
    const phrases = [...objs, ...[c, ...objs].flatMap((k) => v.childrenWith(k, ['obl', 'nmod']))];
    const placed = phrases.filter((k) => objs.includes(k) || GOAL_PLACES.has(v.caseOf(k) ?? ''));
    for (const k of [...placed, ...placed.flatMap((x) => v.childrenWith(x, ['nmod']).filter((n) => GOAL_PLACES.has(v.caseOf(n) ?? '')))]) {
      const states = finder.group(k).filter((p) => p.actor?.type === 'state' && !exclude.some((s) => sameActor(s, p)));
      if (states.length) return states.slice(0, 1);
      const pl = finder.placeAsCountry(k);
      if (pl && !exclude.some((s) => s.country === pl.country)) return [pl];
    }
  }
  return [];
}

/** The subjects of an "unless"/"if" clause inside the clause of verb `h` (not inside a nested report). */
function conditionSubjects(ctx: CoderContext, h: number): Participant[] {
  const { v, finder, lexicon } = ctx;
  const queue: [number, number][] = [[h, 0]];
  while (queue.length) {
    const [k, depth] = queue.shift() as [number, number];
    for (const c of v.children(k)) {
      if (v.relIs(c, ['advcl']) && v.childrenWith(c, ['mark']).some((m) => lexicon.grammar.conditionalMarks.has(v.lemma[m]))) {
        const found = (v.isPassive(c) ? finder.agents(c) : finder.subjects(c)).flatMap((x) => finder.group(x));
        if (found.length) return found;
      }
      if (depth < 2 && v.relIs(c, ['xcomp', 'advcl', 'obj'])) queue.push([c, depth + 1]);
    }
  }
  return [];
}

/** Nouns of an "in …" phrase that give a protest its grounds ("in protest at", "in defiance of", "in solidarity with"). */
const GROUNDS = ['protest', 'defiance', 'solidarity', 'response', 'retaliation', 'opposition', 'anger', 'outrage'];

/**
 * Whom a protest or a mobilisation is against when it names nobody: whom its purpose or grounds
 * are aimed at ("mobilized reservists for a war against Iraq"), or for a protest — a
 * to-infinitive or participle of purpose ("blocked a road to show their disapproval of the United
 * States", "rioted, demanding independence from Indonesia") or an "in protest at / in defiance of"
 * phrase. `draftAt` gives the draft of a trigger token (or of the trigger a light verb governs).
 * Circumstances ("after police attacked them") are not purposes.
 */
export function purposeTargets(ctx: CoderContext, d: Draft, draftAt: (tok: number) => Draft | null): Participant[] {
  const { v } = ctx;
  const hosts = [d.match.head, d.match.support].filter((h) => h >= 0);
  const exclude = (ps: Participant[]): Participant[] => ps.filter((p) => !d.sources.some((s) => sameActor(s, p)));
  const mobilizing = (d.code ?? '').startsWith('15');
  // A purpose infinitive is often hung on the object ("blocked a road to show …"), and so is a
  // mobilisation's "for" ("mobilised 300,000 reservists for the war in Ukraine").
  const objectClauses = hosts.flatMap((h) => v.childrenWith(h, ['obj']).flatMap((o) => [...v.childrenWith(o, ['acl']), ...(mobilizing ? ctx.finder.prepDeps(o, 'for') : [])]));
  for (const h of hosts) {
    for (const c of [...v.children(h), ...(h === hosts[0] ? objectClauses : [])]) {
      let purpose = false;
      if (v.relIs(c, ['advcl', 'xcomp', 'acl']) && v.upos[c] === 'VERB') {
        const marks = v.childrenWith(c, ['mark']);
        purpose = marks.some((k) => v.lemma[k] === 'to') || (!marks.length && v.lower[c].endsWith('ing'));
      } else if (v.relIs(c, ['obl', 'nmod']) && v.caseOf(c) === 'in' && GROUNDS.includes(v.lemma[c])) purpose = true;
      // "mobilized reservists for a possible war against Iraq": forces are readied for an act.
      else if (mobilizing && v.relIs(c, ['obl', 'nmod']) && v.caseOf(c) === 'for') purpose = true;
      // "threw stones during demonstrations against X": an act during a protest is against its target.
      else if (!mobilizing && v.relIs(c, ['obl', 'nmod']) && v.caseOf(c) === 'during' && (draftAt(c)?.code ?? '').startsWith('14')) purpose = true;
      if (!purpose || c === d.match.head) continue;
      // A participle that is no act itself may carry the purpose one level down ("rioted, joining
      // demonstrators in demanding independence from Indonesia").
      const found = draftAt(c) ?? (v.upos[c] === 'VERB' ? joinedPurpose(ctx, c, draftAt) : null);
      const targets = found && found !== d ? exclude(found.targets) : [];
      if (targets.length) return targets;
      // "in defiance of Chinese authorities", "in protest at the verdict by Egypt": the grounds' own phrase.
      if (v.relIs(c, ['obl', 'nmod']) && GROUNDS.includes(v.lemma[c])) {
        const named = exclude(['of', 'against', 'at', 'over'].flatMap((prep) => ctx.finder.prepDeps(c, prep)).flatMap((k) => ctx.finder.group(k)));
        if (named.length) return named;
      }
    }
  }
  return [];
}

/** The draft of a gerund or infinitive clause under verb `c` ("joining them in demanding …", "helping to block …"). */
function joinedPurpose(ctx: CoderContext, c: number, draftAt: (tok: number) => Draft | null): Draft | null {
  const { v } = ctx;
  for (const k of v.childrenWith(c, ['advcl', 'xcomp'])) {
    if (v.upos[k] !== 'VERB') continue;
    const marks = v.childrenWith(k, ['mark']).map((x) => v.lemma[x]);
    const gerund = v.lower[k].endsWith('ing') && (marks.length === 0 || marks.every((x) => x === 'in' || x === 'by'));
    if (!gerund && !(marks.length === 1 && marks[0] === 'to')) continue;
    const found = draftAt(k);
    if (found) return found;
  }
  return null;
}

/**
 * Whom a refusal answers when it names nobody: the source of the demand it is made despite
 * ("declined to resign despite growing pressure by the anti-corruption commission").
 */
export function refusedAskers(ctx: CoderContext, d: Draft, draftAt: (tok: number) => Draft | null): Participant[] {
  const { v } = ctx;
  for (const h of [d.match.head, d.match.support].filter((x) => x >= 0)) {
    for (const c of v.childrenWith(h, ['obl', 'advcl'])) {
      const despite = v.children(c).some((k) => v.relIs(k, ['case', 'mark']) && v.lemma[k] === 'despite');
      if (!despite) continue;
      const asked = draftAt(c);
      if (!asked || !/^(02|10)/.test(asked.code ?? '')) continue;
      const askers = asked.sources.filter((p) => !d.sources.some((s) => sameActor(s, p)));
      if (askers.length) return askers;
    }
  }
  return [];
}

/**
 * Whom a promise or aid naming nobody is meant for: the target of the cooperative act in the
 * to-infinitive of purpose of one of its verbs ("is willing to send material **to help defend Saudi
 * Arabia**", "sent troops to help Kyiv"). A hostile purpose ("sent troops to attack Iran") makes
 * no one a recipient.
 */
export function meantFor(ctx: CoderContext, d: Draft, draftAt: (tok: number) => Draft | null): Participant[] {
  const { v } = ctx;
  for (const t of d.tokens) {
    if (!v.isVerbal(t)) continue;
    for (const c of v.childrenWith(t, ['advcl'])) {
      if (v.upos[c] !== 'VERB' || !v.childrenWith(c, ['mark']).some((k) => v.lemma[k] === 'to' && k < c)) continue;
      // (Or through "help": "to help defend Saudi Arabia".)
      for (const k of [c, ...v.childrenWith(c, ['xcomp'])]) {
        const found = draftAt(k);
        if (!found || found === d || found.code === null || !isCooperative(found.code)) continue;
        const targets = found.targets.filter((p) => !d.sources.some((s) => sameActor(s, p)));
        if (targets.length) return targets;
      }
    }
  }
  return [];
}

/**
 * Whom a claim or denial of responsibility naming nobody is about: the target of the act it is
 * for ("al-Shabab claimed responsibility for an attack on a mall in Kenya's capital" → Kenya).
 */
export function responsibilityFor(ctx: CoderContext, d: Draft, draftAt: (tok: number) => Draft | null): Participant[] {
  for (const k of ctx.finder.slotTokens(d.match, 'for')) {
    const found = draftAt(k);
    if (!found || found === d) continue;
    const targets = found.targets.filter((p) => !d.sources.some((s) => sameActor(s, p)));
    if (targets.length) return targets;
  }
  return [];
}

/** Prepositions of where access leads ("into Gaza", "to the besieged city"). */
const DESTINATION = ['into', 'to', 'in'];

/**
 * Where an opening or humanitarian access (086x) naming nobody leads: a state or place in its
 * to-infinitive of purpose ("opened the Rafah crossing **to allow aid trucks into Gaza**").
 */
export function accessDestination(ctx: CoderContext, d: Draft): Participant[] {
  const { v, actors, finder } = ctx;
  for (const t of d.tokens) {
    if (!v.isVerbal(t)) continue;
    for (const c of [...v.childrenWith(t, ['advcl']), ...v.childrenWith(t, ['obj']).flatMap((o) => v.childrenWith(o, ['acl']))]) {
      if (v.upos[c] !== 'VERB' || !v.childrenWith(c, ['mark']).some((k) => v.lemma[k] === 'to' && k < c)) continue;
      for (const host of [c, ...v.childrenWith(c, ['obj'])]) {
        for (const prep of DESTINATION) {
          for (const k of finder.prepDeps(host, prep)) {
            const a = actors.actorAt(k);
            const p = a?.actor?.type === 'state' ? a : a ? null : finder.placeAsCountry(k);
            if (p && !d.sources.some((s) => sameActor(s, p) || s.country === p.country)) return [p];
          }
        }
      }
    }
  }
  return [];
}
