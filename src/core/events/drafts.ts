/**
 * A draft event: what one matched trigger says on its own — its code (refined by its dependents),
 * its participants, and its negation and modality — before frames combine it with the act it
 * governs and before it is expanded into directed records.
 */
import type { CoderContext } from './coder-context.js';
import { modalityOf } from './modality.js';
import { acrossStates, sameActor, uniqueParticipants } from './participants.js';
import { hubAndSpokes } from './listed-sides.js';
import { hasJointMarker, isReciprocal } from './joint-markers.js';
import type { Participant } from './actor-index.js';
import type { Match } from './trigger-match.js';
import { refineCode, subjectRule } from './code-refinement.js';
import { authorityReporter, evaluator, judgedObject, reporter, speakerFallback } from './reported-sources.js';
import { adjacentBy, circumstanceOwner, circumstancePartner, countryWhere, holderOf, placeAsSource, placesStandIn, placesWithinStandIn, promisedTo } from './implicit-participants.js';
import { collect } from './slot-participants.js';
import { condemnedAct, condemnedTargets } from './condemned-acts.js';
import { complainedOf } from './complaint-forum.js';
import { isUndergone } from './undergone-acts.js';
import { heldByNoun } from './obligations.js';

export interface Draft {
  /** The current code; null for a frame that has no act to combine with and no code of its own. */
  code: string | null;
  /** The code of the innermost act, before frames turned it into an intent, demand, threat… */
  act: string | null;
  /** True once a frame combined it: no further intent/threat conversion applies. */
  framed: boolean;
  sources: Participant[];
  targets: Participant[];
  /** Sources came from the trigger's own slots (not from a reporting verb or a frame). */
  explicitSource: boolean;
  negated: boolean;
  hypothetical: boolean;
  future: boolean;
  symmetric: boolean;
  /** Both directions even with an explicit target ("joint", "each other", "clashed with"). */
  bothWays: boolean;
  meeting: boolean;
  /** The outermost match (its clause gives the date and place). */
  match: Match;
  /** EventTrigger tokens of every match that went into the draft. */
  tokens: number[];
  confidence: number;
  /** Drafts coded alongside this one (the alleged act of an accusation). */
  extra: Draft[];
  /** "X said Y must …": the speakers who demand the act (empty otherwise). */
  demandedBy: Participant[];
  /**
   * The `needs` of the acts a frame took in ("is expected to receive" keeps "receive"'s need of a
   * target): the records step checks them beside the outer trigger's own.
   */
  innerNeeds: NonNullable<Match['trigger']['needs']>[];
  /**
   * True when a frame's act is one done to nobody ("refused to resign", "vowed to step down": the
   * act's entry names no target slot), so the frame's event has nobody to be addressed to and needs
   * only its source.
   */
  untargeted?: boolean;
}

/** Slots that say where an act is held, not with whom. */
const WHERE_HELD = ['in', 'near', 'off', 'around', 'at', 'along'];

