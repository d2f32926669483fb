import { describe, expect, it } from 'vitest';
import { createNamingObjectRepair } from './naming-object-repair.js';
import { inlineConllu as conllu } from './test-support/inline-conllu.js';
import { pennBits, repairRunner, tinyRepairModel } from './test-support/tag-repair-harness.js';

const FIXTURE = conllu(
  'Chile/PROPN|NNP/2/nsubj called/VERB|VBD/0/root the/DET|DT/5/det Andes/PROPN|NNP/5/compound rules/NOUN|NNS/2/obj unfair/ADJ|JJ/2/xcomp ./PUNCT|./2/punct',
  'Peru/PROPN|NNP/2/nsubj rules/VERB|VBZ/0/root its/PRON|PRP$/4/nmod:poss coast/NOUN|NN/2/obj ./PUNCT|./2/punct',
  'A/DET|DT/2/det port/NOUN|NN/5/nsubj called/VERB|VBN/2/acl Arica/PROPN|NNP/3/xcomp rules/VERB|VBZ/0/root ./PUNCT|./5/punct',
  'Chile/PROPN|NNP/3/nsubj has/AUX|VBZ/3/aux called/VERB|VBN/0/root it/PRON|PRP/3/obj unfair/ADJ|JJ/3/xcomp ./PUNCT|./3/punct',
);

describe('naming object repair', () => {
  const model = tinyRepairModel(FIXTURE, [['rules', pennBits('NNS', 'VBZ')], ['reigns', pennBits('VBZ')]]);
  const run = repairRunner(model, createNamingObjectRepair(model));

  it('tags a plural noun read as a verb after a name under "called" a noun ("called the Andes rules unfair")', () => {
    expect(run('Chile/PROPN|NNP called/VERB|VBD the/DET|DT Andes/PROPN|NNP rules/VERB|VBZ unfair/ADJ|JJ ./PUNCT|.')[4]).toBe('NOUN|NNS');
    expect(run('Chile/PROPN|NNP called/VERB|VBD Andes/PROPN|NNP rules/VERB|VBZ unfair/ADJ|JJ ./PUNCT|.')[3]).toBe('NOUN|NNS');
    expect(run('Chile/PROPN|NNP has/AUX|VBZ called/VERB|VBN the/DET|DT Andes/PROPN|NNP rules/VERB|VBZ unfair/ADJ|JJ ./PUNCT|.')[5]).toBe('NOUN|NNS');
  });

  it('leaves the verb after a naming participle, a word that is no plural noun, and other verbs', () => {
    // "a port called Arica rules …": the participle names the port; "rules" is the sentence's verb.
    expect(run('A/DET|DT port/NOUN|NN called/VERB|VBN Arica/PROPN|NNP rules/VERB|VBZ ./PUNCT|.')[4]).toBe('VERB|VBZ');
    expect(run('Chile/PROPN|NNP called/VERB|VBD the/DET|DT Andes/PROPN|NNP reigns/VERB|VBZ ./PUNCT|.')[4]).toBe('VERB|VBZ');
    expect(run('Chile/PROPN|NNP said/VERB|VBD the/DET|DT Andes/PROPN|NNP rules/VERB|VBZ Peru/PROPN|NNP ./PUNCT|.')[4]).toBe('VERB|VBZ');
  });
});
