/**
 * Groups the text does not place ("rebels", "demonstrators") take a country from the context:
 * where the act happens, a place modifying them, or the one country of the clause when the other
 * side is a civil authority of it — never from an army, which may act abroad.
 */
import { describe, expect, it } from 'vitest';
import { coded } from './test-support/coded.js';
import { WORLD } from './test-support/event-doc.js';

const ACTORS = [
  ...WORLD,
  { id: 'org:pak-police', name: 'Pakistani police', type: 'org' as const, country: 'PAK', sector: 'COP', forms: ['Pakistani police'] },
  { id: 'org:ind-army', name: 'Indian troops', type: 'org' as const, country: 'IND', sector: 'MIL', forms: ['Indian troops'] },
];
const PLACES = [
  { id: 'place:lahore', name: 'Lahore', country: 'PAK', forms: ['Lahore'] },
  { id: 'place:donetsk', name: 'Donetsk', country: 'UKR', forms: ['Donetsk'] },
];

/** Armed separatists the text places in India. */
const SEPARATISTS = { id: 'group:ind-separatists', name: 'Indian separatists', type: 'group' as const, country: 'IND', sector: 'REB', forms: ['Separatists'] };

/** "Separatists opened fire when <subject> stopped in Lahore." */
const OCCASION = (subject: string) => `
      1 Separatists NOUN 2 nsubj separatist
      2 opened VERB 0 root open
      3 fire NOUN 2 obj fire
      4 when ADV 6 advmod
      5 ${subject} 6 nsubj
      6 stopped VERB 2 advcl stop
      7 in ADP 8 case
      8 Lahore PROPN 6 obl
      9 . PUNCT 2 punct`;

const ARREST = (subject: string) => `
      1 ${subject} PROPN 2 nsubj
      2 arrested VERB 0 root arrest
      3 dozens NOUN 2 obj dozen
      4 of ADP 5 case
      5 rebels NOUN 3 nmod rebel
      6 . PUNCT 2 punct`;

