import { describe, expect, it } from 'vitest';
import { coded } from './test-support/coded.js';

const SENT_TO_INVESTIGATE = `
  1 France PROPN 2 nsubj
  2 sent VERB 0 root send
  3 a DET 4 det
  4 team NOUN 2 obj team
  5 to ADP 6 case
  6 India PROPN 2 obl
  7 to PART 8 mark
  8 investigate VERB 2 advcl investigate
  9 the DET 10 det
  10 crash NOUN 8 obj crash
  11 . PUNCT 2 punct`;

describe('investigationDestination', () => {
  it('reads "sent a team to India to investigate the crash" as an investigation in India', () => {
    expect(coded(SENT_TO_INVESTIGATE)).toEqual(['FRA>IND ACCUSE 093']);
  });
  it('looks through "to help investigate"', () => {
    expect(coded(`
      1 France PROPN 2 nsubj
      2 sent VERB 0 root send
      3 experts NOUN 2 obj expert
      4 to ADP 5 case
      5 India PROPN 2 obl
      6 to PART 7 mark
      7 help VERB 2 advcl help
      8 investigate VERB 7 xcomp investigate
      9 the DET 10 det
      10 fire NOUN 8 obj fire
      11 . PUNCT 2 punct`)).toEqual(['FRA>IND ACCUSE 090']);
  });
  it('codes one act when the sending is an investigation already ("sent inspectors to India to examine …")', () => {
    expect(coded(`
      1 France PROPN 2 nsubj
      2 sent VERB 0 root send
      3 inspectors NOUN 2 obj inspector
      4 to ADP 5 case
      5 India PROPN 2 obl
      6 to PART 7 mark
      7 examine VERB 2 advcl examine
      8 the DET 9 det
      9 site NOUN 7 obj site
      10 . PUNCT 2 punct`)).toEqual(['FRA>IND ACCUSE 090']);
  });
  it('finds no one where nobody is sent anywhere ("sent a team to investigate the crash")', () => {
    expect(coded(`
      1 France PROPN 2 nsubj
      2 sent VERB 0 root send
      3 a DET 4 det
      4 team NOUN 2 obj team
      5 to PART 6 mark
      6 investigate VERB 2 advcl investigate
      7 the DET 8 det
      8 crash NOUN 6 obj crash
      9 . PUNCT 2 punct`)).toEqual([]);
  });
});
