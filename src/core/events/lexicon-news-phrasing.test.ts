/**
 * Lexicon coverage (data/lexicon) for common news phrasings, one sentence each, written for these
 * tests and parsed by hand (UD relations as the project's parser writes them). Each case pairs a
 * phrasing that must code with a near miss that must not.
 */
import { describe, expect, it } from 'vitest';
import { coded } from './test-support/coded.js';

describe('lexicon: money, goods and evacuations as aid', () => {
  it('money given to a state is economic aid (071); an amount "of aid" is left to the aid noun', () => {
    expect(coded(`
      1 India PROPN 2 nsubj
      2 provided VERB 0 root provide
      3 50 NUM 4 compound
      4 million NUM 5 nummod
      5 dollars NOUN 2 obj dollar
      6 to ADP 7 case
      7 Pakistan PROPN 2 obl
      8 . PUNCT 2 punct`)).toEqual(['IND>PAK AID 071']);
    expect(coded(`
      1 Russia PROPN 2 nsubj
      2 agreed VERB 0 root agree
      3 to PART 4 mark
      4 provide VERB 2 xcomp
      5 70 NUM 6 compound
      6 million NUM 7 nummod
      7 dollars NOUN 4 obj dollar
      8 of ADP 9 case
      9 aid NOUN 7 nmod
      10 for ADP 11 case
      11 Iran PROPN 9 nmod
      12 . PUNCT 2 punct`)).toEqual(['RUS>IRN AGREE 033']);
  });

  it('evacuating people from a country helps that country (073)', () => {
    expect(coded(`
      1 France PROPN 2 nsubj
      2 evacuated VERB 0 root evacuate
      3 its PRON 4 nmod:poss
      4 citizens NOUN 2 obj citizen
      5 from ADP 6 case
      6 Niger PROPN 2 obl
      7 . PUNCT 2 punct`)).toEqual(['FRA>NER AID 073']);
  });
});

describe('lexicon: support, cooperation and alerts', () => {
  it('"expressed solidarity with" is support (051), condolences stay a statement', () => {
    expect(coded(`
      1 China PROPN 2 nsubj
      2 expressed VERB 0 root express
      3 solidarity NOUN 2 obj
      4 with ADP 5 case
      5 Russia PROPN 2 obl
      6 . PUNCT 2 punct`)).toEqual(['CHN>RUS SUPPORT 051']);
    expect(coded(`
      1 China PROPN 2 nsubj
      2 expressed VERB 0 root express
      3 condolences NOUN 2 obj condolence
      4 to ADP 5 case
      5 Russia PROPN 2 obl
      6 . PUNCT 2 punct`)).toEqual([]);
  });

  it('handing suspects over to a state is judicial cooperation (063)', () => {
    expect(coded(`
      1 Pakistan PROPN 2 nsubj
      2 handed VERB 0 root hand
      3 over ADP 2 compound:prt
      4 the DET 5 det
      5 suspects NOUN 2 obj suspect
      6 to ADP 7 case
      7 India PROPN 2 obl
      8 . PUNCT 2 punct`)).toEqual(['PAK>IND COOPERATE 063']);
    expect(coded(`
      1 Pakistan PROPN 2 nsubj
      2 handed VERB 0 root hand
      3 over ADP 2 compound:prt
      4 two NUM 2 obj
      5 of ADP 7 case
      6 its PRON 7 nmod:poss
      7 nationals NOUN 4 nmod national
      8 to ADP 9 case
      9 India PROPN 2 obl
      10 . PUNCT 2 punct`)).toEqual(['PAK>IND COOPERATE 063']);
  });

  it('a raised alert level is a military alert (152); another level raised is nothing', () => {
    expect(coded(`
      1 Taiwan PROPN 2 nsubj
      2 raised VERB 0 root raise
      3 the DET 5 det
      4 alert ADJ 5 amod
      5 level NOUN 2 obj
      6 . PUNCT 2 punct`)).toEqual(['TWN>- MOBILIZE 152']);
    expect(coded(`
      1 India PROPN 2 nsubj
      2 raised VERB 0 root raise
      3 the DET 5 det
      4 tax NOUN 5 compound
      5 level NOUN 2 obj
      6 . PUNCT 2 punct`)).toEqual([]);
  });

  it('"readiness to hold talks" is an intent to meet (036), not a military alert', () => {
    expect(coded(`
      1 France PROPN 2 nsubj
      2 expressed VERB 0 root express
      3 its PRON 4 nmod:poss
      4 readiness NOUN 2 obj
      5 to PART 6 mark
      6 hold VERB 4 acl
      7 talks NOUN 6 obj talk
      8 with ADP 9 case
      9 Iran PROPN 7 nmod
      10 . PUNCT 2 punct`)).toEqual(['FRA>IRN AGREE 036']);
  });

  it('"offered to reopen talks" offers talks (036): reopening carries the act it governs', () => {
    expect(coded(`
      1 China PROPN 2 nsubj
      2 offered VERB 0 root offer
      3 to PART 4 mark
      4 reopen VERB 2 xcomp
      5 talks NOUN 4 obj talk
      6 with ADP 7 case
      7 India PROPN 5 nmod
      8 . PUNCT 2 punct`)).toEqual(['CHN>IND AGREE 036']);
  });
});

