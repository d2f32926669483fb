import { describe, expect, it } from 'vitest';
import { trainTinyModel } from '../../train/tiny-model.js';
import { parseConllu } from './conllu.js';
import { createCoordinatedVerbRepair } from './coordinated-verb-repair.js';
import { hashString } from './hash.js';
import { packSemantics } from './lexicon.js';
import { decodeSyntaxModel, encodeSyntaxModel } from './model-format.js';
import { inlineConllu as conllu } from './test-support/inline-conllu.js';
import { pennBits, repairRunner } from './test-support/tag-repair-harness.js';

// the tiny model only has to know the classes the tests write
const FIXTURE = conllu(
  'Ruritania/PROPN|NNP/2/nsubj condemns/VERB|VBZ/0/root the/DET|DT/4/det raid/NOUN|NN/2/obj and/CCONJ|CC/6/cc urges/VERB|VBZ/2/conj restraint/NOUN|NN/6/obj ./PUNCT|./2/punct',
  'Its/PRON|PRP$/2/nmod:poss envoys/NOUN|NNS/3/nsubj say/VERB|VBP/0/root that/SCONJ|IN/6/mark they/PRON|PRP/6/nsubj met/VERB|VBD/3/ccomp him/PRON|PRP/6/obj ./PUNCT|./3/punct',
  'Talks/NOUN|NNS/4/nsubj which/PRON|WDT/3/nsubj ended/VERB|VBN/1/acl:relcl were/AUX|VBD/5/cop long/ADJ|JJ/0/root ;/PUNCT|:/5/punct it/PRON|PRP/9/nsubj can/AUX|MD/9/aux go/VERB|VB/5/parataxis to/PART|TO/11/mark talk/VERB|VB/9/xcomp ,/PUNCT|,/9/punct 2/NUM|CD/9/obj ./PUNCT|./5/punct',
  'It/PRON|PRP/3/nsubj is/AUX|VBZ/3/cop long/ADJ|JJ/0/root for/ADP|IN/5/case him/PRON|PRP/3/obl ./PUNCT|./3/punct',
);

/** WordNet noun lexicographer files (3 = noun.Tops … 28 = noun.time), as bits of a semantic signature. */
const NOUN_TIME = 1 << (28 - 3);

/** A tiny model with a hand-written lexicon and semantic classes for the words the tests use. */
function tinyModel() {
  const parts = trainTinyModel(parseConllu(FIXTURE), 10);
  const plural = pennBits('NNS', 'VBZ');
  parts.lexicon = [
    [hashString('calls'), plural],
    [hashString('urges'), plural],
    [hashString('protests'), plural],
    [hashString('talks'), plural],
    [hashString('envoys'), pennBits('NNS')],
  ];
  parts.semantics = [[hashString('year'), packSemantics(NOUN_TIME, 0)]];
  return decodeSyntaxModel(encodeSyntaxModel(parts));
}

