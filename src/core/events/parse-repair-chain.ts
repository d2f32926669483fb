/**
 * The parse repairs the event coder's syntax view applies, in the order they run. Each repair
 * rewrites a copy of the parser's heads (and sometimes relations) where a reading the coder meets
 * often in news is wrong; later repairs see what earlier ones did, so the order is part of the
 * behaviour. Adding a repair is one line in `REPAIRS`.
 */
import { repairAccusedOf } from './accused-of-repair.js';
import { repairAdjectiveObjects } from './adjective-object-repair.js';
import { repairAppositiveSubjects } from './appositive-subject-repair.js';
import { repairAsClauses } from './as-clause-repair.js';
import { repairBuriedPredicates } from './buried-predicate-repair.js';
import { repairCalledObjects } from './called-object-repair.js';
import { repairClosingReports, repairContactReports, repairOrphanReports } from './closing-report-repair.js';
import { repairContentClauses } from './content-clause-repair.js';
import { repairFixedAdverbials } from './fixed-adverbial-repair.js';
import { repairForClauses } from './for-clause-repair.js';
import { repairForInfinitives } from './for-infinitive-repair.js';
import { repairFrontedPhrases } from './fronted-phrase-repair.js';
import { repairImpossibleLabels } from './impossible-label-repair.js';
import { repairDateCompounds, repairHyphenModifiers, repairLoneIndirectObjects, repairNounRootPredicates, repairPrepositionHeads, repairReportingSubjects, repairVerbNounConjuncts } from './parse-repairs.js';
import { repairObjectConjunctVerbs } from './object-conjunct-verb-repair.js';
import { repairParticipleConjuncts } from './participle-conjunct-repair.js';
import { repairParticiplePassives } from './participle-passive-repair.js';
import { repairPrepositionClauses } from './preposition-clause-repair.js';
import { repairTemporalSubjects } from './temporal-subject-repair.js';
import { repairTimeSpans } from './time-span-repair.js';
import { repairTrailingParticiples } from './trailing-participle-repair.js';
import { repairQuantityModifiers } from './quantity-modifier-repair.js';
import { repairReducedRelatives } from './reduced-relative-repair.js';
import { repairRemovalSources } from './removal-source-repair.js';
import { repairSaidClauses } from './said-clause-repair.js';
import { repairReportRoots, repairSwallowedReporters } from './report-root-repair.js';
import { repairReportedObjects } from './reported-object-repair.js';
import { repairReporterConjuncts } from './reporter-conjunct-repair.js';
import { repairDatedReportedClauses, repairReportedClauses } from './reported-clause-repair.js';
import { repairUnmarkedObjects } from './unmarked-object-repair.js';
import { repairTitleAppositions } from './title-apposition-repair.js';
import { repairWithAbsolutes } from './with-absolute-repair.js';
import { RepairChildren } from './repair-children.js';

/** The token arrays a repair reads and rewrites (`head` and `rel` in place). */
export interface RepairTokens {
  /** A copy of the parser's heads, rewritten in place. */
  readonly head: Int32Array;
  /** Relations per token, rewritten in place. */
  readonly rel: string[];
  readonly upos: readonly string[];
  readonly lemma: readonly string[];
  /** Lower-cased surface forms. */
  readonly lower: readonly string[];
  /** Surface forms as written. */
  readonly forms: readonly string[];
  /** 1 for tokens inside a date expression. */
  readonly temporal: Uint8Array;
  /** True for reporting verbs' lemmas; without it the repairs around reporting verbs are skipped. */
  readonly isSpeech?: (lemma: string) => boolean;
}

/**
 * One repair: rewrites the tokens in place and returns true when it changed anything. Repairs that
 * walk the tree downwards read the children lists of the chain run (`repair-children.ts`).
 */
type Repair = (t: RepairTokens, children: RepairChildren) => boolean;

