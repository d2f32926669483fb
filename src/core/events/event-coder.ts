/**
 * The event coder: a pipeline component that reads the parsed, actor-resolved Doc and writes
 * `doc.events`. For each sentence it matches the lexicon's triggers on the dependency parse,
 * links each frame word to the act it governs ("pledged" → "aid"), drafts every act with its
 * participants and modality, combines frames, and expands the drafts into directed records.
 */
import type { AnalysisActor, AnalysisEvent } from '../analysis/contract.js';
import type { Doc, Layer } from '../doc/doc.js';
import type { Component } from '../pipeline/component.js';
import { ActorIndex, type Participant } from './actor-index.js';
import type { CoderContext } from './coder-context.js';
import { compose } from './compose.js';
import { finalize } from './finalize.js';
import { baseDraft, type Draft } from './drafts.js';
import { toRecords } from './event-records.js';
import { reportedHostilities } from './reported-hostilities.js';
import type { EventResources } from './resources.js';
import { ParticipantFinder, sameActor } from './participants.js';
import { SyntaxView } from './syntax-view.js';
import { isJudgementOblique } from './reported-sources.js';
import { sharedTargets } from './conjoined-targets.js';
import { contactPurposeTargets } from './contact-purposes.js';
import { pledgePartners } from './pledge-partners.js';
import { releasersAsHolders } from './released-holders.js';
import { matchTriggers, objectsOf, type Match } from './trigger-match.js';
import { obligationMatches } from './obligations.js';
import { investigationDestination } from './investigation-destination.js';
import { accessDestination, allegedAbout, complementRecipients, meantFor, purposeTargets, refusedAskers, responsibilityFor, withFrameTargets } from './frame-targets.js';
import { domesticOpponent, placeGroups } from './domestic-participants.js';
import { controlledPopulation } from './domestic-control.js';
import { antecedentOf, isAntecedent, withAntecedent, type Antecedent } from './event-antecedents.js';
import { earlierActors, pairParties, withoutOwnSide } from './event-anaphora.js';
import { withAnsweredAct } from './answered-acts.js';
import { innerOf, isQuestion } from './frame-inner.js';
import { warnsOfDoneAct } from './reported-warnings.js';
import { isBackdropTrend } from './backdrop-trends.js';
import { isStandingRelation } from './standing-relations.js';
import { unrealizedActs } from './unrealized-acts.js';
import { appealAsAttraction } from './audience-appeal.js';
import { provokers } from './posture-targets.js';
import { withDispersalParties } from './dispersed-protests.js';
import { withAnsweredThreat } from './answered-threats.js';

/** Options of the coder. */
export interface EventCoderOptions {
  /** Also code CAMEO 01x public statements (outside PLOVER); off by default. */
  includeStatements?: boolean;
  /**
   * `strict` (default) codes an event only when its source is known, and a frame's event (an intent,
   * a demand, a threat) only when it is addressed to someone — PETRARCH's "require a dyad", with the
   * lexicon's explicit `needs` as exceptions. `lenient` also codes one-sided events.
   */
  participants?: 'strict' | 'lenient';
  /**
   * The state a word names as an adjective or demonym ("Australian" → Australia), for modifiers the
   * actor layer left untagged ("an Australian ultimatum", "Israeli changes"). Usually built from the
   * knowledge base (see `src/engine/load-event-resources.ts`); without it such modifiers name nobody.
   */
  stateOfName?: (word: string) => AnalysisActor | null;
  /**
   * Optional layers the coder uses when present — `dates`, `places`, `quotes` — to declare as read,
   * so that a pipeline that has them is checked to run them before the coder.
   */
  withLayers?: Layer[];
}

/**
 * Roots of acts that answer an incident and may name its doer only in their own "after/when"
 * clause: shows of force (15), disapproval (11), threats (13), cuts in relations (16).
 */
const ANSWERING_ROOTS = ['15', '11', '13', '16'];

/** Layers the coder cannot work without. */
export const EVENT_CODER_READS: readonly Layer[] = ['tokens', 'sentences', 'pos', 'lemmas', 'deps', 'mentions', 'actors'];

/** The `events` component. */
export function createEventCoder(resources: EventResources, options: EventCoderOptions = {}): Component {
  return {
    name: 'events',
    reads: [...EVENT_CODER_READS, ...(options.withLayers ?? [])],
    writes: ['events'],
    run(doc: Doc) {
      doc.events = codeEvents(doc, resources, options);
    },
  };
}

