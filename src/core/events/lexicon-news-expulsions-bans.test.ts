/**
 * Lexicon readings (data/lexicon) of envoys pulled out, people told to leave and bans aimed at
 * another state's vehicles, firms, media or people. One sentence each, written for these tests and
 * parsed by hand (UD relations as the project's parser writes them); each case pairs the reading
 * that codes with the one that must not. Also: standing uprisings, and aid suspended in a country.
 */
import { describe, expect, it } from 'vitest';
import { coded } from './test-support/coded.js';

const lenient = { coder: { participants: 'lenient' as const } };

describe('lexicon: envoys pulled out and people told to leave', () => {
  it('pulling an ambassador out of a country recalls him (161)', () => {
    expect(coded(`
      1 France PROPN 2 nsubj
      2 pulled VERB 0 root pull
      3 its PRON 4 nmod:poss
      4 ambassador NOUN 2 obj
      5 out ADP 7 case
      6 of ADP 7 case
      7 Niger PROPN 2 obl
      8 . PUNCT 2 punct`)).toEqual(['FRA>NER SANCTION 161']);
  });

  it('forcing observers out of a country expels them, with "out of" on the verb or hung on the object (1662)', () => {
    const onVerb = `
      1 Russia PROPN 2 nsubj
      2 forced VERB 0 root force
      3 Indian ADJ 4 amod
      4 observers NOUN 2 obj
      5 out ADP 8 case
      6 of ADP 8 case
      7 the DET 8 det
      8 country NOUN 2 obl
      9 . PUNCT 2 punct`;
    expect(coded(onVerb)).toEqual(['RUS>IND SANCTION 1662']);
    expect(coded(onVerb.replace('8 country NOUN 2 obl', '8 country NOUN 4 nmod'))).toEqual(['RUS>IND SANCTION 1662']);
    // a one-word "of" phrase on the object names whose observers they are, and forces nobody out
    expect(coded(`
      1 Russia PROPN 2 nsubj
      2 forced VERB 0 root force
      3 observers NOUN 2 obj
      4 of ADP 6 case
      5 the DET 6 det
      6 mission NOUN 3 nmod
      7 . PUNCT 2 punct`)).toEqual([]);
  });

  it('telling an ambassador to leave expels him (166); police telling protesters to leave does not', () => {
    expect(coded(`
      1 Moscow PROPN 2 nsubj
      2 told VERB 0 root tell
      3 the DET 5 det
      4 Indian ADJ 5 amod
      5 ambassador NOUN 2 iobj
      6 to PART 7 mark
      7 leave VERB 2 xcomp
      8 the DET 9 det
      9 country NOUN 7 obj
      10 . PUNCT 2 punct`)).toEqual(['RUS>IND SANCTION 166']);
    expect(coded(`
      1 Police NOUN 2 nsubj police
      2 ordered VERB 0 root order
      3 the DET 4 det
      4 protesters NOUN 2 obj protester
      5 to PART 6 mark
      6 leave VERB 2 xcomp
      7 the DET 8 det
      8 square NOUN 6 obj
      9 . PUNCT 2 punct`, lenient)).toEqual([]);
  });
});

describe('lexicon: bans aimed at another state', () => {
  it("banning another state's trucks restricts trade (163); its media outlets, speech (172)", () => {
    expect(coded(`
      1 Kazakhstan PROPN 2 nsubj
      2 banned VERB 0 root ban
      3 Russian ADJ 4 amod
      4 trucks NOUN 2 obj truck
      5 . PUNCT 2 punct`)).toEqual(['KAZ>RUS COERCE 163']);
    expect(coded(`
      1 Ukraine PROPN 2 nsubj
      2 banned VERB 0 root ban
      3 Russian ADJ 5 amod
      4 media NOUN 5 compound
      5 outlets NOUN 2 obj outlet
      6 . PUNCT 2 punct`)).toEqual(['UKR>RUS COERCE 172']);
  });
});

describe('lexicon: standing states and aid where it goes', () => {
  it('a standing uprising is no event; a protest is', () => {
    expect(coded(`
      1 the DET 4 det
      2 current ADJ 4 amod
      3 Iranian ADJ 4 amod
      4 uprising NOUN 5 nsubj
      5 continued VERB 0 root continue
      6 . PUNCT 5 punct`, lenient)).toEqual([]);
  });

  it('aid deliveries suspended in a country are aid cut to it (162)', () => {
    expect(coded(`
      1 The DET 3 det
      2 United PROPN 3 compound
      3 Nations PROPN 4 nsubj
      4 suspended VERB 0 root suspend
      5 aid NOUN 6 compound
      6 deliveries NOUN 4 obj delivery
      7 in ADP 8 case
      8 Pakistan PROPN 4 obl
      9 . PUNCT 4 punct`)).toEqual(['United Nations>PAK SANCTION 162']);
  });
});

describe('lexicon: visas stopped and acts paused', () => {
  it('suspending visa services for a state\'s citizens restricts their entry (172)', () => {
    expect(coded(`
      1 India PROPN 2 nsubj
      2 suspended VERB 0 root suspend
      3 visa NOUN 4 compound
      4 services NOUN 2 obj service
      5 for ADP 7 case
      6 Chinese ADJ 7 amod
      7 citizens NOUN 2 obl citizen
      8 . PUNCT 2 punct`)).toEqual(['IND>CHN COERCE 172']);
  });

  it('pausing talks with a state halts them (164), as suspending does', () => {
    expect(coded(`
      1 France PROPN 2 nsubj
      2 paused VERB 0 root pause
      3 trade NOUN 4 compound
      4 talks NOUN 2 obj talk
      5 with ADP 6 case
      6 India PROPN 4 nmod
      7 . PUNCT 2 punct`)).toEqual(['FRA>IND SANCTION 164']);
  });
});