describe('event coder: the country of groups the text does not place', () => {
  it('gives a group facing a civil authority that authority\'s country when the clause names no other', () => {
    const table = `
      1 Pakistani ADJ 2 amod
      2 police NOUN 3 nsubj
      3 arrested VERB 0 root arrest
      4 rebels NOUN 3 obj rebel
      5 . PUNCT 3 punct`;
    expect(coded(table, { actors: ACTORS, places: PLACES }).filter((e) => e.includes('COERCE'))).toEqual(['PAK>PAK COERCE 173']);
  });

  it('leaves a group the text calls foreign or of a bloc unplaced ("Western diplomats", "foreign journalists")', () => {
    const table = (who: string) => `
      1 Pakistani ADJ 2 amod
      2 police NOUN 3 nsubj
      3 arrested VERB 0 root arrest
      4 ${who} ADJ 5 amod
      5 diplomats NOUN 3 obj diplomat
      6 . PUNCT 3 punct`;
    const group = (name: string) => ({ id: `group:${name.toLowerCase().replace(' ', '-')}`, name, type: 'group' as const, country: null, sector: 'GOV', forms: [name] });
    expect(coded(table('Western'), { actors: [...ACTORS, group('Western diplomats')], places: PLACES }).filter((e) => e.includes('COERCE'))).toEqual(['PAK>Western diplomats COERCE 173']);
    expect(coded(table('rebel'), { actors: [...ACTORS, group('rebel diplomats')], places: PLACES }).filter((e) => e.includes('COERCE'))).toEqual(['PAK>PAK COERCE 173']);
  });

  it('leaves the group unplaced when the other side is an army (armies act abroad)', () => {
    const table = `
      1 Indian ADJ 2 amod
      2 troops NOUN 3 nsubj
      3 arrested VERB 0 root arrest
      4 rebels NOUN 3 obj rebel
      5 . PUNCT 3 punct`;
    expect(coded(table, { actors: ACTORS, places: PLACES }).filter((e) => e.includes('COERCE'))).toEqual(['IND>rebels COERCE 173']);
  });

  it('leaves the group unplaced when its clause names a second country', () => {
    const table = `
      1 Pakistani ADJ 2 amod
      2 police NOUN 3 nsubj
      3 arrested VERB 0 root arrest
      4 rebels NOUN 3 obj rebel
      5 near ADP 7 case
      6 the DET 7 det
      7 border NOUN 3 obl
      8 with ADP 9 case
      9 India PROPN 7 nmod
      10 . PUNCT 3 punct`;
    expect(coded(table, { actors: ACTORS, places: PLACES }).filter((e) => e.includes('COERCE'))).toEqual(['PAK>rebels COERCE 173']);
  });

  it('does not count a country named only in a purpose clause ("… to protest against a deal with India")', () => {
    const table = `
      1 Pakistani ADJ 2 amod
      2 police NOUN 3 nsubj
      3 arrested VERB 0 root arrest
      4 rebels NOUN 3 obj rebel
      5 to PART 6 mark
      6 stop VERB 3 advcl stop
      7 a DET 8 det
      8 march NOUN 6 obj
      9 against ADP 11 case
      10 the DET 11 det
      11 deal NOUN 8 nmod
      12 with ADP 13 case
      13 India PROPN 11 nmod
      14 . PUNCT 3 punct`;
    expect(coded(table, { actors: ACTORS, places: PLACES }).filter((e) => e.includes('COERCE'))).toEqual(['PAK>PAK COERCE 173']);
  });

  it('places a group where its act happens, down a chain of "of" phrases ("in the markets of the old quarter of Lahore")', () => {
    const table = `
      1 Rebels NOUN 2 nsubj rebel
      2 attacked VERB 0 root attack
      3 a DET 4 det
      4 convoy NOUN 2 obj
      5 in ADP 7 case
      6 the DET 7 det
      7 markets NOUN 2 obl market
      8 of ADP 11 case
      9 the DET 11 det
      10 old ADJ 11 amod
      11 quarter NOUN 7 nmod
      12 of ADP 13 case
      13 Lahore PROPN 11 nmod
      14 . PUNCT 2 punct`;
    expect(coded(table, { actors: ACTORS, places: PLACES }).filter((e) => e.includes('ASSAULT')).map((e) => e.split('>')[0])).toEqual(['PAK']);
  });

  it('places a group in a common noun a place names ("in the villages of the Donetsk region")', () => {
    const table = `
      1 Rebels NOUN 2 nsubj rebel
      2 attacked VERB 0 root attack
      3 a DET 4 det
      4 convoy NOUN 2 obj
      5 in ADP 7 case
      6 the DET 7 det
      7 villages NOUN 2 obl village
      8 of ADP 11 case
      9 the DET 11 det
      10 Donetsk PROPN 11 compound
      11 region NOUN 7 nmod region
      12 . PUNCT 2 punct`;
    expect(coded(table, { actors: ACTORS, places: PLACES }).filter((e) => e.includes('ASSAULT')).map((e) => e.split('>')[0])).toEqual(['UKR']);
  });

  it('takes where a "when"-clause about the same occasion happens as where fighting is ("… opened fire when they stopped in Lahore")', () => {
    expect(coded(OCCASION('they PRON'), { actors: [...ACTORS, SEPARATISTS], places: PLACES }).filter((e) => e.includes('ASSAULT'))).toEqual(['IND>PAK ASSAULT 193']);
  });

  it('does not take the place of a "when"-clause about someone else ("… when soldiers stopped in Lahore")', () => {
    expect(coded(OCCASION('soldiers NOUN'), { actors: [...ACTORS, SEPARATISTS], places: PLACES }).filter((e) => e.includes('>PAK'))).toEqual([]);
  });

  it('places a group where its act happens ("Rebels attacked … in Lahore")', () => {
    const table = `
      1 Rebels NOUN 2 nsubj rebel
      2 attacked VERB 0 root attack
      3 a DET 4 det
      4 convoy NOUN 2 obj
      5 in ADP 6 case
      6 Lahore PROPN 2 obl
      7 . PUNCT 2 punct`;
    expect(coded(table, { actors: ACTORS, places: PLACES }).filter((e) => e.includes('ASSAULT')).map((e) => e.split('>')[0])).toEqual(['PAK']);
  });

  it('reads a place modifying the group as where it is from ("Donetsk rebels")', () => {
    const table = `
      1 Russia PROPN 2 nsubj
      2 armed VERB 0 root arm
      3 Donetsk PROPN 4 compound
      4 rebels NOUN 2 obj rebel
      5 . PUNCT 2 punct`;
    const events = coded(table, { actors: ACTORS, places: PLACES });
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((e) => e.startsWith('RUS>UKR '))).toBe(true);
  });

  it('takes a group of a state\'s officials as a civil authority ("Kazakh authorities jailed members of a movement")', () => {
    const officials = { id: 'group:kaz-authorities', name: 'Kazakh authorities', type: 'group' as const, country: 'KAZ', sector: 'GOV', via: 'description' as const, forms: ['Kazakh authorities'] };
    const movement = { id: 'org:steppe-movement', name: 'Steppe Movement', type: 'org' as const, country: null, forms: ['Steppe Movement'] };
    const table = `
      1 Kazakh ADJ 2 amod
      2 authorities NOUN 3 nsubj authority
      3 jailed VERB 0 root jail
      4 members NOUN 3 obj member
      5 of ADP 7 case
      6 the DET 7 det
      7 Steppe PROPN 4 nmod
      8 Movement PROPN 7 flat
      9 . PUNCT 3 punct`;
    expect(coded(table, { actors: [...ACTORS, officials, movement], places: PLACES }).filter((e) => e.includes('COERCE'))).toEqual(['KAZ>KAZ COERCE 173']);
    // Officials meeting a group say nothing of where it is from: they meet foreigners all the time.
    const met = table.replace('3 jailed VERB 0 root jail', '3 met VERB 0 root meet');
    expect(coded(met, { actors: [...ACTORS, officials, movement], places: PLACES })).toEqual(['KAZ>Steppe Movement CONSULT 040']);
  });

  it('places a judge the text does not place where the officials he pursues serve, but not a head of state', () => {
    const judge = { id: 'person:judge-lopez', name: 'Ana Lopez', type: 'person' as const, country: null, sector: 'JUD', forms: ['Judge Ana Lopez'] };
    const officials = { id: 'group:pak-officials', name: 'Pakistani officials', type: 'group' as const, country: 'PAK', sector: 'GOV', via: 'description' as const, forms: ['Pakistani officials'] };
    const judgeTable = `
      1 Judge PROPN 3 compound
      2 Ana PROPN 3 flat
      3 Lopez PROPN 4 nsubj
      4 opened VERB 0 root open
      5 an DET 6 det
      6 investigation NOUN 4 obj investigation
      7 against ADP 9 case
      8 Pakistani ADJ 9 amod
      9 officials NOUN 6 nmod official
      10 . PUNCT 4 punct`;
    const fixtures = { actors: [...ACTORS, judge, officials], places: PLACES };
    expect(coded(judgeTable, fixtures).filter((e) => e.includes('ACCUSE'))).toEqual(['PAK>PAK ACCUSE 090']);
    // A judge the clause may tie to an international court serves no state.
    const court = { id: 'igo:world-court', name: 'World Court', type: 'igo' as const, country: null, sector: 'IGO', forms: ['World Court'] };
    const ofCourt = `
      1 Judge PROPN 3 compound
      2 Ana PROPN 3 flat
      3 Lopez PROPN 7 nsubj
      4 of ADP 5 case
      5 World PROPN 3 nmod
      6 Court PROPN 5 flat
      7 opened VERB 0 root open
      8 an DET 9 det
      9 investigation NOUN 7 obj investigation
      10 against ADP 12 case
      11 Pakistani ADJ 12 amod
      12 officials NOUN 9 nmod official
      13 . PUNCT 7 punct`;
    expect(coded(ofCourt, { actors: [...ACTORS, judge, officials, court], places: PLACES }).filter((e) => e.includes('ACCUSE'))).toEqual(['Ana Lopez>PAK ACCUSE 090']);
    // A head of state meets and pursues foreigners: the counterpart says nothing of where one serves.
    const president = { ...judge, id: 'person:president-lopez', sector: 'GOV', forms: ['Judge Ana Lopez'] };
    expect(coded(judgeTable, { actors: [...ACTORS, president, officials], places: PLACES }).filter((e) => e.includes('ACCUSE'))).toEqual(['Ana Lopez>PAK ACCUSE 090']);
  });

  it('takes a state standing beside its own civil body as that body ("Kazakhstan\'s government" read as both)', () => {
    const government = { id: 'org:jansen-government', name: 'Jansen government', type: 'org' as const, country: 'KAZ', sector: 'GOV', forms: ['Jansen government'] };
    const movement = { id: 'org:steppe-movement', name: 'Steppe Movement', type: 'org' as const, country: null, forms: ['Steppe Movement'] };
    const table = `
      1 Kazakhstan PROPN 5 nsubj
      2 's PART 1 case
      3 Jansen PROPN 1 flat
      4 government NOUN 5 nsubj
      5 jailed VERB 0 root jail
      6 members NOUN 5 obj member
      7 of ADP 9 case
      8 the DET 9 det
      9 Steppe PROPN 6 nmod
      10 Movement PROPN 9 flat
      11 . PUNCT 5 punct`;
    const events = coded(table, { actors: [...ACTORS, government, movement], places: PLACES });
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((e) => e.startsWith('KAZ>KAZ '))).toBe(true);
    // (The parser may read the state and its body as two subjects, as here.)
    // The state alone gives no country: the movement may be anyone's.
    const alone = table.replace("1 Kazakhstan PROPN 5 nsubj\n      2 's PART 1 case\n      3 Jansen PROPN 1 flat\n      4 government NOUN 5 nsubj", "1 Kazakhstan PROPN 5 nsubj\n      2 on ADP 4 case\n      3 last ADJ 4 amod\n      4 Monday PROPN 5 obl");
    expect(coded(alone, { actors: [...ACTORS, movement], places: PLACES })).toEqual(['KAZ>Steppe Movement COERCE 173']);
  });

  it('takes no country from a state named as such ("Pakistan arrested dozens of rebels": they may come from anywhere)', () => {
    expect(coded(ARREST('Pakistan'), { actors: ACTORS, places: PLACES }).filter((e) => e.includes('COERCE'))).toEqual(['PAK>rebels COERCE 173']);
  });
});

