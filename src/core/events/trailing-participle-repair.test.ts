/**
 * "X raided the camp, killing five people, the ministry said": the participle is the raid's.
 */
import { describe, expect, it } from 'vitest';
import { repairTrailingParticiples } from './trailing-participle-repair.js';
import { coded } from './test-support/coded.js';

const isSpeech = (l: string): boolean => l === 'say';

describe('parse repairs: a participle between a reported clause and its report', () => {
  // forces(0) raided(1) camp(2) ,(3) killing(4) people(5) ,(6) ministry(7) said(8)
  const tokens = () => ({
    head: Int32Array.from([1, 8, 1, 4, 8, 4, 7, 8, -1]),
    rel: ['nsubj', 'ccomp', 'obj', 'punct', 'ccomp', 'obj', 'punct', 'nsubj', 'root'],
    upos: ['NOUN', 'VERB', 'NOUN', 'PUNCT', 'VERB', 'NOUN', 'PUNCT', 'NOUN', 'VERB'],
    lemma: ['force', 'raid', 'camp', ',', 'kill', 'people', ',', 'ministry', 'say'],
    lower: ['forces', 'raided', 'camp', ',', 'killing', 'people', ',', 'ministry', 'said'],
  });

  it('hangs the participle on the reported clause before it', () => {
    const t = tokens();
    expect(repairTrailingParticiples(t.head, t.rel, t.upos, t.lemma, t.lower, isSpeech)).toBe(true);
    expect(t.head[4]).toBe(1);
    expect(t.rel[4]).toBe('advcl');
  });

  it('leaves a participle with a subject of its own alone', () => {
    const t = tokens();
    // "…, the army killing five people, the ministry said"
    t.head[5] = 4;
    t.rel[5] = 'nsubj';
    expect(repairTrailingParticiples(t.head, t.rel, t.upos, t.lemma, t.lower, isSpeech)).toBe(false);
  });

  it('lets the coder give the killing to the raiders', () => {
    const table = `
      1 Russian ADJ 2 amod
      2 forces NOUN 3 nsubj force
      3 raided VERB 11 ccomp raid
      4 the DET 5 det
      5 town NOUN 3 obj town
      6 , PUNCT 7 punct
      7 killing VERB 11 ccomp kill
      8 five NUM 9 nummod
      9 Ukrainians PROPN 7 obj
      10 , PUNCT 11 punct
      11 said VERB 0 root say
      12 . PUNCT 11 punct`;
    const ukr = { id: 'group:ukrainians', name: 'Ukrainians', type: 'group' as const, country: 'UKR', cameo: 'UKR', forms: ['Ukrainians'], via: 'demonym' as const };
    const rus = { id: 'state:RUS', name: 'Russia', type: 'state' as const, country: 'RUS', cameo: 'RUS', forms: ['Russian'] };
    expect(coded(table, { actors: [rus, ukr] }).some((e) => e.startsWith('RUS>UKR ASSAULT'))).toBe(true);
  });
});
