/**
 * A reporter's second act read as part of what it reported: "The minister said the seizure violated
 * international law and demanded that Iran release the ship", "Trudeau said India had made an error
 * and called on New Delhi to cooperate", with "demanded" / "called" a conjunct of the reported verb
 * (so the seizure demands, India calls on itself). In news a speaker who says something "and"
 * urges, demands, calls on or accuses someone does so in their own voice: such appeals and charges
 * are what the reporter adds to its statement, not acts inside the statement. UD hangs that second
 * predicate on the reporting verb as its `conj`, sharing the reporter's subject.
 *
 * The repair is narrow: the reported clause has its own subject, the second verb has no subject or
 * auxiliary of its own (an auxiliary — "said it would … and would urge …" — keeps it inside the
 * report), is opened by "and", is a directive or accusing verb, and is inflected like the reporting
 * verb (both past: "said … and urged"; both present: "says … and urges"), since a conjunct of
 * the reported clause may be in any tense ("says Iran had seized the ship and demanded ransom").
 */

import { childrenLists } from './repair-children.js';

/** Verbs of appealing, demanding and accusing that a reporter adds to its statement. */
const REPORTER_ACTS = new Set(['urge', 'call', 'demand', 'appeal', 'accuse', 'condemn', 'denounce', 'criticize', 'criticise', 'blame']);

/** Relations that give a verb a subject or auxiliary of its own. */
const OWN = new Set(['nsubj', 'nsubj:pass', 'csubj', 'expl', 'aux', 'aux:pass', 'cop']);

/** The tense a verb form shows by its ending: past ("said", "urged"), present ("says", "urges"), or none. */
function inflection(form: string, lemma: string): 'past' | 'present' | null {
  if (form === 'said' || form === 'told' || (form.endsWith('ed') && !lemma.endsWith('ed'))) return 'past';
  if (form.endsWith('s') && !lemma.endsWith('s')) return 'present';
  return null;
}

/**
 * Rewrites `head` and `rel` in place so that an appeal or accusation conjoined to the clause a
 * reporting verb reports becomes a conjunct of the reporting verb. `isSpeech` tells a reporting
 * verb's lemma. Returns true when anything changed.
 * `kids` are the children lists of `head` (`repair-children.ts`; built here when not given).
 */
export function repairReporterConjuncts(head: Int32Array, rel: string[], upos: readonly string[], lemma: readonly string[], lower: readonly string[], isSpeech: (lemma: string) => boolean, kids: number[][] = childrenLists(head)): boolean {
  const n = head.length;
  let changed = false;
  for (let r = 1; r < n; r++) {
    if (upos[r] !== 'VERB' || !isSpeech(lemma[r]) || rel[r] === 'conj') continue;
    // The reporter is named before its verb ("Trudeau said …"), and the verb is finite.
    if (!kids[r].some((k) => k < r && rel[k] === 'nsubj')) continue;
    const tense = inflection(lower[r], lemma[r]);
    if (tense === null || kids[r].some((k) => rel[k] === 'aux' || rel[k] === 'aux:pass')) continue;
    for (const c of kids[r]) {
      if (c < r || rel[c] !== 'ccomp' || upos[c] !== 'VERB') continue;
      if (!kids[c].some((k) => k < c && (rel[k] === 'nsubj' || rel[k] === 'nsubj:pass'))) continue;
      for (const v2 of conjunctsWithin(c, kids, rel)) {
        if (v2 < c || upos[v2] !== 'VERB' || !REPORTER_ACTS.has(lemma[v2])) continue;
        if (kids[v2].some((k) => OWN.has(rel[k]))) continue;
        if (!kids[v2].some((k) => k < v2 && rel[k] === 'cc' && lower[k] === 'and')) continue;
        if (inflection(lower[v2], lemma[v2]) !== tense) continue;
        const h = head[v2];
        // Deeper in the report ("said the operations would continue until the area is cleared and
        // accused …"), the verb it hangs on must not be one it could share a subject and tense with:
        // a verb with an auxiliary, or inflected otherwise. "said Iran seized the ship after it
        // boarded the tanker and accused …" stays as parsed.
        if (h !== c && !kids[h].some((k) => OWN.has(rel[k]) && rel[k].startsWith('aux')) && inflection(lower[h], lemma[h]) === tense) continue;
        // An object after the moved verb that the parser gave to the verb it hung on is its own
        // ("… is cleared and accused Iraqi authorities of …", with "authorities" the passive's object).
        const stray = kids[h].find((k) => k > v2 && rel[k] === 'obj');
        if (h !== c && stray !== undefined && !kids[v2].some((k) => rel[k] === 'obj')) {
          head[stray] = v2;
          kids[h].splice(kids[h].indexOf(stray), 1);
          kids[v2].push(stray);
        }
        head[v2] = r;
        kids[h].splice(kids[h].indexOf(v2), 1);
        kids[r].push(v2);
        changed = true;
      }
    }
  }
  return changed;
}

/**
 * The conjuncts inside the reported clause headed by `c`: its own, and those of the verbs below it
 * (an adverbial clause, a complement), in sentence order. Conjuncts of nouns are not looked into.
 */
function conjunctsWithin(c: number, kids: readonly number[][], rel: readonly string[]): number[] {
  const out: number[] = [];
  const stack = [c];
  while (stack.length > 0) {
    const v = stack.pop() as number;
    for (const k of kids[v]) {
      if (rel[k] === 'conj') out.push(k);
      else if (/^(?:advcl|xcomp|ccomp)/.test(rel[k])) stack.push(k);
    }
  }
  return out.sort((a, b) => a - b);
}
