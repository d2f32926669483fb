/**
 * CoNLL-U from invented sentences written inline as "form/UPOS|XPOS/head/deprel" tokens separated
 * by spaces, for tests that train a tiny model on exactly the classes they exercise.
 */
export function inlineConllu(...sentences: string[]): string {
  return sentences
    .map((s) =>
      s.split(' ').map((t, i) => {
        const [form, tag, head, rel] = t.split('/');
        const [upos, xpos] = tag.split('|');
        return [i + 1, form, form.toLowerCase(), upos, xpos, '_', head, rel, '_', '_'].join('\t');
      }).join('\n') + '\n',
    )
    .join('\n');
}
