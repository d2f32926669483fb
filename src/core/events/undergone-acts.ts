/**
 * Acts a noun names that its clause's subject undergoes rather than does: "faced pressure from
 * Congress", "drew criticism from Beijing", "came under attack from rebels", "is under pressure from
 * the EU to …". The act is whoever its "from"/"by" phrase names, done to the subject.
 */
import type { EventGrammar } from './lexicon-types.js';
import type { SyntaxView } from './syntax-view.js';
import type { Match } from './trigger-match.js';

/**
 * True when noun trigger `m` names an act its clause's subject undergoes: the object of a verb of
 * receiving ("faced", "drew", "won"), or an "under" phrase of a verb with no object of its own
 * ("came under", "remained under"; not "placed them under arrest", whose subject acts) or of a
 * copula ("is under pressure").
 */
export function isUndergone(v: SyntaxView, g: EventGrammar, m: Match): boolean {
  if (m.trigger.pos !== 'noun') return false;
  if (m.support >= 0 && g.receivingVerbs.has(v.lemma[m.support])) return true;
  if (v.caseOf(m.head) !== 'under') return false;
  if (m.support >= 0) return !v.childrenWith(m.support, ['obj', 'iobj']).length && !v.isPassive(m.support);
  return v.childrenWith(m.head, ['cop']).length > 0 && v.childrenWith(m.head, ['nsubj']).length > 0;
}
