/**
 * Targets found beyond a trigger's own slots: whom a threat is aimed at (the one its condition
 * names, the recipient deeper in its complement, the state where the threatened act would
 * happen), places that stand for their country (protests, shelled cities), and acts counted by a
 * quantity noun ("a new round of talks").
 */
import { describe, expect, it } from 'vitest';
import { codeEvents } from './event-coder.js';
import { coded } from './test-support/coded.js';
import { eventDoc, WORLD } from './test-support/event-doc.js';
import { shippedResources } from './test-support/resources.js';
import { summarize } from './test-support/summarize.js';

const PLACES = [
  { id: 'place:donetsk', name: 'Donetsk', country: 'UKR', forms: ['Donetsk'] },
  { id: 'place:lahore', name: 'Lahore', country: 'PAK', forms: ['Lahore'] },
];

/** A people named with its demonym, as the actor layer resolves "Pakistani students". */
const STUDENTS = { id: 'group:pak-students', name: 'Pakistani students', type: 'group' as const, country: 'PAK', forms: ['Pakistani students'] };

describe('event coder: whom a threat is aimed at', () => {
  it('reads the one who must meet the condition of a threat ("unless Iran …")', () => {
    expect(coded(`
      1 India PROPN 2 nsubj
      2 threatened VERB 0 root threaten
      3 to PART 4 mark
      4 suspend VERB 2 xcomp
      5 trade NOUN 2 obj
      6 unless SCONJ 8 mark
      7 Pakistan PROPN 8 nsubj
      8 closed VERB 2 advcl close
      9 the DET 10 det
      10 camps NOUN 8 obj camp
      11 . PUNCT 2 punct`).filter((e) => e.includes('THREATEN'))).toEqual(['IND>PAK THREATEN 130']);
  });

  it('passes over a complement that names only the threat\'s own source ("to hold their strike unless Russia …")', () => {
    expect(coded(`
      1 Rebels PROPN 2 nsubj
      2 threatened VERB 0 root threaten
      3 to PART 4 mark
      4 hold VERB 2 xcomp
      5 a DET 7 det
      6 general ADJ 7 amod
      7 strike NOUN 4 obj
      8 unless SCONJ 10 mark
      9 Russia PROPN 10 nsubj
      10 withdrew VERB 4 advcl withdraw
      11 . PUNCT 2 punct`).filter((e) => e.includes('THREATEN')).map((e) => e.split(' ')[0])).toEqual(['rebels>RUS']);
  });

  it('finds the recipient one controlled verb down ("threatened to deliver devastating blows to X")', () => {
    expect(coded(`
      1 Rebels PROPN 3 nsubj
      2 have AUX 3 aux
      3 threatened VERB 0 root threaten
      4 to PART 5 mark
      5 deliver VERB 3 xcomp
      6 devastating VERB 5 xcomp devastate
      7 blows NOUN 6 obj blow
      8 to ADP 9 case
      9 Russia PROPN 7 nmod
      10 . PUNCT 3 punct`)).toEqual(['rebels>RUS THREATEN 130']);
  });

  it('takes the state where the threatened act would happen ("resume activities in Ukraine")', () => {
    expect(coded(`
      1 Rebels PROPN 2 nsubj
      2 threatened VERB 0 root threaten
      3 to PART 4 mark
      4 resume VERB 2 xcomp
      5 their PRON 6 nmod:poss
      6 activities NOUN 4 obj activity
      7 in ADP 8 case
      8 Ukraine PROPN 6 nmod
      9 . PUNCT 2 punct`)).toEqual(['rebels>UKR THREATEN 130']);
  });
});

