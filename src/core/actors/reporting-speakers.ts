/**
 * Who says the clause a pronoun opens: the person or body that is the subject of the verb of saying
 * whose reported clause begins with the pronoun ("China said it would…", "Lula, speaking after talks,
 * said he…", "the rebels denied on Tuesday that they…"). Read from the words before the pronoun and,
 * where there is one, from the parse. Used by pronoun resolution (pronouns.ts).
 */
import type { Doc } from '../doc/doc.js';
import type { Draft } from './draft.js';
import type { KnownPerson } from './pronouns.js';
import { wordAt } from './token-context.js';

/** A token that opens or closes a quotation. */
const QUOTE_MARK = /^(?:["“”„«»'‘’`]|''|``)$/;

/** Lemmas of verbs of saying and thinking whose reported clause's subject pronoun is usually their own subject. */
const SAYING = new Set(['say', 'tell', 'announce', 'warn', 'state', 'insist', 'add', 'argue', 'claim', 'vow', 'promise', 'confirm', 'deny', 'reiterate', 'declare', 'pledge', 'threaten', 'hope', 'believe', 'think', 'note', 'stress', 'explain', 'write', 'suggest', 'acknowledge', 'admit', 'emphasize', 'emphasise', 'predict', 'recall', 'complain', 'assert', 'maintain']);

/**
 * The person who says the clause a subject pronoun opens: "X said (that) he …", "X, speaking after
 * talks with Y, said he …" — the reporting verb's own subject, when it is a person of a gender that
 * fits, named before the pronoun. Read from the parse: the pronoun is the subject of a `ccomp` of a
 * verb of saying. Null otherwise.
 */
export function reportingPerson(doc: Doc, d: Draft, persons: readonly KnownPerson[]): KnownPerson | null {
  const t = reportingSubjectToken(doc, d);
  if (t < 0) return null;
  const p = persons.find((c) => c.start <= t && t < c.end && c.end <= d.tokStart);
  if (!p) return null;
  // The person's gender as any of their mentions tells it ("The FBI director" after "James Comey");
  // unknown, the speaker counts: most people new to the article have none on record.
  const gender = p.gender ?? persons.find((c) => c.key === p.key && c.gender)?.gender ?? null;
  return gender === d.gender || !gender ? p : null;
}

/**
 * The subject token of the verb of saying whose reported clause (`ccomp`) subject pronoun `d` opens,
 * or -1: no parse, no such verb, or a quotation mark or comma between the verb and the pronoun.
 */
function reportingSubjectToken(doc: Doc, d: Draft): number {
  if (!doc.has('deps') || !doc.has('lemmas') || d.tokEnd - d.tokStart !== 1 || !/^nsubj/.test(doc.deprel(d.tokStart))) return -1;
  const verb = doc.head(d.tokStart);
  if (verb < 0 || doc.deprel(verb) !== 'ccomp') return -1;
  const say = doc.head(verb);
  if (say < 0 || !SAYING.has(doc.lemma(say))) return -1;
  // Inside a quotation the speaker is "I": "Manafort said of Trump, ''He cares …''" is Trump. And a
  // comma between them breaks the report ("The good news for Cruz, Woolson said, is that … he's").
  for (let t = say + 1; t < d.tokStart; t++) if (QUOTE_MARK.test(doc.tokenText(t)) || doc.tokenText(t) === ',') return -1;
  for (let t = doc.sentences.tokStart[doc.sentenceOf(say)]; t < say; t++) if (doc.head(t) === say && doc.deprel(t) === 'nsubj') return t;
  return -1;
}

/**
 * The draft that is the subject of the verb of saying whose reported clause a subject pronoun opens,
 * read from the parse ("the rebels denied on Tuesday that they …"), or null.
 */
export function reportingBody(doc: Doc, d: Draft, drafts: readonly Draft[], k: number): Draft | null {
  const t = reportingSubjectToken(doc, d);
  // (The verb of saying before the pronoun: "they said" after the clause is no report it opens.)
  if (t < 0 || doc.head(doc.head(d.tokStart)) > d.tokStart) return null;
  for (let j = k - 1; j >= 0; j--) if (drafts[j].tokStart <= t && t < drafts[j].tokEnd) return drafts[j];
  return null;
}

/** A state, IGO or organisation, named or described ("the bloc"), resolved to one entity. */
export const isBody = (c: Draft) => (c.kind === 'state' || c.kind === 'igo' || c.kind === 'org' || (c.kind === 'description' && !!c.standsFor)) && !c.plural && c.refs.length > 0;

/** Verbs of saying and deciding whose subject an "it" right after them usually is ("X said it would…"). */
const REPORTING = new Set(['said', 'says', 'announced', 'announces', 'warned', 'warns', 'stated', 'insisted', 'added', 'argued', 'claimed', 'vowed', 'promised', 'confirmed', 'denied', 'reiterated', 'indicated', 'signalled', 'signaled', 'declared', 'pledged', 'threatened', 'decided', 'hoped', 'believes', 'believed', 'noted', 'stressed', 'told', 'informed', 'assured', 'urged', 'notified', 'reminded', 'advised', 'briefed']);
/** Reporting verbs whose object is the one told, not the one the report is about ("told Tokyo it would …"). */
const ADDRESSING = new Set(['told', 'informed', 'notified', 'assured', 'warned', 'reminded', 'advised', 'briefed']);

/**
 * The body that is the subject of the reporting verb an "it" follows: "China said (that) it…",
 * "the ministry also warned that it…", "Beijing told Tokyo it…" (the told party is not the one who
 * speaks of itself). Null when the pronoun does not follow such a verb or its subject is no body.
 */
export function reportingSubject(doc: Doc, d: Draft, drafts: Draft[], k: number): Draft | null {
  const subject = reportingDraft(doc, d, drafts, k);
  return subject && isBody(subject) ? subject : null;
}

/**
 * The draft that is the subject of the reporting verb a pronoun follows ("China said (that) it…",
 * "the rebels denied that they…"), of any kind; null when no reporting verb comes right before.
 */
export function reportingDraft(doc: Doc, d: Draft, drafts: Draft[], k: number): Draft | null {
  const w = (i: number) => wordAt(doc, i);
  let t = d.tokStart - 1;
  if (w(t) === 'that') t--;
  // "told Tokyo it …", "notified Congress that it had approved …": skip the addressee, named just before the pronoun.
  const addressee = drafts[k - 1];
  if (addressee && addressee.tokEnd === t + 1 && ADDRESSING.has(w(addressee.tokStart - 1))) t = addressee.tokStart - 1;
  if (!REPORTING.has(w(t))) return null;
  const adverb = w(t - 1);
  if (adverb === 'also' || adverb === 'has' || adverb === 'had' || /^[a-z]+ly$/.test(adverb)) t--;
  // "Iran rejected talks with Washington and said it …": a reporting verb after "and" shares the
  // subject of the verb it is conjoined to, not the body named just before it.
  if (w(t - 1) === 'and') return sharedSubject(doc, drafts, k, t);
  // The widest draft ending right before the verb: "the junta in Niger", not "Niger".
  let subject: Draft | null = null;
  for (let j = k - 1; j >= 0; j--) {
    const c = drafts[j];
    if (c.tokEnd > t) continue;
    if (c.tokEnd < t && c.tokStart < t) break;
    if (c.tokEnd === t && (!subject || c.tokStart < subject.tokStart)) subject = c;
  }
  return subject;
}

/**
 * The body that is the subject of the verb a conjoined reporting verb at `t` hangs on ("Iran
 * rejected … and said it"), read from the parse; null without one.
 */
function sharedSubject(doc: Doc, drafts: Draft[], k: number, t: number): Draft | null {
  if (!doc.has('deps') || doc.deprel(t) !== 'conj') return null;
  const verb = doc.head(t);
  if (verb < 0) return null;
  const s = doc.sentenceOf(verb);
  for (let x = doc.sentences.tokStart[s]; x < verb; x++) {
    if (doc.head(x) !== verb || doc.deprel(x) !== 'nsubj') continue;
    for (let j = k - 1; j >= 0; j--) {
      const c = drafts[j];
      if (c.tokStart <= x && x < c.tokEnd && isBody(c)) return c;
    }
  }
  return null;
}
