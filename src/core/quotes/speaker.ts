/**
 * Speaker resolution: from the source's tokens to an actor of the actor layer. The mention covering
 * the source's head token gives the actor ("he" → the person the actor layer resolved it to; "the
 * Chinese leader" → Xi Jinping); a source that names a statement rather than a speaker speaks for
 * its issuer ("a statement from the Foreign Ministry", "a Kremlin readout"); an unnamed person
 * speaks for the organisation named beside them ("a State Department spokesperson"); otherwise the
 * source's own words name the speaker, in a record without an actor id.
 */
import type { AnalysisActor, QuoteSpeaker } from '../analysis/contract.js';
import type { Doc } from '../doc/doc.js';
import { textSpan } from '../span.js';
import type { TokenSpan } from './attribution.js';

/** Looks actors and mentions up by token. Build one per Doc. */
export interface SpeakerIndex {
  /**
   * The speaker named by `source` (head token `head`); a pronoun the actor layer left open, or a
   * statement that names no issuer, is flagged: it stands for a speaker named before.
   */
  resolve(source: TokenSpan, head: number): ResolvedSpeaker;
}

/** What {@link SpeakerIndex.resolve} finds. */
export interface ResolvedSpeaker {
  readonly speaker: QuoteSpeaker;
  /** The source is a pronoun the actor layer left open. */
  readonly unresolvedPronoun: boolean;
  /** The source is a statement that names no issuer ("said the statement"). */
  readonly statement?: boolean;
}

/** Tells whether a source's head names a medium (a statement, a readout) rather than a speaker. */
export type MediumTest = (head: number, span: TokenSpan) => boolean;

const TYPE_RANK: Record<string, number> = { person: 0, igo: 1, org: 2, group: 3, state: 4 };
/** Words dropped from the front of a source used as a name (the article's "the" stays: "the bloc"). */
const LEADING_FUNCTION = new Set(['ADP', 'CCONJ', 'PUNCT']);
/** Tokens that open an apposition or an aside after the name. */
const ASIDE = new Set([',', '(', '—', '–', ';', ':']);
/** Relations by which a statement names its issuer: "the ministry's statement", "a statement from the ministry", "a Kremlin readout". */
const ISSUER_RELS = new Set(['nmod:poss', 'nmod', 'compound']);
const ISSUER_PREPS = new Set(['from', 'of', 'by']);

