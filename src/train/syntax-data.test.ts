import { describe, expect, it } from 'vitest';
import { parseConllu } from '../core/syntax/conllu.js';
import { SMALL_CONLLU } from '../core/syntax/test-support/fixtures.js';
import { lowerCased } from './syntax-data.js';

describe('training data', () => {
  it('lower-cases every form of a copied sentence and keeps its annotation', () => {
    const [s] = parseConllu(SMALL_CONLLU);
    const low = lowerCased(s);
    expect(low.words.map((w) => w.form)).toEqual(s.words.map((w) => w.form.toLowerCase()));
    expect(low.words.map((w) => [w.upos, w.xpos, w.head, w.deprel])).toEqual(s.words.map((w) => [w.upos, w.xpos, w.head, w.deprel]));
    expect(s.words[0].form).toBe('The');
  });
});
