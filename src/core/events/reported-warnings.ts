/**
 * Warnings that report instead of threaten. "Warned that Russia's annexation violated international
 * law", "warnings by the West that the referendum breached the constitution", "Washington's warning
 * that Iran had broken the deal": a warning whose content clause tells what someone else has done is
 * a statement or a charge about a finished act, not a threat — the warner announces no act of its
 * own and asks for none. Warnings of what will or could come ("warned that sanctions would follow",
 * "warned Iran that it would pay a price") stay threats.
 *
 * The content clause is read where news parses put it: under the warning word (`ccomp`, `acl`),
 * hung on the verb that governs the warning noun ("came despite warnings by the West that …" with
 * the clause on "came"), or read as a relative clause of the warner named in a "by"/"from" phrase
 * ("warnings by the West that …" with the clause on "West").
 */
import type { CoderContext } from './coder-context.js';
import type { Participant } from './actor-index.js';
import { sameActor } from './participants.js';
import type { SyntaxView } from './syntax-view.js';
import { strandedThatClause } from './stranded-complements.js';
import type { Match } from './trigger-match.js';

/**
 * True when the warning `m` (a threaten frame) has a that-clause for content whose predicate is a
 * finished act or state in the past, done by someone other than the warner (`warners`, the frame's
 * sources).
 */
export function warnsOfDoneAct(ctx: CoderContext, m: Match, warners: readonly Participant[]): boolean {
  const v = ctx.v;
  return contentClauses(v, m).some((c) => finishedPast(ctx, c) && byOther(ctx, c, warners));
}

/** The that-clauses that say what warning `m` is about. */
export function contentClauses(v: SyntaxView, m: Match): number[] {
  const h = m.head;
  const out = v.childrenWith(h, ['ccomp', 'acl']).filter((c) => openedByThat(v, c));
  if (m.trigger.pos !== 'noun') return out;
  out.push(...strandedThatClause(v, h));
  // "warnings by the West that the annexation violated international law" with the clause read as a
  // relative clause of "West": a clause with a subject of its own and no gap for "that" to fill is
  // the warning's content, not something said of the warner.
  for (const n of v.childrenWith(h, ['nmod'])) {
    const prep = v.caseOf(n);
    if (prep !== 'by' && prep !== 'from') continue;
    for (const c of v.childrenWith(n, ['acl'])) if (openedByThat(v, c) && !relativeGap(v, c)) out.push(c);
  }
  return out;
}

/** The clause `c` begins with "that" (as its subordinator, or the word a parser made a pronoun). */
function openedByThat(v: SyntaxView, c: number): boolean {
  const first = v.subtreeRange(c)[0];
  return first < c && v.lower[first] === 'that' && v.head[first] === c;
}

/**
 * True when "that" opening clause `c` fills a role of its verb as a relative pronoun does: the
 * subject ("the countries that border Syria"), or the object of a verb with no other object or
 * subject ("the officials that Russia ignored" has a subject, but "ignored" lacks its object).
 */
function relativeGap(v: SyntaxView, c: number): boolean {
  const that = v.subtreeRange(c)[0];
  if (v.relIs(that, ['nsubj', 'mark'])) return v.relIs(that, ['nsubj']);
  const subjects = v.childrenWith(c, ['nsubj', 'nsubj:pass']).filter((k) => k !== that);
  if (!subjects.length) return true;
  // An object slot already taken (by a noun, even one the parser labelled a bare oblique) leaves
  // "that" nothing to stand for.
  const objects = v.children(c).filter((k) => k !== that && k > c && (v.relIs(k, ['obj', 'ccomp']) || (v.relIs(k, ['obl']) && v.caseOf(k) === null && !v.isTemporal(k))));
  return !objects.length && !v.isPassive(c);
}

/**
 * True when clause `c` reports something finished: a past form ("violated", "broke") or a perfect
 * ("had broken"), with no modal or future auxiliary. Present forms ("violates"), "-ing" forms and
 * infinitives say what is or will be.
 */
function finishedPast(ctx: CoderContext, c: number): boolean {
  const v = ctx.v;
  const g = ctx.lexicon.grammar;
  if (v.upos[c] !== 'VERB') return false;
  const aux = v.childrenWith(c, ['aux', 'aux:pass']);
  if (aux.some((a) => g.futureAux.has(v.lemma[a]) || g.conditionalAux.has(v.lemma[a]) || g.hypotheticalAux.has(v.lemma[a]) || v.lemma[a] === 'to')) return false;
  if (v.childrenWith(c, ['mark']).some((k) => v.lemma[k] === 'to')) return false;
  if (aux.some((a) => v.lemma[a] === 'have')) return true;
  if (aux.length) return aux.some((a) => v.lemma[a] === 'be' && /^(was|were)$/.test(v.lower[a]));
  const form = v.lower[c];
  const lemma = v.lemma[c];
  return form !== lemma && !form.endsWith('ing') && form !== `${lemma}s` && form !== `${lemma}es` && !(lemma.endsWith('y') && form === `${lemma.slice(0, -1)}ies`);
}

/** True when the subject of clause `c` is named and is not the warner itself ("it", "we" may well be). */
function byOther(ctx: CoderContext, c: number, warners: readonly Participant[]): boolean {
  const v = ctx.v;
  const subjects = v.childrenWith(c, ['nsubj', 'nsubj:pass']).filter((k) => v.lower[k] !== 'that');
  if (!subjects.length) return false;
  if (subjects.some((k) => v.upos[k] === 'PRON')) return false;
  const doers = subjects.flatMap((k) => ctx.finder.group(k));
  return !doers.some((p) => warners.some((s) => sameActor(s, p)));
}
