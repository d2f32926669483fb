import { describe, expect, it } from 'vitest';
import { Vocab } from '../doc/vocab.js';
import { trainTinyModel } from '../../train/tiny-model.js';
import { createAdjacencyAdjectiveRepair } from './adjacency-adjective-repair.js';
import { parseConllu } from './conllu.js';
import { decodeSyntaxModel, encodeSyntaxModel } from './model-format.js';
import { inlineConllu as conllu } from './test-support/inline-conllu.js';

const FIXTURE = conllu(
  'Rebels/NOUN|NNS/2/nsubj crossed/VERB|VBD/0/root into/ADP|IN/5/case neighbouring/VERB|VBG/5/amod Niger/PROPN|NNP/2/obl ./PUNCT|./2/punct',
  'Envoys/NOUN|NNS/2/nsubj praised/VERB|VBD/0/root peaceful/ADJ|JJ/4/amod borders/NOUN|NNS/2/obj ./PUNCT|./2/punct',
);

describe('adjacency adjective repair', () => {
  const model = decodeSyntaxModel(encodeSyntaxModel(trainTinyModel(parseConllu(FIXTURE), 10)));
  const classes = model.tagger.classes;
  const run = (sentence: string): { tags: string[]; changed: number; forced: number[] } => {
    const vocab = new Vocab();
    const toks = sentence.split(' ').map((t) => t.split('/'));
    const ids = toks.map(([w]) => vocab.id(w));
    const tags = Uint8Array.from(toks, ([, c]) => classes.indexOf(c));
    const upos = Uint8Array.from(tags, (t) => model.tagger.classUpos[t]);
    const forced = new Int16Array(ids.length).fill(-1);
    const changed = createAdjacencyAdjectiveRepair(model)(vocab, ids, 0, ids.length, tags, upos, forced);
    return { tags: Array.from(tags, (t) => classes[t]), changed, forced: Array.from(forced) };
  };

  it('tags "neighbouring" or "Neighboring" before a proper name as an adjective and forces it', () => {
    const r = run('Rebels/NOUN|NNS crossed/VERB|VBD into/ADP|IN neighbouring/VERB|VBG Niger/PROPN|NNP');
    expect(r.tags[3]).toBe('ADJ|JJ');
    expect(r.changed).toBe(1);
    expect(r.forced[3]).toBe(classes.indexOf('ADJ|JJ'));
    expect(run('Neighboring/VERB|VBG Niger/PROPN|NNP praised/VERB|VBD peaceful/ADJ|JJ borders/NOUN|NNS').tags[0]).toBe('ADJ|JJ');
  });

  it('leaves it before a common noun, and other participles before a name', () => {
    const common = run('Rebels/NOUN|NNS crossed/VERB|VBD into/ADP|IN neighbouring/VERB|VBG borders/NOUN|NNS');
    expect(common.tags[3]).toBe('VERB|VBG');
    expect(common.changed).toBe(0);
    expect(run('Rebels/NOUN|NNS crossed/VERB|VBD into/ADP|IN crossed/VERB|VBG Niger/PROPN|NNP').tags[3]).toBe('VERB|VBG');
  });
});
