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
import { compose, finalize } from './compose.js';
import { baseDraft, sameActor, type Draft } from './drafts.js';
import { toRecords } from './event-records.js';
import type { EventResources } from './resources.js';
import { ParticipantFinder } from './participants.js';
import { SyntaxView } from './syntax-view.js';
import { matchTriggers, objectsOf, type Match } from './trigger-match.js';
import { obligationMatches } from './obligations.js';

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
  const v = new SyntaxView(doc);
  const actors = new ActorIndex(doc);
  const out: AnalysisEvent[] = [];
  let n = 0;
  const newId = (): string => `ev${++n}`;
  const { tokStart, tokEnd } = doc.sentences;
  const visits: { visitor: string; host: string; sentence: number }[] = [];
  for (let s = 0; s < tokStart.length; s++) {
    const found = matchTriggers(v, resources.lexicon, tokStart[s], tokEnd[s]);
    // A noun that is the required object of a verb entry ("staged a protest", "accept mediation") is part of it.
    const objects = new Set(found.filter((m) => m.obj >= 0).map((m) => m.obj));
    const matches = found.filter((m) => m.trigger.pos !== 'noun' || !objects.has(m.head));
    const byHead = new Map(matches.map((m) => [m.head, m]));
    let finder: ParticipantFinder;
    const eventSource = (tok: number, depth: number): Participant[] => {
      const m = byHead.get(tok);
      if (!m || m.trigger.pos !== 'noun' || m.trigger.frame) return [];
      for (const slot of [...m.trigger.source, 'subj']) {
        const found = finder.slotTokens(m, slot).flatMap((k) => finder.group(k, depth));
        if (found.length) return found;
      }
      return [];
    };
    finder = new ParticipantFinder(v, actors, resources.lexicon.grammar, eventSource, options.stateOfName);
    const ctx: CoderContext = {
      v, actors, finder, lexicon: resources.lexicon, frames: resources.frames, taxonomy: resources.taxonomy, byHead,
      question: isQuestion(v, tokStart[s], tokEnd[s]),
      recentVisits: visits.filter((x) => x.sentence >= s - 3),
    };
    const inner = new Map<Match, Match>();
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
      else if ((m.trigger.frame === 'allege' || m.trigger.frame === 'demand' || m.trigger.frame === 'appeal') && !d.targets.length) {
        // "demanded that the DPRK forsake its programme": with no codable act, whom the clause is about.
        d = { ...d, targets: allegedAbout(ctx, m).filter((p) => !d.sources.some((s) => sameActor(s, p))) };
      }
      memo.set(m, d);
      return d;
    };
    const drafts = matches.filter((m) => !consumed.has(m)).map((m) => interpret(m, 0));
    for (const m of obligationMatches(ctx, tokStart[s], tokEnd[s])) drafts.push(baseDraft(ctx, m));
    for (const [f, other, first] of sharing) {
      // The conjoined act shares the first act's participants when it names none of its own.
      let d = withFrameTargets(ctx, interpret(other, 1), f);
      if (!d.targets.length) d = { ...d, targets: interpret(first, 1).targets };
      drafts.push(compose(ctx, baseDraft(ctx, f), d));
    }
    for (const d of drafts) {
      for (const x of [d, ...d.extra]) {
        const f = finalize(ctx, x);
        if (!f) continue;
        const records = toRecords(ctx, f, s, newId, { includeStatements: options.includeStatements === true, strict: options.participants !== 'lenient' });
        for (const e of records) {
          if (e.cameo === '042' && !e.negated && !e.hypothetical && e.source?.country && e.target?.country) visits.push({ visitor: e.source.country, host: e.target.country, sentence: s });
        }
        out.push(...records);
      }
    }
  }
  return out;
}

/**
 * An inner act's target may hang on the frame's verb: in "cut gas supplies to Ukraine" the
 * "to"-phrase belongs to "cut", not to "supplies". Look there when the act found none.
 */
function withFrameTargets(ctx: CoderContext, inner: Draft, frame: Match): Draft {
  if (inner.targets.length) return inner;
  const preps = inner.match.trigger.target.filter((s) => !['subj', 'obj', 'iobj', 'poss', 'by', 'mod'].includes(s));
  for (const prep of preps) {
    const found = ctx.finder.prepDeps(frame.head, prep).flatMap((k) => ctx.finder.group(k));
    const targets = found.filter((p) => !inner.sources.some((s) => sameActor(s, p)));
    if (targets.length) return { ...inner, targets };
  }
  return inner;
}

/** Whom an allegation with no codable act is about: the subject of its clause ("alleged that France was aware"). */
function allegedAbout(ctx: CoderContext, m: Match): Participant[] {
  const { v, finder } = ctx;
  return v.childrenWith(m.head, ['ccomp']).flatMap((c) => (v.isPassive(c) ? finder.patients(c) : finder.subjects(c)).flatMap((k) => finder.group(k)));
}

/** The act a frame governs: its complement's trigger, looking through light verbs and one verb hop. */
function innerOf(ctx: CoderContext, f: Match): Match | null {
  const { v, finder } = ctx;
  const h = f.head;
  const candidates: number[] = [];
  if (f.prep >= 0) candidates.push(f.prep);
  for (const slot of f.trigger.complement) {
    if (slot === 'xcomp' || slot === 'ccomp' || slot === 'acl' || slot === 'advcl') candidates.push(...v.childrenWith(h, [slot]));
    else if (slot === 'obj') candidates.push(...(f.trigger.pos === 'verb' ? objectsOf(v, h, f.passive) : []));
    else candidates.push(...finder.prepDeps(h, slot));
  }
  for (const c of candidates) {
    const found = triggerAt(ctx, c, f);
    if (found) return found;
  }
  return null;
}

function triggerAt(ctx: CoderContext, c: number, f: Match): Match | null {
  const { v, byHead } = ctx;
  const direct = byHead.get(c);
  if (direct && direct !== f) return direct;
  // "pledged to hold talks": the complement is a light verb whose object is the act.
  for (const m of byHead.values()) if (m !== f && m.support === c) return m;
  // "vowed to help rebuild", "ruled out the use of force": one more step down, but not through
  // "the possibility of", "the risk of", which make the act hypothetical rather than framed.
  if (ctx.lexicon.grammar.hypotheticalNouns.has(v.lemma[c])) return null;
  for (const k of v.childrenWith(c, ['xcomp', 'nmod', 'acl'])) {
    if (v.rel[k] === 'nmod' && v.caseOf(k) !== 'of') continue;
    const m = byHead.get(k);
    if (m && m !== f) return m;
  }
  return null;
}

function isQuestion(v: SyntaxView, from: number, to: number): boolean {
  for (let k = to - 1; k >= from; k--) {
    if (v.upos[k] !== 'PUNCT') return false;
    if (v.lower[k].includes('?')) return true;
  }
  return false;
}