describe('lexicon: violent protest', () => {
  it('property destroyed by protesters is a violent protest (145); by a state, destruction of property (1712)', () => {
    expect(coded(`
      1 The DET 2 det
      2 protesters NOUN 3 nsubj protester
      3 destroyed VERB 0 root destroy
      4 French ADJ 5 amod
      5 offices NOUN 3 obj office
      6 . PUNCT 3 punct`)).toEqual([expect.stringMatching(/>FRA PROTEST 145$/)]);
    expect(coded(`
      1 Russia PROPN 2 nsubj
      2 destroyed VERB 0 root destroy
      3 Ukrainian ADJ 4 amod
      4 offices NOUN 2 obj office
      5 . PUNCT 2 punct`)).toEqual(['RUS>UKR ASSAULT 1712']);
  });
});

describe('lexicon: accusations, lawsuits and expulsions', () => {
  it('reads the accused also as an indirect object ("accused Russia of meddling")', () => {
    expect(coded(`
      1 Ukraine PROPN 2 nsubj
      2 accused VERB 0 root accuse
      3 Russia PROPN 2 iobj
      4 of SCONJ 5 mark
      5 meddling VERB 2 advcl meddle
      6 in ADP 8 case
      7 its PRON 8 nmod:poss
      8 elections NOUN 5 obl election
      9 . PUNCT 2 punct`)).toEqual(['UKR>RUS ACCUSE 112']);
  });

  it('taking a state to court sues it (115); a protest "to" a state is addressed to it (114)', () => {
    expect(coded(`
      1 Ukraine PROPN 2 nsubj
      2 took VERB 0 root take
      3 Russia PROPN 2 obj
      4 to ADP 5 case
      5 court NOUN 2 obl
      6 . PUNCT 2 punct`)).toEqual(['UKR>RUS ACCUSE 115']);
    expect(coded(`
      1 China PROPN 2 nsubj
      2 protested VERB 0 root protest
      3 to ADP 4 case
      4 India PROPN 2 obl
      5 over ADP 7 case
      6 the DET 7 det
      7 incident NOUN 2 obl
      8 . PUNCT 2 punct`)).toEqual(['CHN>IND ACCUSE 114']);
  });

  it('declaring a diplomat persona non grata expels him (166)', () => {
    expect(coded(`
      1 Niger PROPN 2 nsubj
      2 declared VERB 0 root declare
      3 the DET 6 det
      4 French ADJ 6 amod
      5 ambassador NOUN 6 compound
      6 persona NOUN 2 obj
      7 non ADV 6 advmod
      8 grata NOUN 7 goeswith
      9 . PUNCT 2 punct`)).toEqual(['NER>FRA SANCTION 166']);
  });

  it('endorsing a peace plan supports its author and is no mediation', () => {
    expect(coded(`
      1 China PROPN 2 nsubj
      2 endorsed VERB 0 root endorse
      3 Russia PROPN 6 nmod:poss
      4 's PART 3 case
      5 peace NOUN 6 compound
      6 plan NOUN 2 obj
      7 . PUNCT 2 punct`)).toEqual(['CHN>RUS SUPPORT 051']);
  });
});

