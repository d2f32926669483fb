import { describe, expect, it } from 'vitest';
import { repairReportRoots } from './report-root-repair.js';
import { parseArrays as arrays } from './test-support/parse-arrays.js';

const SPEECH = new Set(['say', 'report']);
const isSpeech = (l: string): boolean => SPEECH.has(l);

/** "Local farmers resorted to blocking roads, police said on Friday." with "resorted" read as a participle of "farmers". */
const FARMERS = `
  1 Local ADJ 2 amod local
  2 farmers NOUN 9 obl:unmarked farmer
  3 resorted VERB 2 acl resort
  4 to SCONJ 5 mark to
  5 blocking VERB 3 advcl block
  6 roads NOUN 5 obj road
  7 , PUNCT 2 punct
  8 police NOUN 9 nsubj police
  9 said VERB 0 root say
  10 on ADP 11 case
  11 Friday PROPN 9 obl friday
  12 . PUNCT 9 punct`;

describe('repairReportRoots', () => {
  it('makes the participle the predicate with the stray noun its subject, and the report a parataxis of it', () => {
    const a = arrays(FARMERS);
    expect(repairReportRoots(a.head, a.rel, a.upos, a.lemma, a.lower, isSpeech)).toBe(true);
    expect([a.head[2], a.rel[2]]).toEqual([-1, 'root']);
    expect([a.head[1], a.rel[1]]).toEqual([2, 'nsubj']);
    expect([a.head[8], a.rel[8]]).toEqual([2, 'parataxis']);
    expect(a.head[6]).toBe(8); // the comma opens the report
    expect(a.head[11]).toBe(2); // the full stop closes the sentence
    expect([a.head[7], a.rel[7]]).toEqual([8, 'nsubj']); // the reporter stays the report's subject
    expect(a.head[10]).toBe(8); // and the report keeps its date
  });

  it('takes a "to" phrase as an active complement: "resorted to force"', () => {
    const toForce = FARMERS.replace('4 to SCONJ 5 mark to', '4 to ADP 5 case to').replace('5 blocking VERB 3 advcl block', '5 force NOUN 3 obl force').replace('6 roads NOUN 5 obj road', '6 again ADV 3 advmod again');
    const a = arrays(toForce);
    expect(repairReportRoots(a.head, a.rel, a.upos, a.lemma, a.lower, isSpeech)).toBe(true);
    expect(a.rel[2]).toBe('root');
  });

  it('leaves a passive fragment, a participle with its own auxiliary, a report with its own clause and a verb of no speech alone', () => {
    // "Local farmers arrested at the border, police said." — no active complement: a passive participle
    const passive = FARMERS.replace('3 resorted VERB 2 acl resort', '3 arrested VERB 2 acl arrest')
      .replace('4 to SCONJ 5 mark to', '4 at ADP 5 case at').replace('5 blocking VERB 3 advcl block', '5 border NOUN 3 obl border').replace('6 roads NOUN 5 obj road', '6 again ADV 3 advmod again');
    // "… arrested by soldiers …": a "by" agent
    const agent = FARMERS.replace('4 to SCONJ 5 mark to', '4 by ADP 5 case by').replace('5 blocking VERB 3 advcl block', '5 soldiers NOUN 3 obl soldier');
    // "… had resorted …": an auxiliary of its own
    const aux = FARMERS.replace('1 Local ADJ 2 amod local', '1 had AUX 3 aux have');
    const other = FARMERS.replace('9 said VERB 0 root say', '9 left VERB 0 root leave');
    for (const table of [passive, agent, aux, other]) {
      const a = arrays(table);
      const before = Array.from(a.head);
      expect(repairReportRoots(a.head, a.rel, a.upos, a.lemma, a.lower, isSpeech)).toBe(false);
      expect(Array.from(a.head)).toEqual(before);
    }
    // a report whose clause the parser found: nothing stray to repair
    const found = arrays(FARMERS.replace('2 farmers NOUN 9 obl:unmarked farmer', '2 farmers NOUN 3 nsubj farmer').replace('3 resorted VERB 2 acl resort', '3 resorted VERB 9 ccomp resort'));
    expect(repairReportRoots(found.head, found.rel, found.upos, found.lemma, found.lower, isSpeech)).toBe(false);
  });

  it('takes a noun read as a clause and a "with" phrase: "Protesters/ccomp clashed with police, witnesses said"', () => {
    const table = `
      1 Protesters NOUN 8 ccomp protester
      2 clashed VERB 1 acl clash
      3 with ADP 4 case with
      4 police NOUN 2 obl police
      5 , PUNCT 1 punct
      6 witnesses NOUN 8 nsubj witness
      7 later ADV 8 advmod later
      8 said VERB 0 root say
      9 . PUNCT 8 punct`;
    const a = arrays(table);
    expect(repairReportRoots(a.head, a.rel, a.upos, a.lemma, a.lower, isSpeech)).toBe(true);
    expect([a.head[1], a.rel[1]]).toEqual([-1, 'root']);
    expect([a.head[0], a.rel[0]]).toEqual([1, 'nsubj']);
    expect([a.head[7], a.rel[7]]).toEqual([1, 'parataxis']);
  });
});
