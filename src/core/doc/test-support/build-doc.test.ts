import { describe, expect, it } from 'vitest';
import { TokenFlag } from '../doc.js';
import { buildDoc } from './build-doc.js';

describe('buildDoc', () => {
  it('builds tokens, sentences, tags, heads, relations and lemmas from a compact table', () => {
    const doc = buildDoc(`
      1 "        PUNCT 3 punct  _ SpaceAfter=No
      2 We       PRON  3 nsubj
      3 agree    VERB  0 root
      4 .        PUNCT 3 punct

      1 Talks    NOUN  2 nsubj  talk
      2 resumed  VERB  0 root   resume
    `);
    expect(doc.text).toBe('"We agree . Talks resumed');
    expect(doc.length).toBe(6);
    expect(doc.tokenText(1)).toBe('We');
    expect(doc.tokens.flags[0] & TokenFlag.SpaceAfter).toBe(0);
    expect(doc.sentenceCount).toBe(2);
    expect(doc.sentences.tokStart[1]).toBe(4);
    expect(doc.pos(2)).toBe('VERB');
    expect(doc.head(5)).toBe(-1);
    expect(doc.head(4)).toBe(5);
    expect(doc.deprel(4)).toBe('nsubj');
    expect(doc.lemma(4)).toBe('talk');
    expect(doc.lemma(1)).toBe('we');
  });

  it('reads full CoNLL-U lines', () => {
    const doc = buildDoc(['1\tXi\tXi\tPROPN\tNNP\t_\t2\tnsubj\t_\t_', '2\tspoke\tspeak\tVERB\tVBD\t_\t0\troot\t_\t_'].join('\n'));
    expect(doc.text).toBe('Xi spoke');
    expect(doc.lemma(1)).toBe('speak');
    expect(doc.deprel(0)).toBe('nsubj');
  });

  it('can leave the deps and lemmas layers unwritten', () => {
    const doc = buildDoc('1 Xi PROPN 0 root', { deps: false, lemmas: false });
    expect(doc.has('pos')).toBe(true);
    expect(doc.has('deps')).toBe(false);
    expect(doc.has('lemmas')).toBe(false);
  });

  it('rejects an unknown tag', () => {
    expect(() => buildDoc('1 Xi NAME 0 root')).toThrow(/unknown UPOS/);
  });
});
