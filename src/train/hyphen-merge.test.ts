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

  it('tags a merged participle modifier ("war-torn") as an adjective when asked, keeping its relation', () => {
    const [s] = parseConllu([
      '# text = Aid reached war-torn towns.',
      '1\tAid\taid\tNOUN\tNN\t_\t2\tnsubj\t_\t_',
      '2\treached\treach\tVERB\tVBD\t_\t0\troot\t_\t_',
      '3\twar\twar\tNOUN\tNN\t_\t5\tcompound\t_\tSpaceAfter=No',
      '4\t-\t-\tPUNCT\tHYPH\t_\t5\tpunct\t_\tSpaceAfter=No',
      '5\ttorn\ttear\tVERB\tVBN\t_\t6\tamod\t_\t_',
      '6\ttowns\ttown\tNOUN\tNNS\t_\t2\tobj\t_\tSpaceAfter=No',
      '7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_',
      '',
    ].join('\n'));
    const m = mergeHyphens(s, hyphenGroups(s), true);
    expect(m.words[2]).toMatchObject({ form: 'war-torn', upos: 'ADJ', xpos: 'JJ', deprel: 'amod', head: 4 });
    expect(mergeHyphens(s).words[2]).toMatchObject({ form: 'war-torn', upos: 'VERB', xpos: 'VBN', deprel: 'amod' });
    // unmerged, the treebank's analysis stays
    expect(s.words[4]).toMatchObject({ upos: 'VERB', xpos: 'VBN' });
  });
});
