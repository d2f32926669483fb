import { describe, expect, it } from 'vitest';
import { repairSwallowedReporters } from './report-root-repair.js';
import { parseArrays as arrays } from './test-support/parse-arrays.js';
import { coded } from './test-support/coded.js';

const SPEECH = new Set(['say', 'report']);
const isSpeech = (l: string): boolean => SPEECH.has(l);

/**
 * "Indian troops clashed with Pakistani troops near Delhi, the two ministries said." with "troops"
 * the subject of "said", "clashed" its participle, and "ministries" an apposition of "Delhi".
 */
const CLASH = `
  1 Indian ADJ 2 amod indian
  2 troops NOUN 13 nsubj troop
  3 clashed VERB 2 acl clash
  4 with ADP 6 case with
  5 Pakistani ADJ 6 amod pakistani
  6 troops NOUN 3 obl troop
  7 near ADP 8 case near
  8 Delhi PROPN 6 nmod delhi
  9 , PUNCT 12 punct
  10 the DET 12 det the
  11 two NUM 12 nummod two
  12 ministries NOUN 8 appos ministry
  13 said VERB 0 root say
  14 . PUNCT 13 punct`;

describe('repairSwallowedReporters', () => {
  it('gives the report its subject after the comma and makes the participle the predicate', () => {
    const a = arrays(CLASH);
    expect(repairSwallowedReporters(a.head, a.rel, a.upos, a.lemma, a.lower, isSpeech)).toBe(true);
    expect([a.head[2], a.rel[2]]).toEqual([-1, 'root']);
    expect([a.head[1], a.rel[1]]).toEqual([2, 'nsubj']);
    expect([a.head[12], a.rel[12]]).toEqual([2, 'parataxis']);
    expect([a.head[11], a.rel[11]]).toEqual([12, 'nsubj']);
    expect(a.head[8]).toBe(12); // the comma opens the report
    expect(a.head[9]).toBe(11); // the reporter keeps its own words
    expect(a.head[13]).toBe(2); // the full stop closes the sentence
  });

  it('leaves a passive fragment, a phrase with a verb of its own and a verb of no speech alone', () => {
    // "Indian troops wounded near Delhi, the two ministries said." — no active complement
    const passive = CLASH.replace('3 clashed VERB 2 acl clash', '3 wounded VERB 2 acl wound').replace('4 with ADP 6 case with', '4 in ADP 6 case in');
    const clause = CLASH.replace('11 two NUM 12 nummod two', '11 have VERB 12 acl have');
    const noSpeech = CLASH.replace('13 said VERB 0 root say', '13 left VERB 0 root leave');
    for (const table of [passive, clause, noSpeech]) {
      const a = arrays(table);
      const before = Array.from(a.head);
      expect(repairSwallowedReporters(a.head, a.rel, a.upos, a.lemma, a.lower, isSpeech)).toBe(false);
      expect(Array.from(a.head)).toEqual(before);
    }
  });

  it('codes the clash the report attributes, in both directions', () => {
    expect(coded(CLASH).filter((e) => e.includes('ASSAULT')).sort()).toEqual(['IND>PAK ASSAULT 190', 'PAK>IND ASSAULT 190']);
  });

  it('repairs every sentence of a document, not only a document of one sentence', () => {
    // "It rained." before the sentence: the arrays hold the whole document, one root per sentence.
    const shifted = CLASH.trim().split('\n').map((l) => {
      const [id, form, upos, h, ...rest] = l.trim().split(/\s+/);
      return [Number(id) + 3, form, upos, Number(h) === 0 ? 0 : Number(h) + 3, ...rest].join(' ');
    });
    const a = arrays(['1 It PRON 2 nsubj it', '2 rained VERB 0 root rain', '3 . PUNCT 2 punct', ...shifted].join('\n'));
    expect(repairSwallowedReporters(a.head, a.rel, a.upos, a.lemma, a.lower, isSpeech)).toBe(true);
    expect([a.head[5], a.rel[5]]).toEqual([-1, 'root']);
    expect(a.head[16]).toBe(5); // this sentence's full stop, not the document's last token by chance
    const filler = `
      1 It PRON 2 nsubj
      2 rained VERB 0 root rain
      3 . PUNCT 2 punct`;
    expect(coded(`${filler}\n${CLASH}`).filter((e) => e.includes('ASSAULT')).sort()).toEqual(['IND>PAK ASSAULT 190', 'PAK>IND ASSAULT 190']);
  });
});