describe('event coder: places standing for their country', () => {
  it('directs a protest at the country where it is held', () => {
    expect(coded(`
      1 Pakistani ADJ 2 amod
      2 students NOUN 3 nsubj student
      3 staged VERB 0 root stage
      4 a DET 5 det
      5 protest NOUN 3 obj
      6 in ADP 7 case
      7 Lahore PROPN 3 obl
      8 . PUNCT 3 punct`, { places: PLACES, actors: [...WORLD, STUDENTS] })).toEqual(['PAK>PAK PROTEST 141']);
    // A state does not protest against itself: with the students left out, Pakistan's own complaint names nobody.
    expect(coded(`
      1 Pakistan PROPN 2 nsubj
      2 protested VERB 0 root protest
      3 in ADP 4 case
      4 Lahore PROPN 2 obl
      5 . PUNCT 2 punct`, { places: PLACES })).toEqual([]);
  });

  it('places protesters of no known country where they protest ("outside the embassy in Lahore")', () => {
    expect(coded(`
      1 Protesters NOUN 2 nsubj protester
      2 rallied VERB 0 root rally
      3 outside ADP 6 case
      4 the DET 6 det
      5 Indian ADJ 6 amod
      6 embassy NOUN 2 obl
      7 in ADP 8 case
      8 Lahore PROPN 6 nmod
      9 . PUNCT 2 punct`, { places: PLACES, actors: [...WORLD, { id: 'group:protesters', name: 'protesters', type: 'group', country: null, forms: ['Protesters'] }] })).toEqual(['PAK>IND PROTEST 141']);
  });

  it('reads the place inside a target phrase ("shelled the city of Donetsk")', () => {
    expect(coded(`
      1 Russia PROPN 2 nsubj
      2 shelled VERB 0 root shell
      3 the DET 4 det
      4 city NOUN 2 obj
      5 of ADP 6 case
      6 Donetsk PROPN 4 nmod
      7 . PUNCT 2 punct`, { places: PLACES })).toEqual(['RUS>UKR ASSAULT 194']);
  });
});

describe('event coder: a place as possessor of an act', () => {
  it('reads a place possessor as what is acted on ("Donetsk\'s shelling by Russia")', () => {
    expect(coded(`
      1 Donetsk PROPN 3 nmod:poss
      2 's PART 1 case
      3 shelling NOUN 6 nsubj
      4 by ADP 5 case
      5 Russia PROPN 3 nmod
      6 continued VERB 0 root continue
      7 . PUNCT 6 punct`, { places: PLACES }).filter((e) => e.includes('ASSAULT'))).toEqual(['RUS>UKR ASSAULT 194']);
  });
});

describe('event coder: acts counted by a quantity noun', () => {
  const table = `
      1 China PROPN 2 nsubj
      2 held VERB 0 root hold
      3 a DET 5 det
      4 new ADJ 5 amod
      5 round NOUN 2 obj
      6 of ADP 7 case
      7 talks NOUN 5 nmod talk
      8 with ADP 9 case
      9 Russia PROPN 2 obl
      10 . PUNCT 2 punct`;
  it('sees the light verb through "a round of" when the grammar lists the quantity noun', () => {
    const shipped = shippedResources();
    const withRound = { ...shipped, lexicon: { ...shipped.lexicon, grammar: { ...shipped.lexicon.grammar, quantityNouns: new Set(['round']) } } };
    const withoutRound = { ...shipped, lexicon: { ...shipped.lexicon, grammar: { ...shipped.lexicon.grammar, quantityNouns: new Set<string>() } } };
    expect(summarize(codeEvents(eventDoc(table, WORLD), withRound))).toEqual(['CHN>RUS CONSULT 046']);
    // Without it, "talks" has no light verb and names no source of its own.
    expect(summarize(codeEvents(eventDoc(table, WORLD), withoutRound))).toEqual([]);
  });
});

