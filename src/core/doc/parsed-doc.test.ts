import { describe, expect, it } from 'vitest';
import { TokenFlag } from './doc.js';
import { docFromParse, type ParsedWord } from './parsed-doc.js';
import { deprelId, uposId } from './ud.js';
import { Vocab } from './vocab.js';

/** A word from "form UPOS head deprel [lemma]", followed by a space unless `glued`. */
function word(spec: string, glued = false): ParsedWord {
  const [form, upos, head, rel, lemma] = spec.split(' ');
  return { form, lemma: lemma ?? null, upos: uposId(upos), head: Number(head), deprel: deprelId(rel), spaceAfter: !glued };
}

describe('docFromParse', () => {
  const sentences = [
    [word('Ministers NOUN 2 nsubj minister'), word('met VERB 0 root meet', true), word('. PUNCT 2 punct')],
    [word('Talks NOUN 2 nsubj talk'), word('resume VERB 0 root', true), word('. PUNCT 2 punct', true)],
  ];

  it('rebuilds the text from the forms and their spaces, one token per word', () => {
    const doc = docFromParse(sentences);
    expect(doc.text).toBe('Ministers met. Talks resume.');
    expect(doc.length).toBe(6);
    expect(doc.tokenText(3)).toBe('Talks');
    expect(doc.tokens.start[3]).toBe(15);
    expect(doc.tokens.flags[0]).toBe(TokenFlag.SpaceAfter | TokenFlag.BlockStart);
    expect(doc.tokens.flags[1] & TokenFlag.SpaceAfter).toBe(0);
    expect(doc.tokens.flags[5] & TokenFlag.SpaceAfter).toBe(0);
  });

  it('writes sentences, tags, heads within the sentence, relations and lower-cased lemmas', () => {
    const doc = docFromParse(sentences);
    expect(doc.sentenceCount).toBe(2);
    expect([doc.sentences.tokStart[1], doc.sentences.tokEnd[1]]).toEqual([3, 6]);
    expect(doc.pos(4)).toBe('VERB');
    expect(doc.head(4)).toBe(-1);
    expect(doc.head(5)).toBe(4);
    expect(doc.deprel(3)).toBe('nsubj');
    expect(doc.lemma(1)).toBe('meet');
    expect(doc.lemma(3)).toBe('talk');
    expect(doc.lemma(0)).toBe('minister');
    expect(doc.lemma(4)).toBe('resume');
  });

  it('takes the vocabulary and metadata it is given, and can leave deps and lemmas unwritten', () => {
    const vocab = new Vocab();
    const doc = docFromParse(sentences, { vocab, meta: { ...docFromParse([]).meta, published: '2024-05-02' }, deps: false, lemmas: false });
    expect(doc.meta.published).toBe('2024-05-02');
    expect(vocab.id('Talks')).toBe(doc.tokens.lex[3]);
    expect(doc.has('pos')).toBe(true);
    expect(doc.has('deps')).toBe(false);
    expect(doc.has('lemmas')).toBe(false);
  });
});
