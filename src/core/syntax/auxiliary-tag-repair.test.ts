import { describe, expect, it } from 'vitest';
import { createAuxiliaryTagRepair } from './auxiliary-tag-repair.js';
import { LexBit } from './lexicon.js';
import { inlineConllu as conllu } from './test-support/inline-conllu.js';
import { pennBits, repairRunner, tinyRepairModel } from './test-support/tag-repair-harness.js';

const FIXTURE = conllu(
  'Farmers/NOUN|NNS/3/nsubj have/AUX|VBP/3/aux rejected/VERB|VBN/0/root the/DET|DT/5/det quota/NOUN|NN/3/obj ./PUNCT|./3/punct',
  'They/PRON|PRP/3/nsubj will/AUX|MD/3/aux reject/VERB|VB/0/root it/PRON|PRP/3/obj and/CCONJ|CC/6/cc protest/VERB|VBP/3/conj ./PUNCT|./3/punct',
);

describe('auxiliary tag repair', () => {
  const model = tinyRepairModel(FIXTURE, [['reject', LexBit.WnVerb | pennBits('VB', 'VBP')]]);
  const run = repairRunner(model, createAuxiliaryTagRepair(model));

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
