/**
 * Hyphenated words: Entente's tokenizer writes "Nur-Sultan", "cease-fire", "30-year-old" and
 * "COVID-19" as ONE token, while UD English (EWT, GUM) splits them into `Nur - Sultan`. Training
 * code uses {@link hyphenGroups} to find, in a treebank sentence, the runs of tokens the tokenizer
 * would have kept together, so that what the tagger and parser learn matches what they see at run
 * time (see TOKENIZATION.md).
 */

/** True for a hyphen that joins parts of a word. */
function isJoiningHyphen(form: string): boolean {
  return form === '-' || form === '\u2010' || form === '\u2011';
}

/** True for a letter, mark, digit or `_`. */
function isWordChar(ch: string): boolean {
  return /[\p{L}\p{M}\p{N}_]/u.test(ch);
}

/**
 * Token ranges `[from, to)` of a sentence that the tokenizer writes as one token: pieces joined
 * by a lone hyphen token with no space on either side, the piece before ending in a word character
 * (or the period of an acronym: "U.S.-led") and the piece after starting with one. Ranges are in
 * order and do not overlap; tokens outside them stay as they are.
 *
 * @param forms       the sentence's token forms
 * @param spaceAfter  whether whitespace follows each token (CoNLL-U: no `SpaceAfter=No`)
 */
export function hyphenGroups(forms: readonly string[], spaceAfter: readonly boolean[]): Array<[number, number]> {
  const groups: Array<[number, number]> = [];
  let k = 1;
  while (k + 1 < forms.length) {
    if (!joins(forms, spaceAfter, k)) {
      k++;
      continue;
    }
    const from = k - 1;
    let to = k + 2;
    while (to + 1 < forms.length && joins(forms, spaceAfter, to)) to += 2;
    groups.push([from, to]);
    k = to + 1;
  }
  return groups;
}

/** True when token `h` is a hyphen that joins tokens `h - 1` and `h + 1`. */
function joins(forms: readonly string[], spaceAfter: readonly boolean[], h: number): boolean {
  if (!isJoiningHyphen(forms[h]) || spaceAfter[h - 1] || spaceAfter[h]) return false;
  const left = forms[h - 1];
  const right = forms[h + 1];
  if (!left || !right) return false;
  const last = left[left.length - 1];
  const leftOk = isWordChar(last) || (last === '.' && /^(\p{L}{1,2}\.)+$/u.test(left));
  return leftOk && isWordChar(right[0]);
}

/**
 * The head of a merged group: the piece whose head lies outside the group (the first such piece
 * when there are several, which a projective tree does not produce). `heads` are 0-based token
 * indices, -1 for the root.
 */
export function groupHead(heads: readonly number[], from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const h = heads[i];
    if (h < from || h >= to) return i;
  }
  return from;
}
