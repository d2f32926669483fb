/**
 * A people of a place is of the country where it lives ("the Russian population of Kazakhstan"),
 * also when the place is a definite noun referring back to one named earlier in the sentence.
 */
import { describe, expect, it } from 'vitest';
import { coded } from './test-support/coded.js';

/** "Rebels attacked the Russian population of <place …>." with the place's tokens from 7 on. */
const ATTACKED = (place: string, end: number) => `
      1 Rebels NOUN 2 nsubj rebel
      2 attacked VERB 0 root attack
      3 the DET 5 det
      4 Russian ADJ 5 amod
      5 population NOUN 2 obj population
      6 of ADP ${end - 1} case
${place}
      ${end} . PUNCT 2 punct`;

describe('population place: a people is of where it lives', () => {
  it('reads "the Russian population of Kazakhstan" as Kazakhstan\'s', () => {
    expect(coded(ATTACKED('      7 Kazakhstan PROPN 5 nmod', 8)).filter((e) => e.includes('ASSAULT')).map((e) => e.split(' ')[0].split('>')[1])).toEqual(['KAZ']);
  });

  it('keeps the adjective\'s state when "the region" refers back to no place the sentence names', () => {
    const place = '      7 the DET 8 det\n      8 region NOUN 5 nmod region';
    expect(coded(ATTACKED(place, 9)).filter((e) => e.includes('ASSAULT')).map((e) => e.split(' ')[0].split('>')[1])).toEqual(['RUS']);
  });

  it('reads "the province" as the place named before it in the sentence ("… in Kazakhstan and expelled the Russian population of the province")', () => {
    const table = `
      1 Rebels NOUN 2 nsubj rebel
      2 attacked VERB 0 root attack
      3 villages NOUN 2 obj village
      4 in ADP 5 case
      5 Kazakhstan PROPN 2 obl
      6 and CCONJ 7 cc
      7 expelled VERB 2 conj expel
      8 the DET 10 det
      9 Russian ADJ 10 amod
      10 population NOUN 7 obj population
      11 of ADP 13 case
      12 the DET 13 det
      13 province NOUN 10 nmod province
      14 . PUNCT 2 punct`;
    expect(coded(table).filter((e) => e.includes('SANCTION'))).toEqual(['rebels>KAZ SANCTION 166']);
  });
});
