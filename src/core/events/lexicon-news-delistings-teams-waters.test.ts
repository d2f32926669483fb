/**
 * Lexicon coverage (data/lexicon) for sanctions eased or adopted, aid teams, attributions of attacks
 * and ships in another state's waters: one sentence each, written for these tests and parsed by hand
 * (UD relations as the project's parser writes them), each with a near miss that must not code.
 */
import { describe, expect, it } from 'vitest';
import { coded } from './test-support/coded.js';

describe('lexicon: sanctions eased, adopted and unfrozen', () => {
  it('taking a state off a list of sponsors of terrorism eases its sanctions (085)', () => {
    expect(coded(`
      1 Washington PROPN 2 nsubj
      2 removed VERB 0 root remove
      3 Iran PROPN 2 obj
      4 from ADP 6 case
      5 the DET 6 det
      6 list NOUN 2 obl
      7 of ADP 9 case
      8 state NOUN 9 compound
      9 sponsors NOUN 6 nmod sponsor
      10 of ADP 11 case
      11 terrorism NOUN 9 nmod
      12 . PUNCT 2 punct`)).toEqual(['USA>IRN RETREAT 085']);
    expect(coded(`
      1 Washington PROPN 2 nsubj
      2 removed VERB 0 root remove
      3 Iran PROPN 2 obj
      4 from ADP 6 case
      5 the DET 6 det
      6 agenda NOUN 2 obl
      7 . PUNCT 2 punct`)).toEqual([]);
  });

  it('a package of sanctions adopted against a state is imposed (163)', () => {
    expect(coded(`
      1 France PROPN 2 nsubj
      2 adopted VERB 0 root adopt
      3 a DET 5 det
      4 new ADJ 5 amod
      5 package NOUN 2 obj
      6 of ADP 7 case
      7 sanctions NOUN 5 nmod sanction
      8 against ADP 9 case
      9 Russia PROPN 7 nmod
      10 . PUNCT 2 punct`)).toEqual(['FRA>RUS COERCE 163']);
    expect(coded(`
      1 France PROPN 2 nsubj
      2 adopted VERB 0 root adopt
      3 a DET 5 det
      4 new ADJ 5 amod
      5 strategy NOUN 2 obj
      6 . PUNCT 2 punct`)).toEqual([]);
  });

  it('money unfrozen through an amount ("billions of dollars of Iranian revenue") eases a sanction (085)', () => {
    expect(coded(`
      1 Washington PROPN 2 nsubj
      2 unfroze VERB 0 root unfreeze
      3 six NUM 4 compound
      4 billion NUM 5 nummod
      5 dollars NOUN 2 obj dollar
      6 of ADP 9 case
      7 Iranian ADJ 9 amod
      8 oil NOUN 9 compound
      9 revenue NOUN 5 nmod
      10 . PUNCT 2 punct`)).toEqual(['USA>IRN RETREAT 085']);
  });
});

