import { describe, expect, it } from 'vitest';
import { parseConllu } from '../core/syntax/conllu.js';
import { SMALL_CONLLU } from '../core/syntax/test-support/fixtures.js';
import { hyphenGroups, mergeHyphens } from './hyphen-merge.js';

describe('mergeHyphens', () => {
  const [plain, hyphenated] = parseConllu(SMALL_CONLLU);

  it('leaves sentences without hyphen groups alone', () => {
    expect(hyphenGroups(plain)).toEqual([]);
    expect(mergeHyphens(plain)).toBe(plain);
  });

  it('merges "Nur - Sultan" into one word with the head piece\'s analysis', () => {
    expect(hyphenGroups(hyphenated)).toEqual([[2, 5]]);
    const m = mergeHyphens(hyphenated);
    expect(m.words.map((w) => w.form)).toEqual(['Officials', 'in', 'Nur-Sultan', 'do', "n't", 'agree', '.']);
    const city = m.words[2];
    expect(city).toMatchObject({ id: 3, upos: 'PROPN', deprel: 'nmod', head: 1 });
    // words after the group are renumbered and keep their heads
    expect(m.words[0]).toMatchObject({ form: 'Officials', head: 6, deprel: 'nsubj' });
    expect(m.words[1]).toMatchObject({ form: 'in', head: 3, deprel: 'case' });
    expect(m.words[3]).toMatchObject({ form: 'do', head: 6 });
    expect(m.multiwords).toEqual([{ first: 4, last: 5, form: "don't", spaceAfter: true }]);
  });

  it('keeps a tree: one root, every head inside the sentence', () => {
    const m = mergeHyphens(hyphenated);
    expect(m.words.filter((w) => w.head === 0)).toHaveLength(1);
    expect(m.words.every((w) => w.head >= 0 && w.head <= m.words.length && w.head !== w.id)).toBe(true);
  });
});
