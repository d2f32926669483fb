/**
 * Sources given by reported speech rather than by a trigger's own slots: who makes a judgement
 * ("which Beijing called provocative"), who stands behind an unresolved pronoun subject (the
 * speaker), and who reports a clause (its reporting verb's subject or the quotation's speaker).
 */
import type { Participant } from './actor-index.js';
import type { SyntaxView } from './syntax-view.js';
import { heldByNoun } from './obligations.js';
import type { CoderContext } from './coder-context.js';
import type { Match } from './trigger-match.js';

/** Who makes a judgement: the subject of "called/described X …", else the reporting verb's subject, else the quote's speaker. */
export function evaluator(ctx: CoderContext, m: Match, reportedBy: number): Participant[] {
  const { v, finder, actors, lexicon } = ctx;
  let k = m.head;
  // Climb from a noun or adjective to its predicate: "called it a provocation", "called the visit provocative".
  for (let guard = 0; guard < 3 && v.head[k] >= 0; guard++) {
    // "denounced what Turnbull called North Korea's reckless actions" (the naming a relative clause
    // of the thing named, called-object-repair.ts): the judgement is the namer's.
    for (const r of v.childrenWith(k, ['acl:relcl'])) {
      if (v.upos[r] !== 'VERB' || !lexicon.grammar.evaluativeVerbs.has(v.lemma[r])) continue;
      const who = finder.subjectGroups(r);
      if (who.length) return who;
    }
    const p = v.head[k];
    if (v.upos[p] === 'VERB' && lexicon.grammar.evaluativeVerbs.has(v.lemma[p]) && v.relIs(k, ['xcomp', 'obj', 'obl', 'ccomp'])) {
      const who = finder.subjectGroups(p);
      if (who.length) return who;
    }
    if (!v.relIs(k, ['xcomp', 'conj', 'amod', 'nmod'])) break;
    k = p;
  }
  // "would have to provide evidence that Curiel was biased": a judgement a noun holds is nobody's the
  // clause names, not the reporter's.
  if (heldByNoun(v, k)) return [];
  const reporter = reportedBy >= 0 ? reportedBy : finder.orphanReport(m.head);
  if (reporter >= 0) {
    const who = finder.subjectGroups(reporter);
    if (who.length) return who;
  }
  const q = actors.quoteAt(v.doc.tokens.start[m.head]);
  const sp = q ? actors.speakerOf(q) : null;
  return sp ? [sp] : [];
}

/** Sources for an unresolved pronoun subject: the speaker of the quote or of the reporting verb. */
export function speakerFallback(ctx: CoderContext, m: Match, reportedBy: number): Participant[] {
  const { v, finder, actors, lexicon } = ctx;
  const g = lexicon.grammar;
  const subj = m.trigger.pos === 'verb' ? (m.passive ? finder.agents(m.head) : finder.subjects(m.head)) : m.support >= 0 ? finder.subjects(m.support) : [];
  // A pronoun, or a description of a state the actor layer left unresolved ("the Central American country").
  // A relative pronoun stands for its antecedent, never for the reporter ("warned it would cut off
  // countries that did not accept the terms": the countries do not accept, not the warner).
  const pron = subj.find((k) => !(g.relativePronouns.has(v.lemma[k]) && v.rel[v.head[k]]?.startsWith('acl')) && (v.upos[k] === 'PRON' || g.personalPronouns.has(v.lower[k]) || g.firstPerson.has(v.lower[k]) || (g.stateDescriptions.has(v.lemma[k]) && !ctx.finder.group(k).length)));
  if (pron === undefined) return [];
  if (g.firstPerson.has(v.lower[pron])) {
    const q = actors.quoteAt(v.doc.tokens.start[pron]);
    const sp = q ? actors.speakerOf(q) : null;
    if (sp) return [sp];
  }
  if (reportedBy < 0) return [];
  const reporters = finder.subjectGroups(reportedBy);
  // "The rebels insisted that the government release all prisoners": a state described by a
  // reporter who cannot be a state's government is the other side, not the reporter.
  const described = v.upos[pron] !== 'PRON' && g.stateDescriptions.has(v.lemma[pron]);
  return described ? reporters.filter(canGovern) : reporters;
}

/** Sectors of bodies outside any government: rebels, opposition, civil society, press, business. */
const NON_STATE_SECTORS = new Set(['REB', 'OPP', 'NGO', 'IGO', 'MED', 'BUS', 'EDU', 'CVL', 'ETH', 'REL', 'SEP', 'RAD', 'LAB', 'REF']);

