import { describe, expect, it } from 'vitest';
import { Vocab } from '../doc/vocab.js';
import { trainTinyModel } from '../../train/tiny-model.js';
import { createAuxiliaryTagRepair } from './auxiliary-tag-repair.js';
import { parseConllu } from './conllu.js';
import { hashString } from './hash.js';
import { LexBit, PENN_LEXICON_TAGS } from './lexicon.js';
import { decodeSyntaxModel, encodeSyntaxModel } from './model-format.js';
import { inlineConllu as conllu } from './test-support/inline-conllu.js';

const FIXTURE = conllu(
  'Farmers/NOUN|NNS/3/nsubj have/AUX|VBP/3/aux rejected/VERB|VBN/0/root the/DET|DT/5/det quota/NOUN|NN/3/obj ./PUNCT|./3/punct',
  'They/PRON|PRP/3/nsubj will/AUX|MD/3/aux reject/VERB|VB/0/root it/PRON|PRP/3/obj and/CCONJ|CC/6/cc protest/VERB|VBP/3/conj ./PUNCT|./3/punct',
);

const penn = (t: (typeof PENN_LEXICON_TAGS)[number]): number => 1 << (LexBit.PennBase + PENN_LEXICON_TAGS.indexOf(t));

function tinyModel() {
  const parts = trainTinyModel(parseConllu(FIXTURE), 10);
  parts.lexicon = [[hashString('reject'), LexBit.WnVerb | penn('VB') | penn('VBP')]];
  return decodeSyntaxModel(encodeSyntaxModel(parts));
}

describe('auxiliary tag repair', () => {
  const model = tinyModel();
  const classes = model.tagger.classes;
  const run = (sentence: string): string[] => {
    const vocab = new Vocab();
    const toks = sentence.split(' ').map((t) => t.split('/'));
    const ids = toks.map(([w]) => vocab.id(w));
    const tags = Uint8Array.from(toks, ([, c]) => classes.indexOf(c));
    const upos = Uint8Array.from(tags, (t) => model.tagger.classUpos[t]);
    createAuxiliaryTagRepair(model)(vocab, ids, 0, ids.length, tags, upos, null);
    return Array.from(tags, (t) => classes[t]);
  };

  it('gives a word that is no auxiliary the verb tag of its tense', () => {
    expect(run('Farmers/NOUN|NNS reject/AUX|VBP the/DET|DT quota/NOUN|NN ./PUNCT|.')[1]).toBe('VERB|VBP');
  });

  it('leaves the auxiliaries, the modals and misspelt auxiliaries alone', () => {
    expect(run('They/PRON|PRP should/AUX|MD of/AUX|VBP rejected/VERB|VBN it/PRON|PRP ./PUNCT|.')[2]).toBe('AUX|VBP');
    expect(run('Farmers/NOUN|NNS have/AUX|VBP rejected/VERB|VBN the/DET|DT quota/NOUN|NN ./PUNCT|.')[1]).toBe('AUX|VBP');
    expect(run('They/PRON|PRP will/AUX|MD reject/VERB|VB it/PRON|PRP ./PUNCT|.')[1]).toBe('AUX|MD');
    expect(run('They/PRON|PRP would/AUX|VBP reject/VERB|VB it/PRON|PRP ./PUNCT|.')[1]).toBe('AUX|VBP');
  });
});