describe('lexicon: bans on goods are embargoes', () => {
  it('"imposed a ban on Ukrainian wine" is an embargo (163), lifting it eases sanctions (085)', () => {
    expect(coded(`
      1 Russia PROPN 2 nsubj
      2 imposed VERB 0 root impose
      3 a DET 4 det
      4 ban NOUN 2 obj
      5 on ADP 7 case
      6 Ukrainian ADJ 7 amod
      7 wine NOUN 4 nmod
      8 . PUNCT 2 punct`)).toEqual(['RUS>UKR COERCE 163']);
    expect(coded(`
      1 China PROPN 2 nsubj
      2 lifted VERB 0 root lift
      3 its PRON 4 nmod:poss
      4 ban NOUN 2 obj
      5 on ADP 7 case
      6 Indian ADJ 7 amod
      7 wine NOUN 4 nmod
      8 . PUNCT 2 punct`)).toEqual(['CHN>IND RETREAT 085']);
  });
});

describe('lexicon: political news that is no event', () => {
  it('money given by one person to another is a donation, not aid', () => {
    expect(coded(`
      1 Putin PROPN 2 nsubj
      2 gave VERB 0 root give
      3 money NOUN 2 obj
      4 to ADP 5 case
      5 Xi PROPN 2 obl
      6 . PUNCT 2 punct`, { coder: { participants: 'lenient' } })).toEqual([]);
  });

  it('"thanks to X" is a cause; thanks extended to X are support (051)', () => {
    expect(coded(`
      1 Xi PROPN 2 nsubj
      2 succeeded VERB 0 root succeed
      3 thanks NOUN 2 obl
      4 to ADP 5 case
      5 Russia PROPN 3 nmod
      6 . PUNCT 2 punct`, { coder: { participants: 'lenient' } })).toEqual([]);
    expect(coded(`
      1 China PROPN 2 nsubj
      2 extended VERB 0 root extend
      3 its PRON 4 nmod:poss
      4 thanks NOUN 2 obj
      5 to ADP 6 case
      6 India PROPN 2 obl
      7 . PUNCT 2 punct`)).toEqual(['CHN>IND SUPPORT 051']);
  });

  it('helping someone understand is no aid', () => {
    expect(coded(`
      1 China PROPN 2 nsubj
      2 helped VERB 0 root help
      3 Pakistan PROPN 2 obj
      4 understand VERB 2 xcomp
      5 the DET 6 det
      6 crisis NOUN 4 obj
      7 . PUNCT 2 punct`)).toEqual([]);
  });
});

describe('lexicon: warnings, briefings and insults', () => {
  it('"cautioned X against" warns (130); "briefed X" consults (040); "insulted X" disapproves (111)', () => {
    expect(coded(`
      1 China PROPN 2 nsubj
      2 cautioned VERB 0 root caution
      3 India PROPN 2 obj
      4 against SCONJ 5 mark
      5 interfering VERB 2 advcl interfere
      6 . PUNCT 2 punct`)).toEqual(['CHN>IND THREATEN 130']);
    expect(coded(`
      1 Putin PROPN 2 nsubj
      2 briefed VERB 0 root brief
      3 Xi PROPN 2 obj
      4 . PUNCT 2 punct`)).toEqual(['RUS>CHN CONSULT 040']);
    expect(coded(`
      1 Iran PROPN 2 nsubj
      2 insulted VERB 0 root insult
      3 France PROPN 2 obj
      4 . PUNCT 2 punct`)).toEqual(['IRN>FRA ACCUSE 111']);
  });
});

