/**
 * Lexicon readings (data/lexicon) of "capture" with an attitude as its object (no seizure), the
 * participle "slashing" used of sharp speech (nothing cut), "bent on / intent on" + -ing (a
 * disposition, not an act), signatures collected (political dissent, 140) and property destroyed in a
 * city (the city stands for its state), access to data blocked (no protest). One sentence each,
 * written for these tests and parsed by hand (UD relations as the project's parser writes them).
 */
import { describe, expect, it } from 'vitest';
import { coded } from './test-support/coded.js';
import { WORLD } from './test-support/event-doc.js';

const lenient = { coder: { participants: 'lenient' as const } };

describe('lexicon: capturing allegiance is no seizure', () => {
  // A candidate and an electorate of one country, as an article's actors would resolve them.
  const campaign = [
    ...WORLD,
    { id: 'person:hale', name: 'Dana Hale', type: 'person' as const, country: 'USA', sector: 'GOV', cameo: 'USAGOV', forms: ['Hale'] },
    { id: 'group:young-voters', name: 'younger voters', type: 'group' as const, country: 'USA', sector: 'CVL', cameo: 'USACVL', forms: ['younger voters'] },
  ];
  const captured = (obj: string): string[] => coded(`
      1 Hale PROPN 3 nsubj
      2 has AUX 3 aux
      3 captured VERB 0 root capture
      4 the DET 5 det
      5 ${obj} NOUN 3 obj
      6 of ADP 8 case
      7 younger ADJ 8 amod young
      8 voters NOUN 5 nmod voter
      9 . PUNCT 3 punct`, { actors: campaign });

  it('capturing the allegiance, loyalty or trust of voters codes nothing', () => {
    expect(captured('allegiance')).toEqual([]);
    expect(captured('loyalty')).toEqual([]);
    expect(captured('trust')).toEqual([]);
  });

  it('capturing a town stays an occupation of territory (192)', () => {
    expect(coded(`
      1 Russia PROPN 2 nsubj
      2 captured VERB 0 root capture
      3 a DET 5 det
      4 Ukrainian ADJ 5 amod
      5 town NOUN 2 obj
      6 . PUNCT 2 punct`)).toEqual(['RUS>UKR COERCE 192']);
  });
});

describe('lexicon: "slashing" speech cuts nothing', () => {
  it('slashing remarks about ties with a state are no cut in relations', () => {
    expect(coded(`
      1 Putin PROPN 2 nsubj
      2 made VERB 0 root make
      3 slashing VERB 2 xcomp slash
      4 remarks NOUN 3 obj remark
      5 on ADP 6 case
      6 trade NOUN 4 nmod
      7 and CCONJ 8 cc
      8 support NOUN 6 conj
      9 for ADP 11 case
      10 closer ADJ 11 amod close
      11 relations NOUN 6 nmod relation
      12 with ADP 13 case
      13 Ukraine PROPN 11 nmod
      14 . PUNCT 2 punct`, lenient)).toEqual([]);
  });

  it('slashing aid to a state still cuts it (162)', () => {
    expect(coded(`
      1 Russia PROPN 2 nsubj
      2 slashed VERB 0 root slash
      3 aid NOUN 2 obj
      4 to ADP 5 case
      5 Ukraine PROPN 2 obl
      6 . PUNCT 2 punct`)).toEqual(['RUS>UKR SANCTION 162']);
  });
});

describe('lexicon: "bent on" / "intent on" + -ing is a disposition', () => {
  it('rebels bent on attacking a state: the attack is not asserted', () => {
    expect(coded(`
      1 Rebels NOUN 2 nsubj rebel
      2 bent VERB 0 root bend
      3 on SCONJ 4 mark
      4 attacking VERB 2 advcl attack
      5 Pakistan PROPN 4 obj
      6 hide VERB 2 xcomp
      7 in ADP 9 case
      8 the DET 9 det
      9 hills NOUN 6 obl hill
      10 . PUNCT 2 punct`)).toEqual(['rebels>PAK ASSAULT 190 ?hyp +fut']);
  });

  it('an adjective "intent on attacking" is not asserted either', () => {
    expect(coded(`
      1 Rebels NOUN 3 nsubj rebel
      2 are AUX 3 cop be
      3 intent ADJ 0 root
      4 on SCONJ 5 mark
      5 attacking VERB 3 advcl attack
      6 India PROPN 5 obj
      7 . PUNCT 3 punct`)).toEqual(['rebels>IND ASSAULT 190 ?hyp +fut']);
  });

  it('a plain attack with no such disposition stays asserted', () => {
    expect(coded(`
      1 Rebels NOUN 2 nsubj rebel
      2 attacked VERB 0 root attack
      3 Pakistan PROPN 2 obj
      4 . PUNCT 2 punct`)).toEqual(['rebels>PAK ASSAULT 190']);
  });
});

