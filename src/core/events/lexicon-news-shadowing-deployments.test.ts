/**
 * Lexicon readings (data/lexicon) of military posture in a standoff: warships shadowing or escorting
 * another state's ships, warplanes intercepting its aircraft (150), forces sent with their vehicles
 * or as ships and border guards (154, not military aid), and exercises or patrols held "combined"
 * or "coordinated" by two sides (062 both ways). One sentence each, written for these tests and
 * parsed as the project's parser parses them.
 */
import { describe, expect, it } from 'vitest';
import { coded } from './test-support/coded.js';

describe('lexicon: shadowing, escorting and intercepting', () => {
  it('warships shadowing another state\'s flotilla show force to that state (150)', () => {
    expect(coded(`
      1 Indian ADJ 2 amod
      2 frigates NOUN 3 nsubj frigate
      3 shadowed VERB 0 root shadow
      4 the DET 6 det
      5 Pakistani ADJ 6 amod
      6 flotilla NOUN 3 obj
      7 . PUNCT 3 punct`)).toEqual(['IND>PAK MOBILIZE 150']);
  });

  it('patrol boats escorting another state\'s vessels out of an area show force to it; escorting nobody\'s boats is no event', () => {
    expect(coded(`
      1 French ADJ 3 amod
      2 patrol NOUN 3 compound
      3 boats NOUN 4 nsubj boat
      4 escorted VERB 0 root escort
      5 the DET 7 det
      6 Russian ADJ 7 amod
      7 vessels NOUN 4 obj vessel
      8 out ADP 11 case
      9 of ADP 11 case
      10 the DET 11 det
      11 area NOUN 4 obl
      12 . PUNCT 4 punct`)).toEqual(['FRA>RUS MOBILIZE 150']);
    expect(coded(`
      1 The DET 3 det
      2 Indian ADJ 3 amod
      3 navy NOUN 4 nsubj
      4 escorted VERB 0 root escort
      5 the DET 7 det
      6 supply NOUN 7 compound
      7 boats NOUN 4 obj boat
      8 back ADV 4 advmod
      9 to ADP 10 case
      10 port NOUN 8 obl
      11 . PUNCT 4 punct`)).toEqual([]);
  });

  it('fighters intercepting another state\'s jet show force to it, told in the passive too', () => {
    expect(coded(`
      1 A DET 3 det
      2 Russian ADJ 3 amod
      3 jet NOUN 5 nsubj:pass
      4 was AUX 5 aux:pass be
      5 intercepted VERB 0 root intercept
      6 by ADP 8 case
      7 British ADJ 8 amod
      8 fighters NOUN 5 obl:agent fighter
      9 over ADP 11 case
      10 the DET 11 det
      11 sea NOUN 8 nmod
      12 . PUNCT 5 punct`)).toEqual(['GBR>RUS MOBILIZE 150']);
  });
});

describe('lexicon: forces sent', () => {
  it('soldiers sent with armoured vehicles are deployed (154), not given as military aid', () => {
    expect(coded(`
      1 India PROPN 2 nsubj
      2 sent VERB 0 root send
      3 200 NUM 4 nummod
      4 soldiers NOUN 2 obj soldier
      5 and CCONJ 7 cc
      6 armoured ADJ 7 amod
      7 vehicles NOUN 4 conj vehicle
      8 to ADP 10 case
      9 the DET 10 det
      10 border NOUN 2 obl
      11 . PUNCT 2 punct`)).toEqual(['IND>- MOBILIZE 154']);
  });

  it('warships of a kind and border guards are forces deployed', () => {
    expect(coded(`
      1 France PROPN 2 nsubj
      2 sent VERB 0 root send
      3 four NUM 4 nummod
      4 minehunters NOUN 2 obj minehunter
      5 to ADP 8 case
      6 the DET 8 det
      7 Baltic ADJ 8 amod
      8 Sea PROPN 2 obl
      9 . PUNCT 2 punct`)).toEqual(['FRA>- MOBILIZE 154']);
    expect(coded(`
      1 Pakistan PROPN 2 nsubj
      2 deployed VERB 0 root deploy
      3 additional ADJ 5 amod
      4 border NOUN 5 compound
      5 guards NOUN 2 obj guard
      6 along ADP 8 case
      7 its PRON 8 nmod:poss
      8 frontier NOUN 2 obl
      9 with ADP 10 case
      10 Iran PROPN 8 nmod
      11 . PUNCT 2 punct`)).toEqual(['PAK>IRN MOBILIZE 154']);
  });
});

