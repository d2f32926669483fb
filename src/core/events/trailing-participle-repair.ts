/**
 * "Israeli forces raided the camp, killing five people, the health ministry said": with the report
 * at the end, the parser makes the participle a second clause reported by "said" instead of what
 * the raid did. A subjectless "-ing" clause set off by a comma right after the reported clause is
 * that clause's adverbial: its doer is the reported clause's subject.
 */
import { firstDependent } from './repair-children.js';

/**
 * Rewrites `head` and `rel` in place for each such participle. `isSpeech` tells reporting verbs'
 * lemmas. Returns true when anything changed.
 */
export function repairTrailingParticiples(
  head: Int32Array,
  rel: string[],
  upos: readonly string[],
  lemma: readonly string[],
  lower: readonly string[],
  isSpeech: (lemma: string) => boolean,
): boolean {
  const n = head.length;
  let changed = false;
  for (let p = 1; p < n; p++) {
    const report = head[p];
    if (report < 0 || report < p || rel[p] !== 'ccomp' || upos[p] !== 'VERB' || !lower[p].endsWith('ing') || !isSpeech(lemma[report])) continue;
    if (upos[p - 1] !== 'PUNCT' || lower[p - 1] !== ',') continue;
    if (firstDependent(head, p, (k) => rel[k].startsWith('nsubj') || rel[k] === 'aux' || rel[k] === 'mark') >= 0) continue;
    // The reported clause before it, under the same report.
    let clause = -1;
    for (let c = p - 1; c >= 0; c--) {
      if (head[c] === report && rel[c] === 'ccomp' && upos[c] === 'VERB') {
        clause = c;
        break;
      }
    }
    if (clause < 0 || firstDependent(head, clause, (k) => rel[k].startsWith('nsubj')) < 0) continue;
    head[p] = clause;
    rel[p] = 'advcl';
    changed = true;
  }
  return changed;
}
