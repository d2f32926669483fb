/**
 * Lexicon readings (data/lexicon) of ships and planes taken (a state confiscates, pirates hijack),
 * aid given "with" ("provided Ukraine with …") or sought, diplomats expelled in the passive, and
 * offers made in the passive. One sentence each, written for these tests and parsed by hand (UD
 * relations as the project's parser writes them).
 */
import { describe, expect, it } from 'vitest';
import { coded } from './test-support/coded.js';

const lenient = { coder: { participants: 'lenient' as const } };

describe('lexicon: ships and planes seized', () => {
  it('a state seizing a ship confiscates it (1711, COERCE)', () => {
    expect(coded(`
      1 Iran PROPN 2 nsubj
      2 seized VERB 0 root seize
      3 a DET 5 det
      4 British ADJ 5 amod
      5 tanker NOUN 2 obj
      6 . PUNCT 2 punct`)).toEqual(['IRN>GBR COERCE 1711']);
  });

  it('pirates seizing a ship hijack it (181, ASSAULT)', () => {
    expect(coded(`
      1 Pirates NOUN 2 nsubj
      2 seized VERB 0 root seize
      3 an DET 5 det
      4 Indian ADJ 5 amod
      5 vessel NOUN 2 obj
      6 . PUNCT 2 punct`, lenient)).toEqual(['->IND ASSAULT 181']);
  });
});

describe('lexicon: aid given "with"', () => {
  it('the object receives what the with-phrase names: money (071), weapons (072)', () => {
    expect(coded(`
      1 China PROPN 2 nsubj
      2 provided VERB 0 root provide
      3 Pakistan PROPN 2 obj
      4 with ADP 6 case
      5 two NUM 6 nummod
      6 billion NUM 2 obl
      7 dollars NOUN 6 nmod
      8 . PUNCT 2 punct`)).toEqual(['CHN>PAK AID 071']);
    expect(coded(`
      1 Iran PROPN 2 nsubj
      2 supplied VERB 0 root supply
      3 Russia PROPN 2 obj
      4 with ADP 5 case
      5 drones NOUN 2 obl
      6 . PUNCT 2 punct`)).toEqual(['IRN>RUS AID 072']);
  });

  it('a with-phrase on an object that names nobody is no event', () => {
    expect(coded(`
      1 France PROPN 2 nsubj
      2 provided VERB 0 root provide
      3 the DET 4 det
      4 police NOUN 2 obj
      5 with ADP 6 case
      6 information NOUN 2 obl
      7 . PUNCT 2 punct`, lenient)).toEqual([]);
  });
});

describe('lexicon: weapons and relief sought', () => {
  it('weapons sought from a state are an appeal for military aid (0232), food for humanitarian aid (0233)', () => {
    expect(coded(`
      1 Ukraine PROPN 2 nsubj
      2 sought VERB 0 root seek
      3 tanks NOUN 2 obj
      4 from ADP 5 case
      5 France PROPN 2 obl
      6 . PUNCT 2 punct`)).toEqual(['UKR>FRA REQUEST 0232']);
    expect(coded(`
      1 Niger PROPN 2 nsubj
      2 sought VERB 0 root seek
      3 food NOUN 2 obj
      4 from ADP 5 case
      5 France PROPN 2 obl
      6 . PUNCT 2 punct`)).toEqual(['NER>FRA REQUEST 0233']);
  });
});

describe('lexicon: passives', () => {
  it('diplomats expelled from a state are expelled by it (166)', () => {
    expect(coded(`
      1 Russian ADJ 2 amod
      2 diplomats NOUN 4 nsubj:pass
      3 were AUX 4 aux:pass
      4 expelled VERB 0 root expel
      5 from ADP 6 case
      6 France PROPN 4 obl
      7 . PUNCT 4 punct`)).toEqual(['FRA>RUS SANCTION 166']);
  });

  it('a state offered help in the passive is whom the offer is made to', () => {
    expect(coded(`
      1 Kazakhstan PROPN 3 nsubj:pass
      2 was AUX 3 aux:pass
      3 offered VERB 0 root offer
      4 military ADJ 5 amod
      5 help NOUN 3 obj
      6 by ADP 7 case
      7 China PROPN 3 obl
      8 . PUNCT 3 punct`)).toEqual(['CHN>KAZ AGREE 0332']);
  });
});