/** The draft of one match, without frames. */
export function baseDraft(ctx: CoderContext, m: Match): Draft {
  const { v, finder, lexicon } = ctx;
  const g = lexicon.grammar;
  const t = m.trigger;
  const mod = modalityOf(v, g, m, ctx.question);
  // A frame codes on its own ("pledged" alone → 030) only when its entry gives a code.
  let code = refineCode(ctx, m);
  // "asked the minister whether…": a question, not an appeal.
  if (t.frame === 'appeal' && t.pos === 'verb' && v.childrenWith(m.head, ['ccomp', 'advcl']).some((c) => v.isQuestionClause(c))) code = null;
  // The kind of subject refines the code before anything reads it (a suicide bomber "striking" a
  // market in Mogadishu is an attack there, whose place stands for its country).
  const subjectKind = subjectRule(ctx, m);
  const bySubject = subjectKind?.code;
  if (bySubject !== undefined) code = bySubject;
  let sources: Participant[];
  let explicitSource: boolean;
  let targets: Participant[];
  if (t.evaluative) {
    // "which Beijing said was provocative": the judge is the source, what is judged the target.
    sources = evaluator(ctx, m, mod.reportedBy);
    explicitSource = sources.length > 0;
    targets = collect(ctx, m, t.target.length ? t.target : t.pos === 'adj' ? ['subj'] : ['poss', 'mod', 'of', 'by', 'against'], 'none', sources);
    // "called India's move a provocation": the judgement is about the object it is said of.
    if (!targets.length) targets = judgedObject(ctx, m).flatMap((k) => finder.group(k)).filter((p) => !sources.some((s) => sameActor(s, p)));
  } else {
    const receiving = isUndergone(v, lexicon.grammar, m);
    sources = collect(ctx, m, receiving ? ['from', 'by', ...t.source] : t.source, 'none');
    explicitSource = sources.length > 0;
    // "Germany pays reparations": the light verb's subject is named by the syntax as much as a possessor.
    if (!sources.length && t.pos === 'noun' && m.support >= 0 && !receiving) {
      sources = collect(ctx, m, ['subj'], 'none');
      explicitSource = sources.length > 0;
    }
    // "held talks during a visit to Beirut": the visit is the subject's.
    let partners: Participant[] = [];
    if (!sources.length && t.pos === 'noun' && m.support < 0 && code?.startsWith('04')) {
      sources = circumstanceOwner(ctx, m);
      partners = sources.length ? circumstancePartner(ctx, m) : [];
    }
    if (!sources.length && t.pos === 'noun' && t.source.includes('by')) sources = adjacentBy(ctx, m.head);
    // "the American is accused of spying", says the court: with no agent, an accusation is made by
    // whoever reports it (the one accused aside). Not a participle describing someone ("officials
    // accused of a role in the genocide"), which reports no accusation of its own.
    if (!sources.length && t.frame === 'allege' && t.pos === 'verb' && m.passive && !v.relIs(m.head, ['acl']) && !finder.agents(m.head).length) {
      const accused = collect(ctx, m, t.target, 'none');
      sources = reporter(ctx, m, mod.reportedBy).filter((p) => !accused.some((a) => sameActor(a, p)));
      explicitSource = false;
    }
    // (The subject of "faced criticism", "came under fire" undergoes the act: the speaker standing
    // in for it did not do it either.)
    if (!sources.length && !receiving) {
      sources = speakerFallback(ctx, m, mod.reportedBy);
      explicitSource = false;
    }
    // "20 people had been arrested, Egyptian authorities said": who announces an arrest made it.
    // (An act done, not one hoped for: "hoped French officials would be indicted" names no indicter.)
    if (!sources.length && t.placeIsSource && m.passive && !mod.future && !mod.hypothetical) sources = authorityReporter(ctx, mod.reportedBy);
    if (!sources.length && t.placeIsSource) sources = placeAsSource(ctx, m);
    // "Demonstrators rallied outside the embassy in London": people of no known country protest where they are.
    if (code?.startsWith('14') && sources.length && sources.every((p) => !p.country && p.actor !== null && p.actor.type !== 'state')) {
      const where = countryWhere(ctx, m);
      if (where) sources = sources.map((p) => ({ ...p, country: where }));
    }
    const places = placesWithinStandIn(code) ? 'within' : placesStandIn(code) || t.placeIsTarget ? 'direct' : 'none';
    targets = receiving ? collect(ctx, m, ['subj'], 'none', sources) : collect(ctx, m, t.target, places, sources);
    // "lodged a complaint with the WTO over Chinese tariffs": an international body a complaint is
    // lodged with is its forum; the complaint is against the state its subject matter names.
    if (code?.startsWith('114') && targets.every((p) => p.actor?.type === 'igo')) {
      const against = complainedOf(ctx, m, (p) => sources.some((s) => sameActor(s, p)), (slots) => collect(ctx, m, t.target.filter((x) => slots.includes(x)), 'none', sources));
      if (against.length) targets = against;
    }
    // "condemned the invasion of Ukraine": blame goes to whoever invaded, not to Ukraine.
    const condemned = condemnedAct(ctx, m);
    if (condemned) targets = condemnedTargets(ctx, condemned, targets, sources);
    // "the release of a journalist held in Turkey": whoever holds the people frees them.
    if (!sources.length && (code ?? '').startsWith('084')) {
      sources = holderOf(ctx, m);
      explicitSource = sources.length > 0;
      targets = targets.filter((p) => !sources.some((s) => sameActor(s, p)));
    }
    // "opposing provocations by the United States": a by-phrase on an active verb belongs to its object.
    // A verb with no object has nothing for it to belong to ("threatened to cut ties … on the eve of
    // a visit by the PLO chairman", the by-phrase hung on the verb).
    if (!targets.length && t.pos === 'verb' && !m.passive && t.target.includes('obj') && v.childrenWith(m.head, ['obj']).length) targets = collect(ctx, m, ['by'], 'none', sources);
    if (!targets.length && partners.length) targets = partners.filter((p) => !sources.some((s) => sameActor(s, p)));
    // "Crimea's annexation", "Mariupol's siege": a place cannot act, so as possessor it is what is acted on.
    if (!targets.length && t.pos === 'noun' && placesStandIn(code)) {
      targets = finder.slotTokens(m, 'poss').map((k) => (ctx.actors.actorAt(k) ? null : finder.placeAsCountry(k))).filter((p): p is Participant => p !== null);
    }
  }
  // "banned al-Shabaab" bans an organisation; "banned Russia from the Games" is no such ban.
  if (t.targetSectors) targets = targets.filter((p) => p.actor?.sector != null && (t.targetSectors as ReadonlySet<string>).has(p.actor.sector));
  // "Russian strikes hit Ukrainian positions": a kind of subject that does no act of one side on
  // another ("strikes hit refineries") does one when its side acts on another state's.
  if (subjectKind?.foreign && acrossStates(sources, targets)) code = subjectKind.foreign;
  // The official code replaces the entry's own code, not a refined one ("Israeli air strikes" stay 195).
  // A people named by its demonym ("ethnic Albanians demonstrated") is no state acting officially.
  if (t.official && bySubject === undefined && code === t.code && sources.some((p) => p.actor && p.via !== 'demonym' && (p.actor.type === 'state' || p.actor.type === 'igo' || p.actor.type === 'person'))) code = t.official;
  // People named by their demonym travelling ("Colombians who arrived in Venezuela") make no visit.
  if (code === '042' && t.pos === 'verb' && sources.length && sources.every((p) => p.via === 'demonym')) code = null;
  let bothWays = t.mutual;
  let symmetric = t.symmetric;
  // "met each other", "spoke to one another": the participants are the subjects, in both directions.
  if (t.target.some((s) => finder.slotTokens(m, s).some((k) => isReciprocal(ctx, k)))) {
    targets = [];
    symmetric = true;
  }
  // "talks between Iran and Saudi Arabia": every side is a participant.
  const between = finder.slotTokens(m, 'between').flatMap((k) => finder.group(k));
  // (A noun's own "between" slot names its parties, not someone it is done to.)
  // So is a verb's, when nobody else acts ("the agreement between Serbia and Kosovo was signed").
  const betweenOnly = (t.pos === 'noun' || !sources.length) && targets.length > 0 && targets.every((p) => between.some((b) => sameActor(b, p)));
  if (between.length >= 2 && (!targets.length || betweenOnly)) {
    if (betweenOnly) targets = [];
    const sides = between.filter((p) => !sources.some((s) => sameActor(s, p)));
    // "hosted talks between Russia and Ukraine", "mediated between …", "Qatar's mediation between …":
    // a verb's act that is not itself two-sided, or a mediation, done by someone is done to both
    // sides. A nominal act "between" two sides is theirs ("Kenya hosted talks between A and B").
    if (!t.symmetric && sources.length && sides.length >= 2 && (t.pos === 'verb' || code?.startsWith('045'))) targets = sides;
    // "Qatar, a key mediator between Israel and Hamas, said …" with the mediator not found: the
    // sides are whom the mediation is for, never each other's mediators.
    else if (code?.startsWith('045') && !sources.length) targets = sides;
    else {
      // The sides of a nominal act are its parties; whoever hosts or holds it is not one of them. So
      // are those of a verb with no subject of its own ("closed its borders because of fighting
      // between A and B"): the subject it borrows from the clause above is no side of the fighting.
      const borrowed = t.pos === 'verb' && !v.childrenWith(m.head, ['nsubj', 'nsubj:pass']).length;
      sources = uniqueParticipants((t.pos === 'noun' || borrowed) && sides.length >= 2 ? between : [...sources, ...between]);
      symmetric = true;
    }
  }
  // "The United States and the Philippines agreed to hold joint patrols": an act two or more sides do
  // jointly, with nobody else named, is done by each with the others.
  if (!symmetric && !targets.length && sources.length >= 2 && hasJointMarker(ctx, m)) symmetric = true;
  const joint = symmetric && hasJointMarker(ctx, m);
  if (joint) bothWays = true;
  targets = targets.filter((p) => !sources.some((s) => sameActor(s, p)));
  // "reneged on his commitment to the Zambian people": a promise of the source's own is to whom it was made.
  if (!targets.length && sources.length) targets = promisedTo(ctx, m, t.target).filter((p) => !sources.some((s) => sameActor(s, p)));
  // "Russia and China held naval drills", "French and Egyptian warships launched war games": sides
  // acting together with nobody else named do it jointly — the entry's joint reading ("joint
  // drills" → 062), not its one-sided one ("Russia held drills near Japan" stays 150).
  if (t.symmetric && code === t.code && sources.length >= 2 && !targets.length) {
    const together = t.refine.find((r) => [...r.when].some((w) => g.jointMarkers.has(w)));
    if (together) code = together.code;
  }
  // "Iran and Saudi Arabia released a joint communiqué with China": a joint act "with" someone is
  // done together — every side is a party, each towards every other (not the subjects towards China).
  if (joint && targets.length && sources.length && !t.mutual) {
    // (Whoever owns the place it is held in or near is no party: "joint drills near the Polish border".)
    const placed = WHERE_HELD.flatMap((s) => finder.slotTokens(m, s)).flatMap((k) => finder.group(k));
    sources = uniqueParticipants([...sources, ...targets.filter((p) => !placed.some((q) => sameActor(q, p)))]);
    targets = [];
  }
  // "Xi and the presidents of Kazakhstan, Kyrgyzstan and Tajikistan signed …": a host and the states
  // listed under one plural noun act together host with guest, both ways, not guest with guest.
  const hub = symmetric && !targets.length ? hubAndSpokes(ctx.v, sources) : null;
  if (hub) {
    sources = hub.hubs;
    targets = hub.spokes;
    symmetric = false;
    bothWays = true;
  }
  // One person "attacking" or "hammering" another named person does it with words; so do
  // politicians and political parties going at each other ("hammered Ryan and the GOP"): a party is
  // no military target (an armed movement that is also a party has its armed sector first).
  const isPerson = (p: Participant): boolean => (p.actor?.type === 'person' && p.via !== 'demonym') || (p.actor?.type === 'org' && p.actor.sector === 'PTY');
  // So do two people acting among themselves ("the two men sparred", "Clinton and Sanders clashed").
  const amongPeople = !targets.length && sources.length >= 2 && (symmetric || bothWays);
  // A named person "under fire" or "under attack from" a state or body undergoes words as well ("the
  // president came under fire from Beijing"); only armed men or forces make it a shooting.
  const speaking = (p: Participant): boolean => isPerson(p) || ((p.actor?.type === 'state' || p.actor?.type === 'igo') && isUndergone(ctx.v, lexicon.grammar, m));
  if (t.personTarget && code === t.code && sources.length && (targets.length || amongPeople) && sources.every(speaking) && targets.every(isPerson)) code = t.personTarget;
  return {
    code,
    act: code,
    framed: false,
    sources,
    targets,
    explicitSource,
    negated: mod.negated,
    hypothetical: mod.hypothetical,
    future: mod.future,
    symmetric,
    bothWays,
    meeting: t.meeting,
    match: m,
    tokens: [...m.tokens],
    confidence: t.confidence,
    extra: [],
    demandedBy: mod.obligation && mod.reportedBy >= 0 && !heldByNoun(ctx.v, m.head) ? ctx.finder.subjectGroups(mod.reportedBy) : [],
    innerNeeds: [],
  };
}
