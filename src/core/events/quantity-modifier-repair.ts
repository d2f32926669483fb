/**
 * A quantity modifier before a number read as a particle or a preposition: "kidnapped up to 16
 * foreign engineers" with "up" a particle of the verb ("kidnap up") and "to" the case of
 * "engineers", which turns the verb's object into an oblique ("to the engineers", a recipient);
 * "freed up to 20 hostages" with "up to" a preposition of "hostages". "up to", "more than", "at
 * least", "as many as"… before a number bound the number (UD: the first word an `advmod` of the
 * number, the rest `fixed` to it); they are never the verb's particle nor the noun's preposition,
 * since no English preposition is followed directly by a bare cardinal that counts the noun after it.
 */

/** Quantity modifiers before a number, as word sequences (lower case). */
const MODIFIERS: readonly (readonly string[])[] = [
  ['up', 'to'],
  ['more', 'than'],
  ['fewer', 'than'],
  ['less', 'than'],
  ['at', 'least'],
  ['at', 'most'],
  ['as', 'many', 'as'],
  ['as', 'much', 'as'],
  ['as', 'few', 'as'],
  ['no', 'more', 'than'],
  ['no', 'fewer', 'than'],
  ['upwards', 'of'],
];

/** Relations the parser gives a modifier word when it reads it as a particle or a preposition. */
const MISREAD = new Set(['compound:prt', 'case', 'mark']);

/**
 * Rewrites `head` and `rel` in place so that a quantity modifier misread before a number modifies
 * the number, and a noun left an oblique only by that misreading is its verb's object again.
 * `lower` are the tokens' lower-cased forms. Returns true when anything changed.
 */
export function repairQuantityModifiers(head: Int32Array, rel: string[], upos: readonly string[], lower: readonly string[]): boolean {
  const n = head.length;
  let changed = false;
  for (let q = 1; q < n; q++) {
    if (upos[q] !== 'NUM') continue;
    const words = MODIFIERS.find((m) => m.length <= q && m.every((w, j) => lower[q - m.length + j] === w));
    if (!words) continue;
    const first = q - words.length;
    const span = (k: number): boolean => k >= first && k <= q;
    // Only a misreading is repaired: some word of the modifier is a particle or preposition of a word outside it.
    let misread = false;
    for (let k = first; k < q; k++) if (MISREAD.has(rel[k]) && !span(head[k])) misread = true;
    if (!misread) continue;
    // The counted noun ("16 … engineers"), or the number itself when it stands alone ("up to 16").
    const noun = rel[q] === 'nummod' && head[q] > q ? head[q] : q;
    let wasCase = false;
    for (let k = first; k < q; k++) {
      if (head[k] === noun && rel[k] === 'case') wasCase = true;
      head[k] = k === first ? q : first;
      rel[k] = k === first ? 'advmod' : 'fixed';
    }
    const verb = head[noun];
    // "kidnapped up to 16 engineers": the noun is the verb's object when nothing else marks it.
    if (wasCase && verb >= 0 && verb < first && (upos[verb] === 'VERB' || upos[verb] === 'AUX') && rel[noun].startsWith('obl')) {
      let marked = false;
      let object = false;
      for (let k = 0; k < n; k++) {
        if (head[k] === noun && (rel[k] === 'case' || rel[k] === 'mark')) marked = true;
        if (head[k] === verb && k !== noun && rel[k] === 'obj') object = true;
      }
      if (!marked && !object) rel[noun] = 'obj';
    }
    changed = true;
  }
  return changed;
}