describe('event coder: nouns with a passive light verb', () => {
  it('takes the passive subject as the one the act is done to ("Iran was hit with new American sanctions")', () => {
    expect(coded(`
      1 Iran PROPN 3 nsubj:pass
      2 was AUX 3 aux:pass
      3 hit VERB 0 root hit
      4 with ADP 7 case
      5 new ADJ 7 amod
      6 American ADJ 7 amod
      7 sanctions NOUN 3 obl sanction
      8 . PUNCT 3 punct`)).toEqual(['USA>IRN COERCE 163']);
  });

  it('takes forces put in a posture by nobody named as their own state\'s ("Russian troops were placed on high alert")', () => {
    const table = `
      1 Russian ADJ 2 amod
      2 troops NOUN 4 nsubj:pass troop
      3 were AUX 4 aux:pass
      4 placed VERB 0 root place
      5 on ADP 7 case
      6 high ADJ 7 amod
      7 alert NOUN 4 obl alert
      8 . PUNCT 4 punct`;
    expect(coded(table, { coder: { participants: 'lenient' } })).toEqual(['RUS>- MOBILIZE 152']);
    // With an agent, the agent puts them on alert.
    const byKyiv = table.replace('7 alert NOUN 4 obl alert\n      8 . PUNCT 4 punct', '7 alert NOUN 4 obl alert\n      8 by ADP 9 case\n      9 Ukraine PROPN 4 obl:agent\n      10 . PUNCT 4 punct');
    expect(coded(byKyiv, { coder: { participants: 'lenient' } })).toEqual(['UKR>- MOBILIZE 152']);
  });
});

describe('event coder: things tied to their owner or destination', () => {
  const table = `
      1 Rebels NOUN 2 nsubj rebel
      2 attacked VERB 0 root attack
      3 ships NOUN 2 obj ship
      4 linked VERB 3 acl link
      5 to ADP 6 case
      6 Iran PROPN 4 obl
      7 . PUNCT 2 punct`;

  it('aims an attack on "ships linked to Iran" at Iran', () => {
    expect(coded(table).filter((e) => e.includes('>IRN'))).toEqual(['rebels>IRN ASSAULT 190']);
  });

  it('reads no owner from another participle ("ships sailing to Iran")', () => {
    const sailing = table.replace('4 linked VERB 3 acl link', '4 sailing VERB 3 acl sail');
    expect(coded(sailing).filter((e) => e.includes('>IRN'))).toEqual([]);
  });
});

describe('event coder: a participant hung on a date', () => {
  it('reads the target under a month the undated article cannot resolve ("in early March to Iran")', () => {
    expect(coded(`
      1 India PROPN 2 nsubj
      2 agreed VERB 0 root agree
      3 to PART 4 mark
      4 lift VERB 2 xcomp
      5 sanctions NOUN 4 obj sanction
      6 in ADP 8 case
      7 early ADJ 8 amod
      8 March PROPN 4 obl march
      9 to ADP 10 case
      10 Iran PROPN 8 nmod
      11 . PUNCT 2 punct`, { dates: [] })).toContainEqual(expect.stringMatching(/^IND>IRN AGREE/));
  });
});

describe('event coder: a possessor of a relation', () => {
  const table = (noun: string) => `
      1 Ukraine PROPN 2 nsubj
      2 killed VERB 0 root kill
      3 the DET 4 det
      4 chief NOUN 2 obj
      5 of ADP 8 case
      6 Russia PROPN 8 nmod:poss
      7 's PART 6 case
      8 ${noun} NOUN 4 nmod ${noun}
      9 . PUNCT 2 punct`;

  it('is the target of an act on its own people ("the chief of Russia\'s army")', () => {
    expect(coded(table('army')).map((e) => e.split(' ')[0])).toEqual(['UKR>RUS']);
  });

  it('is not the target of an act on its ally ("the chief of Russia\'s ally")', () => {
    // (The same table with a noun of no relation is coded against Russia, as above and with "friend".)
    expect(coded(table('friend')).map((e) => e.split(' ')[0])).toEqual(['UKR>RUS']);
    expect(coded(table('ally')).filter((e) => e.includes('RUS'))).toEqual([]);
  });
});

describe('event coder: someone named by where they come from', () => {
  it('is of the country of a city they are "from" ("a teacher from Lahore was arrested in Ukraine")', () => {
    expect(coded(`
      1 A DET 2 det
      2 teacher NOUN 6 nsubj:pass
      3 from ADP 4 case
      4 Lahore PROPN 2 nmod
      5 was AUX 6 aux:pass
      6 arrested VERB 0 root arrest
      7 in ADP 8 case
      8 Ukraine PROPN 6 obl
      9 . PUNCT 6 punct`, { places: PLACES }).filter((e) => e.includes('COERCE'))).toEqual(['UKR>PAK COERCE 173']);
  });
});
