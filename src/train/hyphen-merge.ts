/**
 * Merging hyphen-split words into one token, as Entente's tokenizer keeps them at run time
 * ("Nur-Sultan", "cease-fire", "14-year-old" are one token; the UD treebanks split them into
 * `Nur - Sultan` with SpaceAfter=No). Which runs merge is decided by the tokenizer's own rule
 * (`core/text/hyphen-groups.ts`, see `core/text/TOKENIZATION.md`), so training matches run time.
 * The merged word takes the tag, relation and head of the piece whose head lies outside the group
 * (`groupHead`); words attached to any piece attach to the merged word. Optionally
 * (`participleAdjectives`), a merged modifier whose head piece is a participle ("war-torn",
 * "Russian-backed", "UN-brokered": amod, VBN/VBG) is tagged ADJ|JJ — as one word it is an
 * adjective, and tagged VERB the parser reads it as a clause ("to war-torn Mozambique" became
 * mark + obj).
 */
import type { ConlluSentence, ConlluWord } from '../core/syntax/conllu.js';
import { groupHead, hyphenGroups as tokenizerGroups } from '../core/text/hyphen-groups.js';

/** Word-index ranges `[from, to)` (0-based) the tokenizer would write as one token. */
export function hyphenGroups(s: ConlluSentence): Array<[number, number]> {
  return tokenizerGroups(s.words.map((w) => w.form), s.words.map((w) => w.spaceAfter));
}

/**
 * `s` with every hyphen group merged into one word (the same object when there is none).
 * `participleAdjectives`: merged participle modifiers become ADJ|JJ (see above).
 */
export function mergeHyphens(s: ConlluSentence, groups = hyphenGroups(s), participleAdjectives = false): ConlluSentence {
  if (groups.length === 0) return s;
  const old = s.words;
  const heads0 = old.map((w) => w.head - 1);
  const newIndex = new Int32Array(old.length);
  const groupAt = new Map<number, [number, number]>();
  let n = 0;
  for (let i = 0; i < old.length; ) {
    const g = groups.find(([a]) => a === i);
    if (g) {
      groupAt.set(i, g);
      for (let k = g[0]; k < g[1]; k++) newIndex[k] = n;
      n++;
      i = g[1];
    } else {
      newIndex[i++] = n++;
    }
  }
  const words: ConlluWord[] = [];
  for (let i = 0; i < old.length; ) {
    const g = groupAt.get(i);
    const src = g ? old[groupHead(heads0, g[0], g[1])] : old[i];
    const last = g ? g[1] - 1 : i;
    const form = g ? old.slice(g[0], g[1]).map((x) => x.form).join('') : src.form;
    const head = src.head === 0 ? 0 : newIndex[src.head - 1] + 1;
    const adjective = participleAdjectives && g !== undefined && isParticipleModifier(src);
    words.push({ ...src, ...(adjective ? { upos: 'ADJ', xpos: 'JJ' } : {}), id: words.length + 1, form, head, spaceAfter: old[last].spaceAfter });
    i = last + 1;
  }
  const inGroup = (m: { first: number; last: number }): boolean => groups.some(([a, b]) => m.first - 1 < b && a <= m.last - 1);
  const multiwords = s.multiwords
    .filter((m) => !inGroup(m))
    .map((m) => ({ ...m, first: newIndex[m.first - 1] + 1, last: newIndex[m.last - 1] + 1 }));
  return { ...s, words, multiwords };
}

/** A participle modifying a noun: the head piece of "war-torn" or "Russian-backed". */
function isParticipleModifier(w: ConlluWord): boolean {
  return w.deprel === 'amod' && w.upos === 'VERB' && (w.xpos === 'VBN' || w.xpos === 'VBG');
}
