import { describe, expect, it } from 'vitest';
import { Vocab } from '../doc/vocab.js';
import { trainTinyModel } from '../../train/tiny-model.js';
import { createAttributiveParticipleRepair } from './attributive-participle-repair.js';
import { parseConllu } from './conllu.js';
import { decodeSyntaxModel, encodeSyntaxModel } from './model-format.js';
import { inlineConllu as conllu } from './test-support/inline-conllu.js';

const FIXTURE = conllu(
  'Police/NOUN|NNS/2/nsubj arrested/VERB|VBD/0/root armed/ADJ|JJ/4/amod men/NOUN|NNS/2/obj in/ADP|IN/6/case Lima/PROPN|NNP/2/obl ./PUNCT|./2/punct',
  'Police/NOUN|NNS/2/nsubj suspected/VERB|VBD/0/root foul/ADJ|JJ/4/amod play/NOUN|NN/2/obj ./PUNCT|./2/punct',
);

describe('attributive participle repair', () => {
  const model = decodeSyntaxModel(encodeSyntaxModel(trainTinyModel(parseConllu(FIXTURE), 10)));
  const classes = model.tagger.classes;
  const run = (sentence: string): string[] => {
    const vocab = new Vocab();
    const toks = sentence.split(' ').map((t) => t.split('/'));
    const ids = toks.map(([w]) => vocab.id(w));
    const tags = Uint8Array.from(toks, ([, c]) => classes.indexOf(c));
    const upos = Uint8Array.from(tags, (t) => model.tagger.classUpos[t]);
    createAttributiveParticipleRepair(model)(vocab, ids, 0, ids.length, tags, upos, null);
    return Array.from(tags, (t) => classes[t]);
  };

  it('tags a label participle between a verb and its noun an adjective', () => {
    expect(run('Police/NOUN|NNS arrested/VERB|VBD suspected/VERB|VBD armed/ADJ|JJ men/NOUN|NNS ./PUNCT|.')[2]).toBe('ADJ|JJ');
    expect(run('Police/NOUN|NNS arrested/VERB|VBD alleged/VERB|VBD Lima/PROPN|NNP men/NOUN|NNS ./PUNCT|.')[2]).toBe('ADJ|JJ');
    expect(run('Police/NOUN|NNS arrested/VERB|VBD proposed/VERB|VBD armed/ADJ|JJ men/NOUN|NNS ./PUNCT|.')[2]).toBe('ADJ|JJ');
  });

  it('leaves the verb of a sentence alone, and other participles', () => {
    expect(run('Police/NOUN|NNS suspected/VERB|VBD foul/ADJ|JJ play/NOUN|NN ./PUNCT|.')[1]).toBe('VERB|VBD');
    expect(run('Police/NOUN|NNS arrested/VERB|VBD armed/VERB|VBD men/NOUN|NNS ./PUNCT|.')[2]).toBe('VERB|VBD');
  });
});