describe('event coder: who acts in a to-infinitive on a noun', () => {
  it('reads the verb\'s subject for an infinitive hung on its object ("opened fire to disperse protesters")', () => {
    const table = `
      1 Pakistani ADJ 2 amod
      2 police NOUN 3 nsubj
      3 opened VERB 0 root open
      4 fire NOUN 3 obj
      5 to PART 6 mark
      6 disperse VERB 4 acl
      7 protesters NOUN 6 obj protester
      8 . PUNCT 3 punct`;
    expect(coded(table, { actors: ACTORS, places: PLACES }).filter((e) => e.endsWith(' 175'))).toEqual(['PAK>PAK ASSAULT 175']);
  });

  it('does not place a group of states ("Gulf states") from its counterpart', () => {
    const gulf = { id: 'group:gulf', name: 'Gulf states', type: 'group' as const, country: null, forms: ['Gulf states'] };
    const table = `
      1 Pakistani ADJ 2 amod
      2 police NOUN 3 nsubj
      3 arrested VERB 0 root arrest
      4 Gulf PROPN 5 compound
      5 states NOUN 3 obj state
      6 . PUNCT 3 punct`;
    expect(coded(table, { actors: [...ACTORS, gulf], places: PLACES }).filter((e) => e.includes('COERCE'))).toEqual(['PAK>Gulf states COERCE 173']);
  });

  it('does not place attackers in the state they fire "at": that is whom the act is aimed at', () => {
    const table = `
      1 Rebels NOUN 2 nsubj rebel
      2 fired VERB 0 root fire
      3 rockets NOUN 2 obj rocket
      4 at ADP 5 case
      5 Pakistan PROPN 2 obl
      6 . PUNCT 2 punct`;
    expect(coded(table, { actors: ACTORS })).toEqual(['rebels>PAK ASSAULT 194']);
  });
});
