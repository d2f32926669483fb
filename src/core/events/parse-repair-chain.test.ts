/**
 * The chain of parse repairs: every repair runs in order on the same copy of the heads, and the
 * chain says whether any of them changed it.
 */
import { describe, expect, it } from 'vitest';
import { runParseRepairs } from './parse-repair-chain.js';

describe('parse repair chain', () => {
  it('applies a repair and reports the change ("opened a border crossing Monday")', () => {
    // opened(0) a(1) crossing(2) Monday(3): "crossing" compounded onto the bare date
    const head = Int32Array.from([-1, 3, 3, 0]);
    const rel = ['root', 'det', 'compound', 'obl:unmarked'];
    const forms = ['opened', 'a', 'crossing', 'Monday'];
    const changed = runParseRepairs({
      head, rel, upos: ['VERB', 'DET', 'NOUN', 'PROPN'], lemma: ['open', 'a', 'crossing', 'monday'],
      lower: forms.map((f) => f.toLowerCase()), forms, temporal: Uint8Array.from([0, 0, 0, 1]),
    });
    expect(changed).toBe(true);
    expect(head[2]).toBe(0);
    expect(head[3]).toBe(0);
  });

  it('leaves a well-parsed clause alone and says so ("The envoy met the minister")', () => {
    const head = Int32Array.from([1, 2, -1, 4, 2]);
    const rel = ['det', 'nsubj', 'root', 'det', 'obj'];
    const forms = ['The', 'envoy', 'met', 'the', 'minister'];
    const changed = runParseRepairs({
      head, rel, upos: ['DET', 'NOUN', 'VERB', 'DET', 'NOUN'], lemma: ['the', 'envoy', 'meet', 'the', 'minister'],
      lower: forms.map((f) => f.toLowerCase()), forms, temporal: new Uint8Array(5), isSpeech: (l) => l === 'say',
    });
    expect(changed).toBe(false);
    expect([...head]).toEqual([1, 2, -1, 4, 2]);
    expect(rel).toEqual(['det', 'nsubj', 'root', 'det', 'obj']);
  });
});