/** The repairs, in the order they run. */
const REPAIRS: readonly Repair[] = Object.freeze([
  (t: RepairTokens) => repairDateCompounds(t.head, t.rel, t.upos, t.temporal),
  (t: RepairTokens) => repairTemporalSubjects(t.head, t.rel, t.upos, t.temporal),
  (t: RepairTokens) => repairTimeSpans(t.head, t.rel, t.upos, t.lemma, t.lower),
  (t: RepairTokens) => repairImpossibleLabels(t.head, t.rel, t.upos, t.forms),
  (t: RepairTokens) => repairHyphenModifiers(t.head, t.rel, t.upos, t.lower),
  (t: RepairTokens) => repairQuantityModifiers(t.head, t.rel, t.upos, t.lower),
  (t: RepairTokens) => repairPrepositionHeads(t.head, t.rel, t.upos),
  (t: RepairTokens) => repairLoneIndirectObjects(t.head, t.rel, t.upos, t.temporal),
  (t: RepairTokens) => repairUnmarkedObjects(t.head, t.rel, t.upos, t.lower, t.temporal),
  (t: RepairTokens) => repairForClauses(t.head, t.rel, t.upos, t.lower),
  (t: RepairTokens) => repairForInfinitives(t.head, t.rel, t.upos, t.lower),
  (t: RepairTokens) => repairTitleAppositions(t.head, t.rel, t.upos, t.lower),
  (t: RepairTokens) => repairAccusedOf(t.head, t.rel, t.upos, t.lemma, t.lower),
  (t: RepairTokens) => repairCalledObjects(t.head, t.rel, t.upos, t.lemma, t.lower),
  (t: RepairTokens) => repairAdjectiveObjects(t.head, t.rel, t.upos, t.lemma, t.temporal),
  (t: RepairTokens) => repairPrepositionClauses(t.head, t.rel, t.upos, t.lower),
  (t: RepairTokens) => repairFrontedPhrases(t.head, t.rel, t.upos, t.lower),
  (t: RepairTokens) => repairNounRootPredicates(t.head, t.rel, t.upos, t.forms, t.lemma),
  (t: RepairTokens) => repairBuriedPredicates(t.head, t.rel, t.upos, t.forms, t.lemma),
  (t: RepairTokens) => repairAppositiveSubjects(t.head, t.rel, t.upos, t.forms),
  (t: RepairTokens) => repairFixedAdverbials(t.head, t.rel, t.upos, t.lower),
  (t: RepairTokens) => repairObjectConjunctVerbs(t.head, t.rel, t.upos, t.lower, t.lemma),
  (t: RepairTokens) => repairVerbNounConjuncts(t.head, t.rel, t.upos),
  (t: RepairTokens) => repairSaidClauses(t.head, t.rel, t.upos, t.lower, t.lemma),
  (t: RepairTokens, c: RepairChildren) => (t.isSpeech ? repairReportedObjects(t.head, t.rel, t.upos, t.lemma, t.forms, t.temporal, t.isSpeech, c.of(t.head)) : false),
  (t: RepairTokens) => (t.isSpeech ? repairReportingSubjects(t.head, t.rel, t.upos, t.lemma, t.isSpeech) : false),
  (t: RepairTokens) => (t.isSpeech ? repairOrphanReports(t.head, t.rel, t.upos, t.lemma, t.isSpeech) : false),
  (t: RepairTokens) => (t.isSpeech ? repairClosingReports(t.head, t.rel, t.upos, t.lemma, t.lower, t.isSpeech) : false),
  (t: RepairTokens) => (t.isSpeech ? repairContactReports(t.head, t.rel, t.upos, t.lemma, t.lower, t.isSpeech) : false),
  (t: RepairTokens) => (t.isSpeech ? repairReportRoots(t.head, t.rel, t.upos, t.lemma, t.lower, t.isSpeech) : false),
  (t: RepairTokens) => (t.isSpeech ? repairSwallowedReporters(t.head, t.rel, t.upos, t.lemma, t.lower, t.isSpeech) : false),
  (t: RepairTokens, c: RepairChildren) => (t.isSpeech ? repairReportedClauses(t.head, t.rel, t.upos, t.lemma, t.isSpeech, c.of(t.head)) : false),
  (t: RepairTokens, c: RepairChildren) => (t.isSpeech ? repairReporterConjuncts(t.head, t.rel, t.upos, t.lemma, t.lower, t.isSpeech, c.of(t.head)) : false),
  (t: RepairTokens) => (t.isSpeech ? repairDatedReportedClauses(t.head, t.rel, t.upos, t.lemma, t.lower, t.temporal, t.isSpeech) : false),
  (t: RepairTokens) => (t.isSpeech ? repairTrailingParticiples(t.head, t.rel, t.upos, t.lemma, t.lower, t.isSpeech) : false),
  (t: RepairTokens) => repairReducedRelatives(t.head, t.rel, t.upos, t.lower, t.lemma, t.temporal),
  (t: RepairTokens, c: RepairChildren) => repairParticiplePassives(t.head, t.rel, t.upos, t.lower, t.lemma, t.temporal, c.of(t.head), t.isSpeech),
  (t: RepairTokens) => repairParticipleConjuncts(t.head, t.rel, t.upos, t.lower),
  (t: RepairTokens) => repairAsClauses(t.head, t.rel, t.upos, t.lower, t.lemma),
  (t: RepairTokens) => repairWithAbsolutes(t.head, t.rel, t.upos, t.lower),
  (t: RepairTokens) => repairContentClauses(t.head, t.rel, t.upos, t.lower),
  (t: RepairTokens) => repairRemovalSources(t.head, t.rel, t.upos, t.lemma),
]);

/**
 * Runs every repair on `t`, in order, each seeing the heads the earlier ones left. Returns true when
 * any of them changed anything (the caller then reads `t.head` instead of the parser's heads).
 */
export function runParseRepairs(t: RepairTokens): boolean {
  let changed = false;
  const children = new RepairChildren();
  // Every repair runs, whether or not an earlier one changed something.
  for (const repair of REPAIRS) {
    if (!repair(t, children)) continue;
    changed = true;
    children.drop();
  }
  return changed;
}