describe('lexicon: combined and coordinated acts', () => {
  it('a combined exercise of two states\' troops is military cooperation both ways', () => {
    const events = coded(`
      1 Indian ADJ 4 amod
      2 and CCONJ 3 cc
      3 French ADJ 1 conj
      4 troops NOUN 5 nsubj troop
      5 held VERB 0 root hold
      6 a DET 8 det
      7 combined VERB 8 amod combine
      8 exercise NOUN 5 obj
      9 . PUNCT 5 punct`);
    expect(events).toContain('IND>FRA COOPERATE 062');
    expect(events).toContain('FRA>IND COOPERATE 062');
  });

  it('a coordinated patrol of two states is military cooperation both ways', () => {
    const events = coded(`
      1 Indian ADJ 4 amod
      2 and CCONJ 3 cc
      3 Pakistani ADJ 1 conj
      4 forces NOUN 5 nsubj force
      5 held VERB 0 root hold
      6 a DET 8 det
      7 coordinated ADJ 8 amod coordinated
      8 patrol NOUN 5 obj
      9 . PUNCT 5 punct`);
    expect(events).toContain('IND>PAK COOPERATE 062');
    expect(events).toContain('PAK>IND COOPERATE 062');
  });
});

describe('lexicon: patrols flown, surveillance planes met, places measured by the compass', () => {
  it('bombers of two states flying a joint patrol cooperate militarily both ways ("fly" a light verb)', () => {
    const events = coded(`
      1 Chinese ADJ 4 amod
      2 and CCONJ 3 cc
      3 Russian ADJ 1 conj
      4 bombers NOUN 5 nsubj bomber
      5 flew VERB 0 root fly
      6 a DET 8 det
      7 joint ADJ 8 amod
      8 patrol NOUN 5 obj
      9 over ADP 11 case
      10 the DET 11 det
      11 sea NOUN 8 nmod
      12 . PUNCT 5 punct`);
    expect(events).toContain('CHN>RUS COOPERATE 062');
    expect(events).toContain('RUS>CHN COOPERATE 062');
  });

  it('jets intercepting another state\'s surveillance plane show force to it (150), not restrict a flight', () => {
    expect(coded(`
      1 Chinese ADJ 2 amod
      2 jets NOUN 3 nsubj jet
      3 intercepted VERB 0 root intercept
      4 an DET 7 det a
      5 Indian ADJ 7 amod
      6 surveillance NOUN 7 compound
      7 plane NOUN 3 obj
      8 . PUNCT 3 punct`)).toEqual(['CHN>IND MOBILIZE 150']);
  });

  it('warships sent to waters east of a state are deployed towards it', () => {
    expect(coded(`
      1 China PROPN 2 nsubj
      2 sent VERB 0 root send
      3 warships NOUN 2 obj warship
      4 to ADP 5 case
      5 waters NOUN 2 obl water
      6 east ADV 2 advmod
      7 of ADP 8 case
      8 Taiwan PROPN 6 obl
      9 . PUNCT 2 punct`)).toEqual(['CHN>TWN MOBILIZE 154']);
  });
});


describe('lexicon: a crossing blocked', () => {
  it('protesters blocking a border crossing protest; troops blocking it restrict movement, no protest', () => {
    expect(coded(`
      1 The DET 2 det
      2 protesters NOUN 3 nsubj protester
      3 blocked VERB 0 root block
      4 the DET 6 det
      5 border NOUN 6 compound
      6 crossing NOUN 3 obj
      7 . PUNCT 3 punct`)).toEqual(['protesters>- PROTEST 144']);
    expect(coded(`
      1 Pakistani ADJ 2 amod
      2 troops NOUN 3 nsubj troop
      3 blocked VERB 0 root block
      4 the DET 6 det
      5 border NOUN 6 compound
      6 crossing NOUN 3 obj
      7 . PUNCT 3 punct`).some((e) => e.includes('PROTEST'))).toBe(false);
  });
});

describe('lexicon: what lands somewhere', () => {
  const landed = (subject: string, lemma: string) => coded(`
      1 Pakistani ADJ 2 amod
      2 ${subject} NOUN 3 nsubj ${lemma}
      3 landed VERB 0 root land
      4 in ADP 5 case
      5 India PROPN 3 obl
      6 . PUNCT 3 punct`);

  it('shells landing in a state make no visit to it; troops landing there are deployed', () => {
    expect(landed('shells', 'shell')).toEqual([]);
    expect(landed('troops', 'troop')).toEqual(['PAK>IND MOBILIZE 154']);
  });
});