describe('lexicon: aid teams and people handed back', () => {
  it('a team of rescuers sent to a state is humanitarian aid (073); a bare team (a squad, a delegation) is none', () => {
    expect(coded(`
      1 France PROPN 2 nsubj
      2 sent VERB 0 root send
      3 a DET 4 det
      4 team NOUN 2 obj
      5 of ADP 6 case
      6 rescuers NOUN 4 nmod rescuer
      7 to ADP 8 case
      8 Pakistan PROPN 2 obl
      9 . PUNCT 2 punct`)).toEqual(['FRA>PAK AID 073']);
    expect(coded(`
      1 France PROPN 2 nsubj
      2 sent VERB 0 root send
      3 a DET 4 det
      4 team NOUN 2 obj
      5 to ADP 6 case
      6 Pakistan PROPN 2 obl
      7 . PUNCT 2 punct`)).toEqual([]);
  });

  it('an organisation that will send a team to help promises aid, though it names nobody to receive it (0333)', () => {
    expect(coded(`
      1 The DET 3 det
      2 United PROPN 3 compound
      3 Nations PROPN 4 nsubj
      4 said VERB 0 root say
      5 it PRON 7 nsubj
      6 would AUX 7 aux
      7 send VERB 4 ccomp
      8 a DET 9 det
      9 team NOUN 7 obj
      10 to PART 11 mark
      11 help VERB 7 advcl
      12 the DET 13 det
      13 victims NOUN 11 obj victim
      14 . PUNCT 4 punct`)).toEqual(['United Nations>- AGREE 0333 +fut']);
    expect(coded(`
      1 The DET 3 det
      2 United PROPN 3 compound
      3 Nations PROPN 4 nsubj
      4 said VERB 0 root say
      5 it PRON 7 nsubj
      6 would AUX 7 aux
      7 send VERB 4 ccomp
      8 a DET 9 det
      9 team NOUN 7 obj
      10 to PART 11 mark
      11 count VERB 7 advcl
      12 the DET 13 det
      13 votes NOUN 11 obj vote
      14 . PUNCT 4 punct`)).toEqual([]);
  });

  it('an amount pledged or provided "in aid" with the aid phrase hung on the verb lets the aid noun decide', () => {
    const table = (verb: string, lemma: string, kind: string, place: string): string => `
      1 France PROPN 2 nsubj
      2 ${verb} VERB 0 root ${lemma}
      3 20 NUM 4 compound
      4 million NUM 5 nummod
      5 euros NOUN 2 obj euro
      6 in ADP 8 case
      7 ${kind} ADJ 8 amod
      8 aid NOUN 2 obl
      9 to ADP 10 case
      10 ${place} PROPN 8 nmod
      11 . PUNCT 2 punct`;
    expect(coded(table('pledged', 'pledge', 'humanitarian', 'Niger'))).toEqual(['FRA>NER AGREE 0333']);
    expect(coded(table('provided', 'provide', 'military', 'Ukraine'))).toEqual(['FRA>UKR AID 072']);
    expect(coded(`
      1 France PROPN 2 nsubj
      2 pledged VERB 0 root pledge
      3 20 NUM 4 compound
      4 million NUM 5 nummod
      5 euros NOUN 2 obj euro
      6 in ADP 7 case
      7 Geneva PROPN 2 obl
      8 . PUNCT 2 punct`)).toEqual([]);
  });

  it('border guards handed back to their state are released (0841)', () => {
    expect(coded(`
      1 Pakistan PROPN 2 nsubj
      2 handed VERB 0 root hand
      3 over ADP 2 compound:prt
      4 30 NUM 7 nummod
      5 Indian ADJ 7 amod
      6 border NOUN 7 compound
      7 guards NOUN 2 obj guard
      8 to ADP 9 case
      9 India PROPN 2 obl
      10 . PUNCT 2 punct`)).toEqual(['PAK>IND RETREAT 0841']);
  });
});

describe('lexicon: attacks attributed, waters entered', () => {
  it('an attack attributed to a state accuses it (112); a rise attributed to inflation names no act', () => {
    expect(coded(`
      1 Britain PROPN 2 nsubj
      2 attributed VERB 0 root attribute
      3 the DET 4 det
      4 cyberattack NOUN 2 obj
      5 to ADP 6 case
      6 Russia PROPN 2 obl
      7 . PUNCT 2 punct`)).toEqual(['GBR>RUS ACCUSE 112']);
    expect(coded(`
      1 Britain PROPN 2 nsubj
      2 attributed VERB 0 root attribute
      3 the DET 4 det
      4 rise NOUN 2 obj
      5 to ADP 6 case
      6 Russia PROPN 2 obl
      7 . PUNCT 2 punct`)).toEqual([]);
  });

  it('coast guard ships entering another state\'s waters show force (150); fishing boats do not', () => {
    expect(coded(`
      1 Chinese ADJ 4 amod
      2 coast NOUN 3 compound
      3 guard NOUN 4 compound
      4 ships NOUN 5 nsubj ship
      5 entered VERB 0 root enter
      6 Indian ADJ 7 amod
      7 waters NOUN 5 obj water
      8 . PUNCT 5 punct`)).toEqual(['CHN>IND MOBILIZE 150']);
    expect(coded(`
      1 Chinese ADJ 3 amod
      2 fishing NOUN 3 compound
      3 boats NOUN 4 nsubj boat
      4 entered VERB 0 root enter
      5 Indian ADJ 6 amod
      6 waters NOUN 4 obj water
      7 . PUNCT 4 punct`)).toEqual([]);
  });
});