/** Whether a participant may stand for a state's government: not an armed group, an IGO or a civil body. */
function canGovern(p: Participant): boolean {
  const a = p.actor;
  if (!a) return true;
  if (a.type === 'state') return true;
  if (a.type === 'group' || a.type === 'igo') return false;
  return a.sector === null || !NON_STATE_SECTORS.has(a.sector);
}

/** Who reports a clause: the subject of its reporting verb, else the speaker of the quotation it is in. */
export function reporter(ctx: CoderContext, m: Match, reportedBy: number): Participant[] {
  const { v, finder, actors } = ctx;
  if (reportedBy >= 0) {
    const who = finder.subjectGroups(reportedBy);
    if (who.length) return who;
  }
  const q = actors.quoteAt(v.doc.tokens.start[m.head]);
  const sp = q ? actors.speakerOf(q) : null;
  return sp ? [sp] : [];
}

/**
 * What a judgement noun is predicated of as the object's complement: "called **India's move** a
 * provocation", "branded the visit an act of aggression" (the noun hung on the object, or on the
 * verb beside it).
 */
export function judgedObject(ctx: CoderContext, m: Match): number[] {
  const { v, lexicon } = ctx;
  if (m.trigger.pos !== 'noun') return [];
  // "called the deal an act of aggression": the judgement is the phrase the trigger's "of" hangs in.
  let h = m.head;
  for (let guard = 0; guard < 2 && v.relIs(h, ['nmod']) && v.caseOf(h) === 'of' && v.head[h] >= 0 && v.upos[v.head[h]] === 'NOUN'; guard++) h = v.head[h];
  // "said Turkey's incursion was a violation of international law": a copular predicate judges its
  // subject (the trigger's own subject slot sees only "law").
  if (h !== m.head && v.childrenWith(h, ['cop']).length) {
    const subj = v.childrenWith(h, ['nsubj']);
    if (subj.length) return subj;
  }
  const p = v.head[h];
  if (p < 0) return [];
  // The noun on the object: "called [India's move] [a provocation]" read as nmod:unmarked or appos.
  if (v.relIs(h, ['nmod:unmarked', 'appos']) && v.relIs(p, ['obj']) && v.head[p] >= 0 && lexicon.grammar.evaluativeVerbs.has(v.lemma[v.head[p]])) return [p];
  // The noun on the verb, after its object: "called the move a provocation" read as xcomp/obj or
  // obl:unmarked, "described the move as a provocation" as an "as" oblique.
  if ((v.relIs(h, ['xcomp', 'obj']) || isJudgementOblique(v, h)) && v.upos[p] === 'VERB' && lexicon.grammar.evaluativeVerbs.has(v.lemma[p])) return v.childrenWith(p, ['obj']).filter((o) => o < h);
  return [];
}

/**
 * Whether `k` is a judgement told after its verb's object as an oblique: unmarked ("called the move
 * a provocation") or with "as" ("described the move as a provocation").
 */
export function isJudgementOblique(v: SyntaxView, k: number): boolean {
  return v.relIs(k, ['obl:unmarked']) || (v.relIs(k, ['obl']) && v.caseOf(k) === 'as');
}

/** Sectors of a state's bodies that arrest, detain and hold people. */
const HOLDING_SECTORS = new Set(['GOV', 'COP', 'JUD', 'MIL', 'SPY']);

/**
 * "20 people had been arrested, Egyptian authorities said": the authorities who announce an
 * arrest nobody is named as making are the ones who made it. The reporter of clause `reportedBy`
 * when every one of them is a state or a state's body (government, police, courts, army) with a
 * known country; else none (a lawyer or a rights group reporting an arrest made none).
 */
export function authorityReporter(ctx: CoderContext, reportedBy: number): Participant[] {
  if (reportedBy < 0) return [];
  // Named, not "it said": a pronoun's antecedent is too weak a ground to make someone the arrester.
  const subjects = ctx.finder.subjects(reportedBy);
  if (subjects.some((k) => ctx.v.upos[k] === 'PRON')) return [];
  const reporters = subjects.flatMap((k) => ctx.finder.group(k));
  const authority = (p: Participant): boolean => p.country !== null && p.actor !== null && (p.actor.type === 'state' || HOLDING_SECTORS.has(p.actor.sector ?? ''));
  return reporters.length && reporters.every(authority) ? reporters : [];
}
