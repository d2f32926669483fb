/**
 * Lexicon readings (data/lexicon) of strikes: a walkout or work stoppage is a strike (143), not a
 * demonstration (141); a war "winding down" is no act of de-escalation; a state blocking social media
 * or shutting the internet curbs speech (1721). One sentence each, written
 * for these tests and parsed by hand (UD relations as the project's parser writes them).
 */
import { describe, expect, it } from 'vitest';
import { coded } from './test-support/coded.js';

describe('lexicon: walkouts and stoppages', () => {
  it('workers staging a walkout strike (143)', () => {
    const events = coded(`
      1 Indian ADJ 2 amod
      2 nurses NOUN 3 nsubj
      3 staged VERB 0 root stage
      4 a DET 5 det
      5 walkout NOUN 3 obj
      6 over ADP 7 case
      7 pay NOUN 3 obl
      8 . PUNCT 3 punct`);
    expect(events.some((e) => e.startsWith('IND>') && e.endsWith('PROTEST 143'))).toBe(true);
    expect(events.some((e) => e.includes(' 141'))).toBe(false);
  });

  it('a state launching a strike on a place is still an attack, not a stoppage', () => {
    const events = coded(`
      1 Russia PROPN 2 nsubj
      2 launched VERB 0 root launch
      3 a DET 4 det
      4 strike NOUN 2 obj
      5 on ADP 6 case
      6 Ukraine PROPN 4 nmod
      7 . PUNCT 2 punct`);
    expect(events.some((e) => e.includes(' 143'))).toBe(false);
  });
});

describe('lexicon: winding down', () => {
  it('a war winding down is no de-escalation by anyone', () => {
    expect(coded(`
      1 The DET 3 det
      2 Ukrainian ADJ 3 amod
      3 war NOUN 5 nsubj
      4 was AUX 5 aux
      5 winding VERB 0 root wind
      6 down ADP 5 compound:prt
      7 . PUNCT 5 punct`)).toEqual([]);
  });

  it('a state winding down its operations de-escalates (087)', () => {
    expect(coded(`
      1 Russia PROPN 2 nsubj
      2 wound VERB 0 root wind
      3 down ADP 2 compound:prt
      4 its PRON 5 nmod:poss
      5 operations NOUN 2 obj
      6 in ADP 7 case
      7 Ukraine PROPN 5 nmod
      8 . PUNCT 2 punct`).some((e) => e.startsWith('RUS>') && e.includes(' 087'))).toBe(true);
  });
});

describe('lexicon: media and internet curbs', () => {
  it('access to a social network blocked by a state curbs speech (1721), not an obstruction (144)', () => {
    const events = coded(`
      1 Russia PROPN 2 nsubj
      2 blocked VERB 0 root block
      3 access NOUN 2 obj
      4 to ADP 5 case
      5 Facebook PROPN 3 nmod
      6 . PUNCT 2 punct`, { coder: { participants: 'lenient' } });
    expect(events.some((e) => e.startsWith('RUS>') && e.endsWith('COERCE 1721'))).toBe(true);
    expect(events.some((e) => e.includes(' 144'))).toBe(false);
  });

  it('the internet shut down by a state curbs speech (1721)', () => {
    expect(coded(`
      1 Iran PROPN 2 nsubj
      2 shut VERB 0 root shut
      3 down ADP 2 compound:prt
      4 the DET 5 det
      5 internet NOUN 2 obj
      6 . PUNCT 2 punct`, { coder: { participants: 'lenient' } }).some((e) => e.startsWith('IRN>') && e.endsWith('COERCE 1721'))).toBe(true);
  });
});

describe('lexicon: fired, pushed back', () => {
  it('someone fired is dismissed, not shelled', () => {
    expect(coded(`
      1 He PRON 3 nsubj:pass
      2 was AUX 3 aux:pass
      3 fired VERB 0 root fire
      4 in ADP 5 case
      5 Ukraine PROPN 3 obl
      6 . PUNCT 3 punct`, { coder: { participants: 'lenient' } }).filter((e) => e.includes(' 19'))).toEqual([]);
  });

  it('pushing back against criticism rejects its author (120), it demands nothing', () => {
    expect(coded(`
      1 China PROPN 2 nsubj
      2 pushed VERB 0 root push
      3 back ADV 2 compound:prt
      4 against ADP 6 case
      5 Indian ADJ 6 amod
      6 criticism NOUN 2 obl
      7 . PUNCT 2 punct`)).toEqual(['CHN>IND REJECT 120']);
  });

  it('troops pushed back by an army are fought off (190)', () => {
    expect(coded(`
      1 Ukrainian ADJ 2 amod
      2 forces NOUN 3 nsubj force
      3 pushed VERB 0 root push
      4 back ADV 3 compound:prt
      5 Russian ADJ 6 amod
      6 troops NOUN 3 obj troop
      7 . PUNCT 3 punct`)).toEqual(['UKR>RUS ASSAULT 190']);
  });
});