/** Codes the events of a parsed Doc. */
export function codeEvents(doc: Doc, resources: EventResources, options: EventCoderOptions = {}): AnalysisEvent[] {
  const v = new SyntaxView(doc, resources.lexicon.grammar.speechVerbs);
  const actors = new ActorIndex(doc);
  const out: AnalysisEvent[] = [];
  let n = 0;
  const newId = (): string => `ev${++n}`;
  const { tokStart, tokEnd } = doc.sentences;
  const visits: { visitor: string; host: string; sentence: number }[] = [];
  const told: Antecedent[] = [];
  for (let s = 0; s < tokStart.length; s++) {
    const found = matchTriggers(v, resources.lexicon, tokStart[s], tokEnd[s]);
    // A noun that is the required object of a verb entry ("staged a protest", "accept mediation") or
    // one of the words of a multi-word entry ("went on strike", "go on the offensive") is part of it.
    // A noun modified by the participle whose entry requires it ("a truce brokered by Qatar", "the
    // agreement signed by A and B") stays an act of its own: frames and critics take the noun.
    // So does a protest broken up ("used water cannon to break up a protest by opposition supporters"):
    // it took place, and it is the protesters' act as the dispersal is the police's.
    // (Unless a participle already keeps it: "dispersed a rally organised by …".)
    const dispersed = (m: Match, k: number): boolean => k === m.obj && (m.trigger.code ?? '').startsWith('175') && !found.some((x) => x !== m && x.obj === k);
    const parts = new Set(found.flatMap((m) => m.tokens.filter((k) => k !== m.head && !dispersed(m, k) && !(k === m.obj && v.head[m.head] === k && v.relIs(m.head, ['acl'])))));
    // A word of an actor's own name is no event ("Border Patrol", "the Peace Corps", "Operation Lion").
    const named = (k: number): boolean => {
      const via = actors.actorAt(k)?.via;
      return via === 'name' || via === 'alias';
    };
    const kept = found.filter((m) => (m.trigger.pos !== 'noun' || !parts.has(m.head)) && !(m.trigger.pos === 'noun' && named(m.head)));
    // "Russia retaliated with sanctions", "Iran responded with a barrage of missiles": the act named
    // after "with" is what the verb did; the verb's own reading (a bare retaliation) yields to it.
    const withActs = new Set(kept.filter((x) => x.trigger.pos === 'noun' && x.support >= 0 && v.caseOf(x.head) === 'with').map((x) => x.support));
    // (Not a verb that names its own target, which the act after "with" would lose: "retaliated
    // against France with missile strikes".)
    const ownTarget = (m: Match): boolean => v.childrenWith(m.head, ['obl']).some((k) => m.trigger.target.includes(v.caseOf(k) ?? '') && v.caseOf(k) !== 'with');
    const matches = kept.filter((m) => !(m.trigger.pos === 'verb' && m.trigger.frame === null && withActs.has(m.head) && !ownTarget(m)));
    const byHead = new Map(matches.map((m) => [m.head, m]));
    let finder: ParticipantFinder;
    const inner = new Map<Match, Match>();
    const eventSource = (tok: number, depth: number): Participant[] => {
      const m = byHead.get(tok);
      // "praised the agreement signed by A and B": a noun that a participle's entry requires is that act.
      for (const x of byHead.values()) {
        if (x.trigger.pos === 'verb' && x.obj === tok && x.passive && v.head[x.head] === tok && v.relIs(x.head, ['acl'])) {
          const agents = finder.agents(x.head).flatMap((k) => finder.group(k, depth));
          if (agents.length) return agents;
        }
      }
      if (m && m.trigger.pos !== 'noun') return [];
      // "said the decision was regrettable": a frame noun with no act of its own may point back too.
      if (m?.trigger.frame) return inner.has(m) ? [] : earlierActors(ctx, tok, null, told, s);
      if (m) {
        // "called the arrests unacceptable", "deemed the strikes illegal": a verb that judges its
        // object is no light verb of it, and its subject did not make the arrests.
        // ("called the deal a provocation", "described the deal as a provocation": the judgement as an
        // unmarked or "as" oblique.)
        const evaluating = m.support >= 0 && resources.lexicon.grammar.evaluativeVerbs.has(v.lemma[m.support]);
        const judged = m.support >= 0 && v.childrenWith(m.support, ['xcomp', 'obl']).some((c) => v.rel[c] === 'xcomp' || (evaluating && isJudgementOblique(v, c)));
        for (const slot of [...m.trigger.source, 'subj']) {
          if (judged && slot === 'subj') continue;
          const found = finder.slotTokens(m, slot).flatMap((k) => finder.group(k, depth));
          if (found.length) return found;
        }
        // "pledged 500 million dollars in aid, a move Beijing condemned": the act of a frame is its subject's.
        // (Not a refusal's: whoever "rejected the sanctions" did not impose them.)
        // (Nor an accusation's: "the group, which Hollande blamed for the attacks that killed 125
        // people" — the attacks are the accused's.)
        for (const [f, c] of inner) {
          if (c !== m || f.trigger.pos !== 'verb' || f.trigger.frame === 'reject') continue;
          return (f.trigger.frame === 'allege' ? finder.objects(f.head) : finder.subjects(f.head)).flatMap((k) => finder.group(k, depth));
        }
      }
      // "Russia shelled Kharkiv. Ukraine condemned the attack", "… signed a peace agreement. Turkey
      // welcomed the agreement": a definite act told just before.
      const earlier = earlierActors(ctx, tok, m ? m.trigger.code : null, told, s, m?.trigger.official ?? null);
      // "urged both commanders to respect it": the two parties of the act told just before.
      return earlier.length || m ? earlier : pairParties(ctx, tok, told, s);
    };
    const frameNoun = (tok: number): boolean => {
      const m = byHead.get(tok);
      return m !== undefined && m.trigger.pos === 'noun' && m.trigger.frame !== null;
    };
    finder = new ParticipantFinder(v, actors, resources.lexicon.grammar, eventSource, options.stateOfName, frameNoun);
    const ctx: CoderContext = {
      v, actors, finder, lexicon: resources.lexicon, frames: resources.frames, taxonomy: resources.taxonomy, byHead,
      question: isQuestion(v, tokStart[s], tokEnd[s]),
      recentVisits: visits.filter((x) => x.sentence >= s - 3),
    };
    // Acts conjoined with a frame's act share the frame: "agreed to restore ties and reopen embassies".
    const sharing: [Match, Match, Match][] = [];
    const consumed = new Set<Match>();
    for (const m of matches) {
      if (!m.trigger.frame) continue;
      const c = innerOf(ctx, m);
      if (c && !consumed.has(c) && inner.get(c) !== m) {
        inner.set(m, c);
        consumed.add(c);
        for (const k of v.conjuncts(c.head)) {
          const other = byHead.get(k);
          if (other && other !== c && other !== m && !consumed.has(other) && !other.trigger.frame) {
            sharing.push([m, other, c]);
            consumed.add(other);
          }
        }
      }
    }
    const memo = new Map<Match, Draft>();
    const interpret = (m: Match, depth: number): Draft => {
      const known = memo.get(m);
      if (known) return known;
      let d = baseDraft(ctx, m);
      const c = inner.get(m);
      if (c && depth < 6) d = compose(ctx, d, withFrameTargets(ctx, interpret(c, depth + 1), m));
      // "warnings by the West that the annexation violated international law": a warning about what
      // someone else has done, with no act of its own to threaten, is no threat.
      else if (m.trigger.frame === 'threaten' && warnsOfDoneAct(ctx, m, d.sources)) d = { ...d, code: null };
      // "Trump's appeal to working-class voters": attraction, asking nothing of them.
      else if (appealAsAttraction(v, m, d)) d = { ...d, code: null };
      if ((m.trigger.frame === 'allege' || m.trigger.frame === 'demand' || m.trigger.frame === 'appeal') && !d.targets.length) {
        // "demanded that the DPRK forsake its programme": with no codable act (or one that names
        // nobody to address), whom the clause is about.
        d = { ...d, targets: allegedAbout(ctx, m).filter((p) => !d.sources.some((s) => sameActor(s, p))) };
      }
      // "threatened to cut off electricity to Nakhichevan", "threatened further action against
      // Russia": a threat with nobody named is against whom its complement acts on.
      // So is a vow that is a threat ("have sworn to fight until they gain control of …").
      const vowedThreat = m.trigger.frame === 'intent' && (d.code ?? '').startsWith('13');
      if ((m.trigger.frame === 'threaten' || vowedThreat) && !d.targets.length) {
        const sources = d.sources;
        d = { ...d, targets: complementRecipients(ctx, m, sources, true) };
      }
      memo.set(m, d);
      return d;
    };
    const notYet = unrealizedActs(ctx, matches, inner);
    const namesTarget = (d: Draft): boolean => d.tokens.some((k) => {
      const m = byHead.get(k);
      // (A required object is the act's own word, "send rescue teams", not whom it is done to.)
      return m !== undefined && m.trigger.target.some((slot) => slot !== 'poss' && slot !== 'theme' && finder.slotTokens(m, slot).some((t) => t !== m.obj && v.isNominalLike(t)));
    });
    const interpreted = matches.filter((m) => !consumed.has(m) && !isBackdropTrend(v, m) && !isStandingRelation(v, m, resources.lexicon.grammar.relativePronouns)).map((m) => interpret(m, 0)).map((d) => (notYet(d) ? { ...d, hypothetical: true } : d));
    const drafts = releasersAsHolders(v, pledgePartners(contactPurposeTargets(v, sharedTargets(v, interpreted, namesTarget), namesTarget), namesTarget));
    for (const m of obligationMatches(ctx, tokStart[s], tokEnd[s])) drafts.push(baseDraft(ctx, m));
    for (const [f, other, first] of sharing) {
      // The conjoined act shares the first act's participants when it names none of its own.
      let d = withFrameTargets(ctx, interpret(other, 1), f);
      if (!d.targets.length) d = { ...d, targets: interpret(first, 1).targets };
      drafts.push(compose(ctx, baseDraft(ctx, f), d));
    }
    // The draft of a trigger token, or of the act a light verb or verb governs ("to show their disapproval").
    const draftAt = (tok: number): Draft | null => {
      const m = byHead.get(tok) ?? [...byHead.values()].find((x) => x.support === tok) ?? objectsOf(v, tok, false).map((o) => byHead.get(o)).find((x) => x !== undefined);
      return m ? interpret(m, 1) : null;
    };
    for (const d of drafts) {
      for (const x of [d, ...d.extra]) {
        let done = finalize(ctx, x);
        if (!done) continue;
        // "Ankara rejected the appeal": whoever made the appeal told before.
        done = withAnsweredAct(ctx, done, told, s);
        if (done.targets.some((p) => p.recalled)) done = { ...done, targets: withoutOwnSide(done.sources, done.targets) };
        // "blocked a road to show their disapproval of US policy": a protest is against whom its purpose
        // is, rather than the country of the place where it happens; so is a mobilisation "for a war against Iraq".
        const code = done.code ?? '';
        // (Protesters' own state read from where they march is a place too: "blocked streets in Hong
        // Kong in defiance of Chinese authorities".)
        const sources = done.sources;
        const placeOnly = (p: Participant): boolean => p.actor === null || (p.actor.type === 'state' && sources.some((s) => s.country === p.country && s.actor?.type !== 'state'));
        if ((code.startsWith('14') ? done.targets.every(placeOnly) : code.startsWith('15') && !done.targets.length) && done.sources.length) {
          const targets = purposeTargets(ctx, done, draftAt);
          if (targets.length) done = { ...done, targets };
        }
        done = withDispersalParties(ctx, done, draftAt);
        // "put its troops on alert after North Korean drones crossed the border": the incident's side;
        // so too for a complaint, threat or cut in relations the incident prompted ("Manila protested
        // after Chinese ships blocked its supply mission").
        if (ANSWERING_ROOTS.some((r) => code.startsWith(r)) && !done.targets.length && done.sources.length) {
          const targets = provokers(ctx, done, draftAt);
          if (targets.length) done = { ...done, targets };
        }
        // "Poland expelled Russian diplomats. Moscow promised a tough response": whose act it answers.
        done = withAnsweredThreat(ctx, done, told, s);
        // "is willing to send material to help defend Saudi Arabia", "sent troops to help Kyiv": aid, or a
        // promise of aid, that names nobody is for whom the cooperative act it is meant for helps.
        if ((code.startsWith('033') || code.startsWith('07')) && !done.targets.length && done.sources.length) {
          const targets = meantFor(ctx, done, draftAt);
          if (targets.length) done = { ...done, targets };
        }
        if ((code === '015' || code === '016') && !done.targets.length && done.sources.length) {
          const targets = responsibilityFor(ctx, done, draftAt);
          if (targets.length) done = { ...done, targets };
        }
        if (code.startsWith('086') && !done.targets.length && done.sources.length) {
          const targets = accessDestination(ctx, done);
          if (targets.length) done = { ...done, targets };
        }
        if (code.startsWith('09') && !done.targets.length && done.sources.length) {
          const targets = investigationDestination(ctx, done, draftAt);
          if (targets.length) done = { ...done, targets };
        }
        // "declined to resign despite pressure by the commission": a refusal answers whoever asked.
        if (code.startsWith('12') && !done.targets.length && done.sources.length) {
          const targets = refusedAskers(ctx, done, draftAt);
          if (targets.length) done = { ...done, targets };
        }
        // "imposed a curfew in Cizre", "declared martial law": an emergency power covers a population.
        done = controlledPopulation(ctx, done);
        const f = domesticOpponent(ctx, placeGroups(ctx, withAntecedent(ctx, done, told, s), s));
        if (isAntecedent(f)) told.push(antecedentOf(ctx, f, s));
        const records = toRecords(ctx, f, s, newId, { includeStatements: options.includeStatements === true, strict: options.participants !== 'lenient' });
        for (const e of records) {
          if (e.cameo === '042' && !e.negated && !e.hypothetical && e.source?.country && e.target?.country) visits.push({ visitor: e.source.country, host: e.target.country, sentence: s });
        }
        out.push(...records, ...reportedHostilities(ctx, records, out, newId));
      }
    }
  }
  return out;
}
