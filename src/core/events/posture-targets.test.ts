/**
 * Whom a show of force faces when its sentence names the other side only in the incident it
 * answers ("after Chinese soldiers crossed the border") or in a show of force done alongside
 * ("and shadowed the Russian flotilla"); with neither it faces nobody. Also: forces sent inside the
 * state's own borders, an alert kept ("would remain on high alert") and one ordered. Sentences
 * written for these tests, parsed as the project's parser parses them.
 */
import { describe, expect, it } from 'vitest';
import { coded } from './test-support/coded.js';

// "India placed its troops on alert after Chinese soldiers crossed the border."
const AFTER = `
      1 India PROPN 2 nsubj
      2 placed VERB 0 root place
      3 its PRON 4 nmod:poss
      4 troops NOUN 2 obj troop
      5 on ADP 6 case
      6 alert NOUN 2 obl
      7 after SCONJ 10 mark
      8 Chinese ADJ 9 amod
      9 soldiers NOUN 10 nsubj soldier
      10 crossed VERB 2 advcl cross
      11 the DET 12 det
      12 border NOUN 10 obj
      13 . PUNCT 2 punct`;

describe('posture targets: the side of the incident answered', () => {
  it('an alert after another state\'s soldiers crossed the border faces that state', () => {
    expect(coded(AFTER)).toEqual(['IND>CHN MOBILIZE 152']);
  });

  it('the state of ships named by their adjective, in a passive incident, is the side faced', () => {
    expect(coded(`
      1 Pakistan PROPN 2 nsubj
      2 put VERB 0 root
      3 its PRON 4 nmod:poss
      4 navy NOUN 2 obj
      5 on ADP 6 case
      6 alert NOUN 2 obl
      7 after ADP 12 mark
      8 two NUM 10 nummod
      9 Indian ADJ 10 amod
      10 warships NOUN 12 nsubj:pass warship
      11 were AUX 12 aux:pass be
      12 spotted VERB 2 advcl spot
      13 near ADP 15 case
      14 the DET 15 det
      15 coast NOUN 12 obl
      16 . PUNCT 2 punct`)).toEqual(['PAK>IND MOBILIZE 152']);
  });

  it('an incident with no foreign side (rain, the state\'s own soldiers) names nobody faced', () => {
    const rain = AFTER.replace('8 Chinese ADJ 9 amod', '8 heavy ADJ 9 amod').replace('9 soldiers NOUN 10 nsubj soldier', '9 rains NOUN 10 nsubj rain').replace('10 crossed VERB 2 advcl cross', '10 hit VERB 2 advcl hit');
    expect(coded(rain)).toEqual(['IND>- MOBILIZE 152']);
    expect(coded(AFTER.replace('8 Chinese ADJ 9 amod', '8 Indian ADJ 9 amod'))).toEqual(['IND>- MOBILIZE 152']);
  });

  it('an alert put alongside shadowing another state\'s ships faces that state', () => {
    expect(coded(`
      1 France PROPN 2 nsubj
      2 put VERB 0 root
      3 its PRON 4 nmod:poss
      4 navy NOUN 2 obj
      5 on ADP 6 case
      6 alert NOUN 2 obl
      7 and CCONJ 8 cc
      8 shadowed VERB 2 conj shadow
      9 the DET 11 det
      10 Russian ADJ 11 amod
      11 flotilla NOUN 8 obj
      12 . PUNCT 2 punct`).sort()).toEqual(['FRA>RUS MOBILIZE 150', 'FRA>RUS MOBILIZE 152']);
  });
});

describe('posture at home, kept and ordered', () => {
  it('troops sent to a place of the state\'s own are still deployed, facing nobody', () => {
    expect(coded(`
      1 Russia PROPN 2 nsubj
      2 moved VERB 0 root move
      3 troops NOUN 2 obj troop
      4 to ADP 5 case
      5 Moscow PROPN 2 obl
      6 . PUNCT 2 punct`)).toEqual(['RUS>- MOBILIZE 154']);
  });

  it('an army that will remain on high alert, its state says, holds the alert now (152, no threat)', () => {
    const kept = `
      1 Pakistan PROPN 2 nsubj
      2 said VERB 0 root say
      3 the DET 5 det
      4 Pakistani ADJ 5 amod
      5 army NOUN 7 nsubj
      6 would AUX 7 aux
      7 remain VERB 2 ccomp
      8 on ADP 10 case
      9 high ADJ 10 amod
      10 alert NOUN 7 obl
      11 . PUNCT 2 punct`;
    expect(coded(kept)).toEqual(['PAK>- MOBILIZE 152']);
    // An alert still to be put in place, announced by its doer, is a threat of it.
    expect(coded(`
      1 Pakistan PROPN 2 nsubj
      2 said VERB 0 root say
      3 it PRON 5 nsubj
      4 would AUX 5 aux
      5 put VERB 2 ccomp
      6 its PRON 7 nmod:poss
      7 army NOUN 5 obj
      8 on ADP 10 case
      9 high ADJ 10 amod
      10 alert NOUN 5 obl
      11 . PUNCT 2 punct`)).toEqual(['PAK>- THREATEN 138']);
  });

  it('ordering the armed forces to remain on alert is the alert itself', () => {
    expect(coded(`
      1 Iran PROPN 2 nsubj
      2 ordered VERB 0 root order
      3 its PRON 5 nmod:poss
      4 armed ADJ 5 amod
      5 forces NOUN 2 obj force
      6 to PART 7 mark
      7 remain VERB 5 acl
      8 on ADP 10 case
      9 maximum ADJ 10 amod
      10 alert NOUN 7 obl
      11 . PUNCT 2 punct`)).toEqual(['IRN>- MOBILIZE 152']);
  });
});

describe('answered incidents: complaints and threats that name the other side only in their "after" clause', () => {
  // "India protested after Chinese soldiers crossed the border."
  const PROTESTED = `
      1 India PROPN 2 nsubj
      2 protested VERB 0 root protest
      3 after SCONJ 6 mark
      4 Chinese ADJ 5 amod
      5 soldiers NOUN 6 nsubj soldier
      6 crossed VERB 2 advcl cross
      7 the DET 8 det
      8 border NOUN 6 obj
      9 . PUNCT 2 punct`;

  it('an official protest after another state\'s soldiers crossed the border is against that state', () => {
    expect(coded(PROTESTED)).toEqual(['IND>CHN ACCUSE 114']);
  });

  it('a threat of retaliation after another state\'s jets crossed the border is against that state', () => {
    expect(coded(`
      1 Pakistan PROPN 2 nsubj
      2 threatened VERB 0 root threaten
      3 retaliation NOUN 2 obj
      4 after SCONJ 7 mark
      5 Indian ADJ 6 amod
      6 jets NOUN 7 nsubj jet
      7 crossed VERB 2 advcl cross
      8 the DET 9 det
      9 border NOUN 7 obj
      10 . PUNCT 2 punct`).some((e) => e.startsWith('PAK>IND THREATEN'))).toBe(true);
  });

  it('an incident by the complaining state\'s own soldiers names nobody', () => {
    expect(coded(PROTESTED.replace('4 Chinese ADJ 5 amod', '4 Indian ADJ 5 amod')).some((e) => e.startsWith('IND>CHN'))).toBe(false);
  });
});
