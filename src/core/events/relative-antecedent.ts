/**
 * The noun a relative pronoun stands for ("the group that has seized parts of Iraq", "which Beijing
 * said was provocative"): the noun its relative clause modifies — or, when the parser hung the clause
 * on a noun higher up that names nobody ("its campaign against the militant group that has seized
 * …"), the named noun right before the pronoun, which English puts next to its antecedent.
 */
import type { ActorIndex } from './actor-index.js';
import type { SyntaxView } from './syntax-view.js';

/** How many heads up from the pronoun the relative clause may sit ("which Beijing said was …"). */
const CLIMB = 3;

/**
 * The antecedent token of relative pronoun `tok`, or -1 when its clause is not found. `isRelative`
 * tells the relative pronouns ("that", "which", "who") by lemma.
 */
export function relativeAntecedent(v: SyntaxView, actors: ActorIndex, isRelative: (lemma: string) => boolean, tok: number): number {
  // Climb to the relative clause, through a reporting verb's complement ("which Beijing said was …").
  let clause = v.head[tok];
  for (let guard = 0; clause >= 0 && guard < CLIMB && !v.relIs(clause, ['acl']); guard++) {
    clause = v.relIs(clause, ['ccomp', 'xcomp']) ? v.head[clause] : -1;
  }
  const before = nounBefore(v, isRelative, tok);
  // "Who" stands for people.
  const people = v.lemma[tok] === 'who' || v.lemma[tok] === 'whom';
  if (clause >= 0 && v.relIs(clause, ['acl']) && v.head[clause] >= 0) {
    const noun = v.head[clause];
    // "expanding its campaign against the militant group that has seized …", with the clause hung on
    // "campaign": a noun of no actor does not act for the named group the pronoun stands right
    // after, inside its own phrase. (A noun that is an actor keeps the parser's reading: "the leader
    // of the group who …" may be the leader. So does a state or place, which such a phrase usually
    // names as where the act is — "the offensive in Syria that has killed …" — and a clause after a
    // comma, which often tells of the whole phrase.)
    // Only a common noun that is nobody's title: "Grijalva, the top Democrat on the committee who
    // helped …" is Grijalva. Only a described group, too: a name takes no restrictive clause ("a
    // piece for The Wall Street Journal that …" is no clause of the Journal's). "Who" stands for
    // people, not for a body.
    const named = before === tok - 1 && before !== noun && v.upos[noun] === 'NOUN' && v.upos[before] === 'NOUN' && !v.relIs(noun, ['appos']) ? actors.actorAt(before) : null;
    const kind = named?.actor?.type;
    const fits = people ? kind === 'person' || kind === 'group' : kind !== 'state';
    if (named && fits && !actors.placeAt(before) && !actors.actorAt(noun) && v.dominates(noun, before) && !sameMention(actors, noun, before)) return before;
    // "Robert Mercer, a longtime Club for Growth donor who backs Mr. Cruz": a "who" clause on a title
    // set beside a named person tells of the person, not of what the title names. ("…, a company in
    // Hebei that helps students" hung on a person tells of the company.)
    const titled = people && v.relIs(noun, ['appos']) && v.head[noun] >= 0 && !actors.actorAt(noun) ? actors.actorAt(v.head[noun]) : null;
    if (titled?.actor?.type === 'person') return v.head[noun];
    return noun;
  }
  // A relative clause the parser did not attach to its noun: the phrase just before the pronoun.
  return before;
}

/** The nominal right before the pronoun (commas aside), unless it is itself a relative pronoun; else -1. */
function nounBefore(v: SyntaxView, isRelative: (lemma: string) => boolean, tok: number): number {
  let k = tok - 1;
  while (k >= 0 && v.upos[k] === 'PUNCT') k--;
  return k >= 0 && v.isNominalLike(k) && !isRelative(v.lemma[k]) ? k : -1;
}

/** True when tokens `a` and `b` lie in one actor mention. */
function sameMention(actors: ActorIndex, a: number, b: number): boolean {
  const r = actors.mentionRange(a);
  return r !== null && b >= r[0] && b < r[1];
}