describe('coordinated verb repair', () => {
  const model = tinyModel();
  const run = repairRunner(model, createCoordinatedVerbRepair(model));

  it('tags a plural noun after "and" a present-tense verb when an earlier VBZ predicate shares its subject and an object follows', () => {
    expect(run('Ruritania/PROPN|NNP condemns/VERB|VBZ the/DET|DT raid/NOUN|NN and/CCONJ|CC urges/NOUN|NNS the/DET|DT council/NOUN|NN to/PART|TO act/VERB|VB ./PUNCT|.')[5]).toBe('VERB|VBZ');
    expect(run('Ruritania/PROPN|NNP condemns/VERB|VBZ the/DET|DT raid/NOUN|NN but/CCONJ|CC urges/NOUN|NNS Freedonia/PROPN|NNP to/PART|TO talk/VERB|VB ./PUNCT|.')[5]).toBe('VERB|VBZ');
    expect(run('Ruritania/PROPN|NNP condemns/VERB|VBZ the/DET|DT raid/NOUN|NN and/CCONJ|CC urges/NOUN|NNS them/PRON|PRP to/PART|TO talk/VERB|VB ./PUNCT|.')[5]).toBe('VERB|VBZ');
    // an auxiliary's VBZ predicate counts too ("is concerned and urges its allies …")
    expect(run('Ruritania/PROPN|NNP is/AUX|VBZ long/ADJ|JJ and/CCONJ|CC urges/NOUN|NNS its/PRON|PRP$ envoys/NOUN|NNS to/PART|TO talk/VERB|VB ./PUNCT|.')[4]).toBe('VERB|VBZ');
  });

  it('reads "calls on X to" as the frame of appealing to someone, and leaves other prepositions', () => {
    expect(run('Ruritania/PROPN|NNP condemns/VERB|VBZ the/DET|DT raid/NOUN|NN and/CCONJ|CC calls/NOUN|NNS on/ADP|IN Freedonia/PROPN|NNP to/PART|TO talk/VERB|VB ./PUNCT|.')[5]).toBe('VERB|VBZ');
    expect(run('Ruritania/PROPN|NNP condemns/VERB|VBZ the/DET|DT raid/NOUN|NN and/CCONJ|CC calls/NOUN|NNS on/ADP|IN Freedonia/PROPN|NNP ./PUNCT|.')[5]).toBe('NOUN|NNS');
    expect(run('Ruritania/PROPN|NNP condemns/VERB|VBZ the/DET|DT raid/NOUN|NN and/CCONJ|CC calls/NOUN|NNS for/ADP|IN restraint/NOUN|NN ./PUNCT|.')[5]).toBe('NOUN|NNS');
  });

  it('leaves the noun before a reduced relative, a phrase of time, a subject pronoun or an infinitive', () => {
    // "the raid and talks the envoys held": the phrase after it has a verb of its own
    expect(run('Ruritania/PROPN|NNP condemns/VERB|VBZ the/DET|DT raid/NOUN|NN and/CCONJ|CC talks/NOUN|NNS the/DET|DT envoys/NOUN|NNS ended/VERB|VBN ./PUNCT|.')[5]).toBe('NOUN|NNS');
    expect(run('Ruritania/PROPN|NNP condemns/VERB|VBZ raids/NOUN|NNS and/CCONJ|CC protests/NOUN|NNS a/DET|DT year/NOUN|NN ./PUNCT|.')[4]).toBe('NOUN|NNS');
    expect(run('Ruritania/PROPN|NNP condemns/VERB|VBZ the/DET|DT raid/NOUN|NN and/CCONJ|CC talks/NOUN|NNS they/PRON|PRP ended/VERB|VBD ./PUNCT|.')[5]).toBe('NOUN|NNS');
    expect(run('Ruritania/PROPN|NNP condemns/VERB|VBZ the/DET|DT raid/NOUN|NN and/CCONJ|CC calls/NOUN|NNS to/PART|TO talk/VERB|VB ./PUNCT|.')[5]).toBe('NOUN|NNS');
  });

  it('needs an earlier VBZ predicate of the same clause and a word the lexicon knows as VBZ', () => {
    // the last finite verb is a past tense, or a clause boundary or relative word comes between
    expect(run('Ruritania/PROPN|NNP met/VERB|VBD the/DET|DT envoys/NOUN|NNS and/CCONJ|CC urges/NOUN|NNS the/DET|DT council/NOUN|NN to/PART|TO act/VERB|VB ./PUNCT|.')[5]).toBe('NOUN|NNS');
    expect(run('Ruritania/PROPN|NNP condemns/VERB|VBZ the/DET|DT raid/NOUN|NN ;/PUNCT|: raids/NOUN|NNS and/CCONJ|CC urges/NOUN|NNS the/DET|DT council/NOUN|NN ./PUNCT|.')[7]).toBe('NOUN|NNS');
    expect(run('Ruritania/PROPN|NNP condemns/VERB|VBZ raids/NOUN|NNS which/PRON|WDT envoys/NOUN|NNS and/CCONJ|CC urges/NOUN|NNS the/DET|DT council/NOUN|NN ./PUNCT|.')[6]).toBe('NOUN|NNS');
    // no subject before the first verb, and a plural the lexicon knows only as a noun
    expect(run('Condemns/VERB|VBZ the/DET|DT raid/NOUN|NN and/CCONJ|CC urges/NOUN|NNS the/DET|DT council/NOUN|NN ./PUNCT|.')[4]).toBe('NOUN|NNS');
    expect(run('Ruritania/PROPN|NNP condemns/VERB|VBZ the/DET|DT raid/NOUN|NN and/CCONJ|CC envoys/NOUN|NNS the/DET|DT council/NOUN|NN ./PUNCT|.')[5]).toBe('NOUN|NNS');
  });
});
