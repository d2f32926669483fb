/**
 * Lexicon readings (data/lexicon) of who storms or raids a building (rebels assault it, police seize or
 * search it, crowds riot) and of troops crossing a border. One sentence each, written for these tests
 * and parsed by hand (UD relations as the project's parser writes them).
 */
import { describe, expect, it } from 'vitest';
import { coded } from './test-support/coded.js';

describe('lexicon: buildings stormed or raided', () => {
  it('Ukrainian rebels torching a Russian consulate assault it (180), they do not riot', () => {
    const events = coded(`
      1 Ukrainian ADJ 2 amod
      2 rebels NOUN 3 nsubj
      3 torched VERB 0 root torch
      4 the DET 6 det
      5 Russian ADJ 6 amod
      6 consulate NOUN 3 obj
      7 . PUNCT 3 punct`);
    expect(events.some((e) => e.endsWith('ASSAULT 180') && e.includes('>RUS'))).toBe(true);
    expect(events.some((e) => e.includes(' 145'))).toBe(false);
  });

  it("a state's police storming offices seize them (171)", () => {
    expect(coded(`
      1 Iranian ADJ 2 amod
      2 police NOUN 3 nsubj
      3 stormed VERB 0 root storm
      4 the DET 6 det
      5 British ADJ 6 amod
      6 embassy NOUN 3 obj
      7 . PUNCT 3 punct`)).toEqual(['IRN>GBR COERCE 171']);
  });

  it('a police raid on the offices of a foreign broadcaster is a seizure or search (171)', () => {
    expect(coded(`
      1 Indian ADJ 2 amod
      2 police NOUN 3 nsubj
      3 raided VERB 0 root raid
      4 the DET 5 det
      5 offices NOUN 3 obj
      6 of ADP 8 case
      7 a DET 8 det
      8 British ADJ 9 amod
      9 broadcaster NOUN 5 nmod
      10 . PUNCT 3 punct`)).toEqual(['IND>GBR COERCE 171']);
  });
});

describe('lexicon: borders crossed', () => {
  it("troops crossing a state's border use force against it (190)", () => {
    expect(coded(`
      1 Russian ADJ 2 amod
      2 troops NOUN 3 nsubj
      3 crossed VERB 0 root cross
      4 the DET 6 det
      5 Ukrainian ADJ 6 amod
      6 border NOUN 3 obj
      7 . PUNCT 3 punct`)).toEqual(['RUS>UKR ASSAULT 190']);
  });

  it('refugees crossing a border is no event', () => {
    expect(coded(`
      1 Ukrainian ADJ 2 amod
      2 refugees NOUN 3 nsubj
      3 crossed VERB 0 root cross
      4 the DET 6 det
      5 Russian ADJ 6 amod
      6 border NOUN 3 obj
      7 . PUNCT 3 punct`)).toEqual([]);
  });
});

describe('lexicon: private travel', () => {
  it('pilgrims visiting a state make no diplomatic visit', () => {
    expect(coded(`
      1 Indian ADJ 2 amod
      2 pilgrims NOUN 3 nsubj pilgrim
      3 visited VERB 0 root visit
      4 Pakistan PROPN 3 obj
      5 . PUNCT 3 punct`)).toEqual([]);
  });

  it('a leader visiting a state still visits it (042)', () => {
    expect(coded(`
      1 Xi PROPN 2 nsubj
      2 visited VERB 0 root visit
      3 Pakistan PROPN 2 obj
      4 . PUNCT 2 punct`)).toEqual(['CHN>PAK CONSULT 042']);
  });
});

describe('lexicon: spans ended, measures targeted', () => {
  it('ending decades of talks is no breakdown of talks (no 164)', () => {
    expect(coded(`
      1 India PROPN 2 nsubj
      2 ended VERB 0 root end
      3 three NUM 4 nummod
      4 decades NOUN 2 obj decade
      5 of ADP 6 case
      6 talks NOUN 4 nmod talk
      7 with ADP 8 case
      8 Pakistan PROPN 2 obl
      9 . PUNCT 2 punct`).filter((e) => e.includes(' 164'))).toEqual([]);
  });

  it('targeted sanctions on a state are no attack on it', () => {
    expect(coded(`
      1 Targeted VERB 2 amod target
      2 sanctions NOUN 6 nsubj sanction
      3 on ADP 4 case
      4 Russia PROPN 2 nmod
      5 remain VERB 6 cop remain
      6 force NOUN 0 root
      7 . PUNCT 6 punct`, { coder: { participants: 'lenient' } }).filter((e) => e.includes(' 19'))).toEqual([]);
  });
});
