/**
 * Assassinations only tried (CAMEO 185), on sentences written for these tests and parsed by hand
 * (UD relations as the project's parser writes them).
 */
import { describe, expect, it } from 'vitest';
import { coded } from './test-support/coded.js';

const lenient = { coder: { participants: 'lenient' as const } };

describe('attempted acts', () => {
  it('an assassination someone tried is an attempt (185); one carried out stays 186', () => {
    expect(coded(`
      1 Rebels NOUN 2 nsubj rebel
      2 attempted VERB 0 root attempt
      3 to PART 4 mark
      4 assassinate VERB 2 xcomp
      5 the DET 7 det
      6 Pakistani ADJ 7 amod
      7 president NOUN 4 obj
      8 . PUNCT 2 punct`)).toEqual(['rebels>PAK ASSAULT 185']);
    expect(coded(`
      1 Rebels NOUN 2 nsubj rebel
      2 assassinated VERB 0 root assassinate
      3 the DET 5 det
      4 Pakistani ADJ 5 amod
      5 president NOUN 2 obj
      6 . PUNCT 2 punct`)).toEqual(['rebels>PAK ASSAULT 186']);
  });

  it('"an attempt to assassinate" is an attempt that happened, not an act only considered', () => {
    expect(coded(`
      1 An DET 2 det a
      2 attempt NOUN 8 nsubj
      3 to PART 4 mark
      4 assassinate VERB 2 acl
      5 the DET 7 det
      6 Pakistani ADJ 7 amod
      7 president NOUN 4 obj
      8 failed VERB 0 root fail
      9 . PUNCT 8 punct`, lenient)).toEqual(['->PAK ASSAULT 185']);
  });

  it('other acts tried keep their code', () => {
    expect(coded(`
      1 Rebels NOUN 2 nsubj rebel
      2 tried VERB 0 root try
      3 to PART 4 mark
      4 attack VERB 2 xcomp
      5 Astana PROPN 4 obj
      6 . PUNCT 2 punct`)).toEqual(['rebels>KAZ ASSAULT 190']);
  });
});