describe('lexicon: signatures collected are political dissent', () => {
  it('protesters collecting signatures against a state dissent (140)', () => {
    expect(coded(`
      1 Many ADJ 2 amod many
      2 protesters NOUN 3 nsubj protester
      3 collected VERB 0 root collect
      4 signatures NOUN 3 obj signature
      5 against ADP 6 case
      6 France PROPN 4 nmod
      7 . PUNCT 3 punct`)).toEqual(['protesters>FRA PROTEST 140']);
  });

  it('signatures gathered to put a candidate on the ballot are an electoral formality, no dissent', () => {
    expect(coded(`
      1 Many ADJ 2 amod many
      2 protesters NOUN 3 nsubj protester
      3 gathered VERB 0 root gather
      4 signatures NOUN 3 obj signature
      5 to PART 6 mark
      6 get VERB 3 xcomp
      7 him PRON 6 obj he
      8 on ADP 10 case
      9 the DET 10 det
      10 ballot NOUN 6 obl
      11 in ADP 12 case
      12 France PROPN 10 nmod
      13 . PUNCT 3 punct`, lenient)).toEqual([]);
  });

  it('collecting evidence is no dissent', () => {
    expect(coded(`
      1 Many ADJ 2 amod many
      2 protesters NOUN 3 nsubj protester
      3 collected VERB 0 root collect
      4 evidence NOUN 3 obj
      5 against ADP 6 case
      6 France PROPN 4 nmod
      7 . PUNCT 3 punct`, lenient)).toEqual([]);
  });
});

describe('lexicon: infrastructure destroyed in a city', () => {
  it('the city where power lines were blown up stands for its state (1712)', () => {
    expect(coded(`
      1 Rebels NOUN 2 nsubj rebel
      2 blew VERB 0 root blow
      3 up ADP 2 compound:prt
      4 power NOUN 5 compound
      5 lines NOUN 2 obj line
      6 in ADP 7 case
      7 Samarkand PROPN 5 nmod
      8 . PUNCT 2 punct`)).toEqual(['rebels>UZB ASSAULT 1712']);
  });

  it('power lines blown up by a storm name no actor', () => {
    expect(coded(`
      1 Storms NOUN 2 nsubj storm
      2 brought VERB 0 root bring
      3 down ADP 2 compound:prt
      4 power NOUN 5 compound
      5 lines NOUN 2 obj line
      6 in ADP 7 case
      7 Samarkand PROPN 5 nmod
      8 . PUNCT 2 punct`, lenient)).toEqual([]);
  });
});

describe('lexicon: access to data blocked', () => {
  const party = [
    ...WORLD,
    { id: 'org:party', name: 'National Party', type: 'org' as const, country: 'USA', sector: 'PTY', cameo: 'USAPTY', forms: ['National Party'] },
    { id: 'person:hale', name: 'Dana Hale', type: 'person' as const, country: 'USA', sector: 'GOV', cameo: 'USAGOV', forms: ['Hale'] },
  ];
  const blocked = (what: string): string[] => coded(`
      1 The DET 3 det
      2 National PROPN 3 compound
      3 Party PROPN 4 nsubj
      4 blocked VERB 0 root block
      5 Hale PROPN 7 nmod:poss
      6 's PART 5 case
      7 access NOUN 4 obj
      8 to ADP 9 case
      9 ${what} NOUN 7 nmod
      10 . PUNCT 4 punct`, { actors: party });

  it('a party blocking a candidate\'s access to data or accounts is no obstruction by protest', () => {
    expect(blocked('data')).toEqual([]);
    expect(blocked('accounts')).toEqual([]);
  });
});