/** A speaker index over `doc`'s mentions and actors (both may be empty). */
export function createSpeakerIndex(doc: Doc, isMedium: MediumTest = () => false): SpeakerIndex {
  const actors = new Map<string, AnalysisActor>(doc.actors.map((a) => [a.id, a]));
  const resolved = doc.mentions.filter((m) => m.ref !== null && actors.has(m.ref));

  /** The source's core: up to an apposition or aside after its head ("the statement, which was read out by …"). */
  const coreOf = (source: TokenSpan, head: number): TokenSpan => {
    let from = source.from;
    while (from < source.to - 1 && LEADING_FUNCTION.has(doc.pos(from))) from++;
    let to = from + 1;
    while (to < source.to && !(to > head && ASIDE.has(doc.tokenText(to)))) to++;
    return { from, to };
  };

  /** The issuer a statement names inside `core`, as its head token and span, or null. */
  const issuerOf = (core: TokenSpan, head: number): { head: number; span: TokenSpan } | null => {
    const found: { head: number; span: TokenSpan }[] = [];
    for (let t = core.from; t < core.to; t++) {
      if (doc.head(t) !== head || !ISSUER_RELS.has(doc.deprel(t))) continue;
      if (doc.deprel(t) === 'compound' && doc.pos(t) !== 'PROPN') continue;
      if (doc.deprel(t) === 'nmod') {
        let prep = '';
        for (let u = core.from; u < t; u++) if (doc.head(u) === t && doc.deprel(u) === 'case') prep = doc.tokenText(u).toLowerCase();
        if (!ISSUER_PREPS.has(prep)) continue;
      }
      let from = t;
      let to = t + 1;
      for (let u = core.from; u < core.to; u++) {
        let a = u;
        for (let d = 0; d < 16 && a >= 0 && a !== t && a !== head; d++) a = doc.head(a);
        if (a === t) {
          from = Math.min(from, u);
          to = Math.max(to, u + 1);
        }
      }
      // "a statement from Moscow's courts of general jurisdiction": what follows a "from" phrase
      // belongs to it, however the parser attached it
      if (doc.deprel(t) === 'nmod') to = core.to;
      while (from < to - 1 && doc.pos(from) === 'ADP') from++;
      // "a Telegram statement from the court": the channel is not the issuer
      if (!isMedium(t, { from, to })) found.push({ head: t, span: { from, to } });
    }
    // a possessor or a "from" phrase names the issuer more surely than a compound
    return found.find((f) => doc.deprel(f.head) !== 'compound') ?? found[0] ?? null;
  };
  const speakerFrom = (a: AnalysisActor, mention: TokenSpan): QuoteSpeaker => ({
    id: a.id,
    name: a.name,
    type: a.type,
    country: a.country,
    role: a.role ?? null,
    affiliation: a.affiliation ?? null,
    mention: textSpan(doc.text, doc.tokenSpan(mention.from, mention.to)),
  });
  const named = (span: TokenSpan, mention: TokenSpan, inner: AnalysisActor | null): QuoteSpeaker => {
    const s = doc.tokenSpan(span.from, span.to);
    return {
      id: null,
      name: doc.text.slice(s.start, s.end).replace(/\s+/g, ' '),
      type: null,
      country: inner?.country ?? null,
      role: null,
      affiliation: inner?.name ?? null,
      mention: textSpan(doc.text, doc.tokenSpan(mention.from, mention.to)),
    };
  };

  const resolveCore = (source: TokenSpan, head: number, mention: TokenSpan, depth: number): ResolvedSpeaker => {
    // "Ritu Malhotra, who studies …, put it bluntly": a relative pronoun speaks for the noun its
    // clause hangs on.
    const antecedent = source.to - source.from === 1 && depth < 2 ? antecedentOf(head) : -1;
    if (antecedent >= 0) return resolveCore({ from: antecedent, to: antecedent + 1 }, antecedent, mention, depth + 1);
    const core = coreOf(source, head);
    const covering = resolved
      .filter((m) => m.tokStart <= head && head < m.tokEnd)
      .sort((a, b) => a.tokEnd - a.tokStart - (b.tokEnd - b.tokStart));
    if (covering.length) {
      // "Border Guard Bangladesh said": a state whose name ends a body's name heads it in the parse,
      // but the body speaks.
      const m = (actors.get(covering[0].ref as string)?.type === 'state' && covering.find((x) => x.tokEnd === head + 1 && x.tokStart < covering[0].tokStart && actors.get(x.ref as string)?.type !== 'state')) || covering[0];
      const speaker = speakerFrom(actors.get(m.ref as string) as AnalysisActor, mention);
      // an actor found only in this text is named by its words; the attribution may word it more
      // fully ("Moscow's courts of general jurisdiction" for a mention of "Moscow's courts")
      let from = core.from;
      while (from < m.tokStart && doc.pos(from) === 'DET') from++;
      // A person keeps their name ("ministry spokeswoman Teresita Daza" is Teresita Daza), and a
      // stretch holding a verb is a misread clause, not a longer name.
      let clause = false;
      for (let k = from; k < core.to; k++) if (doc.pos(k) === 'VERB' || doc.pos(k) === 'AUX') clause = true;
      if (speaker.id?.startsWith('new:') && speaker.type !== 'person' && !clause && from <= m.tokStart && m.tokEnd <= core.to && core.to - from > m.tokEnd - m.tokStart) {
        const s = doc.tokenSpan(from, core.to);
        return { speaker: { ...speaker, name: doc.text.slice(s.start, s.end).replace(/\s+/g, ' ') }, unresolvedPronoun: false };
      }
      return { speaker, unresolvedPronoun: false };
    }
    // "the group's military spokesman, Yahya Saree": the name apposed to a description is the speaker.
    if (doc.pos(head) === 'NOUN') {
      const apposed = resolved.find((m) => m.tokStart === core.to + 1 && m.tokEnd <= source.to && doc.tokenText(core.to) === ',' && actors.get(m.ref as string)?.type === 'person');
      if (apposed) return { speaker: speakerFrom(actors.get(apposed.ref as string) as AnalysisActor, mention), unresolvedPronoun: false };
    }
    const medium = isMedium(head, core);
    if (medium && depth < 2) {
      const issuer = issuerOf(core, head);
      if (issuer) return resolveCore(issuer.span, issuer.head, mention, depth + 1);
    }
    const within = resolved
      .filter((m) => m.tokStart >= core.from && m.tokEnd <= core.to)
      .sort((a, b) => (TYPE_RANK[actors.get(a.ref as string)?.type ?? ''] ?? 9) - (TYPE_RANK[actors.get(b.ref as string)?.type ?? ''] ?? 9) || a.tokStart - b.tokStart);
    if (within.length) {
      const inner = actors.get(within[0].ref as string) as AnalysisActor;
      // "a Kremlin readout" is the Kremlin speaking; "a State Department spokesperson" is someone
      // unnamed who speaks for the State Department
      if (doc.pos(head) !== 'NOUN' || medium) return { speaker: speakerFrom(inner, mention), unresolvedPronoun: false };
      return { speaker: named(core, mention, inner), unresolvedPronoun: false };
    }
    // The core as the text words it: "Raffaello Pantucci, a senior fellow at …" → "Raffaello
    // Pantucci"; "the bloc" stays "the bloc"
    const pronoun = source.to - source.from === 1 && doc.pos(head) === 'PRON';
    return { speaker: named(core, mention, null), unresolvedPronoun: pronoun, statement: medium };
  };

  /** The noun a relative pronoun's clause modifies ("who" in "X, who studies …"), or -1. */
  function antecedentOf(t: number): number {
    if (!/^(who|which|that)$/i.test(doc.tokenText(t)) || doc.pos(t) !== 'PRON') return -1;
    // The clause's verb hangs on its noun (as acl:relcl, or as the parser misreads it: parataxis,
    // appos); a verb of a clause joined to that one shares the pronoun as subject.
    const verb = doc.head(t);
    if (verb < 0) return -1;
    const noun = doc.head(verb);
    if (noun >= 0 && /^(NOUN|PROPN)$/.test(doc.pos(noun)) && /^(acl|acl:relcl|parataxis|appos)$/.test(doc.deprel(verb))) return noun;
    return -1;
  }

  return { resolve: (source, head) => resolveCore(source, head, source, 0) };
}