describe('lexicon: yielding, peacekeepers, bombings and intelligence', () => {
  it('calling off a protest eases dissent (082, CONCEDE) rather than negating the protest', () => {
    expect(coded(`
      1 Indian ADJ 2 amod
      2 unions NOUN 3 nsubj union
      3 called VERB 0 root call
      4 off ADP 3 compound:prt
      5 the DET 6 det
      6 protest NOUN 3 obj
      7 . PUNCT 3 punct`, { coder: { participants: 'lenient' } })).toEqual(['IND>- CONCEDE 082']);
  });

  it('easing emergency measures lifts a state of emergency (0814)', () => {
    expect(coded(`
      1 Pakistan PROPN 2 nsubj
      2 eased VERB 0 root ease
      3 emergency NOUN 4 compound
      4 measures NOUN 2 obj measure
      5 . PUNCT 2 punct`, { coder: { participants: 'lenient' } })).toEqual(['PAK>PAK RETREAT 0814']);
  });

  it('suicide bombers who blew themselves up carried out a suicide bombing (1831)', () => {
    expect(coded(`
      1 Pakistani ADJ 2 amod
      2 bombers NOUN 3 nsubj bomber
      3 blew VERB 0 root blow
      4 themselves PRON 3 obj themselves
      5 up ADP 3 compound:prt
      6 in ADP 7 case
      7 Delhi PROPN 3 obl
      8 . PUNCT 3 punct`, { coder: { participants: 'lenient' } })).toEqual(['PAK>IND ASSAULT 1831']);
  });

  it('intelligence or imagery provided to a state is intelligence sharing (064)', () => {
    expect(coded(`
      1 Britain PROPN 2 nsubj
      2 provided VERB 0 root provide
      3 satellite NOUN 4 compound
      4 imagery NOUN 2 obj
      5 to ADP 6 case
      6 Ukraine PROPN 2 obl
      7 . PUNCT 2 punct`)).toEqual(['GBR>UKR COOPERATE 064']);
  });
});

describe('lexicon: trade, science and thanks that are no events', () => {
  it('buying weapons is trade, not aid; ordering their delivery to a state still frames aid', () => {
    expect(coded(`
      1 India PROPN 2 nsubj
      2 ordered VERB 0 root order
      3 200 NUM 4 nummod
      4 jets NOUN 2 obj jet
      5 from ADP 6 case
      6 France PROPN 2 obl
      7 . PUNCT 2 punct`, { coder: { participants: 'lenient' } })).toEqual([]);
  });

  it('a weather satellite launched is no show of force; thanking voters supports no one', () => {
    expect(coded(`
      1 China PROPN 2 nsubj
      2 launched VERB 0 root launch
      3 a DET 5 det
      4 weather NOUN 5 compound
      5 satellite NOUN 2 obj
      6 . PUNCT 2 punct`, { coder: { participants: 'lenient' } })).toEqual([]);
    expect(coded(`
      1 Putin PROPN 2 nsubj
      2 thanked VERB 0 root thank
      3 Russian ADJ 4 amod
      4 voters NOUN 2 obj voter
      5 . PUNCT 2 punct`, { coder: { participants: 'lenient' } })).toEqual([]);
    expect(coded(`
      1 Putin PROPN 2 nsubj
      2 thanked VERB 0 root thank
      3 China PROPN 2 obj
      4 . PUNCT 2 punct`)).toEqual(['RUS>CHN SUPPORT 051']);
  });
});

describe('lexicon: brokered deals and accepted demands', () => {
  it('brokering a truce between two states mediates between them (045)', () => {
    expect(coded(`
      1 China PROPN 2 nsubj
      2 brokered VERB 0 root broker
      3 a DET 4 det
      4 truce NOUN 2 obj
      5 between ADP 6 case
      6 India PROPN 4 nmod
      7 and CCONJ 8 cc
      8 Pakistan PROPN 6 conj
      9 . PUNCT 2 punct`).sort()).toEqual(['CHN>IND CONSULT 045', 'CHN>PAK CONSULT 045']);
  });

  it('accepting demands from someone gives in to them (083)', () => {
    expect(coded(`
      1 India PROPN 2 nsubj
      2 accepted VERB 0 root accept
      3 demands NOUN 2 obj demand
      4 from ADP 6 case
      5 the DET 6 det
      6 rebels NOUN 2 obl rebel
      7 . PUNCT 2 punct`)).toEqual(['IND>rebels CONCEDE 083']);
  });
});
