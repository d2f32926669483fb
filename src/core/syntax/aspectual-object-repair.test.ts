import { describe, expect, it } from 'vitest';
import { createAspectualObjectRepair } from './aspectual-object-repair.js';
import { inlineConllu as conllu } from './test-support/inline-conllu.js';
import { pennBits, repairRunner, tinyRepairModel } from './test-support/tag-repair-harness.js';

const FIXTURE = conllu(
  'Miners/NOUN|NNS/2/nsubj stopped/VERB|VBD/0/root work/NOUN|NN/2/obj ./PUNCT|./2/punct',
  'Miners/NOUN|NNS/2/nsubj can/AUX|MD/3/aux work/VERB|VB/0/root ./PUNCT|./3/punct',
  'Miners/NOUN|NNS/2/nsubj stopped/VERB|VBD/0/root digging/VERB|VBG/2/xcomp ./PUNCT|./2/punct',
);

describe('aspectual object repair', () => {
  const model = tinyRepairModel(FIXTURE, [['work', pennBits('NN', 'VB')], ['dig', pennBits('VB')]]);
  const run = repairRunner(model, createAspectualObjectRepair(model));

  it('tags a bare verb after a verb of stopping or starting a noun when it can be one ("stopped work")', () => {
    expect(run('Miners/NOUN|NNS stopped/VERB|VBD work/VERB|VB ./PUNCT|.')[2]).toBe('NOUN|NN');
    expect(run('Miners/NOUN|NNS resumed/VERB|VBD work/VERB|VB ./PUNCT|.')[2]).toBe('NOUN|NN');
  });

  it('leaves a verb after a modal, a word that is no noun, and a gerund', () => {
    expect(run('Miners/NOUN|NNS can/AUX|MD work/VERB|VB ./PUNCT|.')[2]).toBe('VERB|VB');
    expect(run('Miners/NOUN|NNS stopped/VERB|VBD dig/VERB|VB ./PUNCT|.')[2]).toBe('VERB|VB');
    expect(run('Miners/NOUN|NNS stopped/VERB|VBD digging/VERB|VBG ./PUNCT|.')[2]).toBe('VERB|VBG');
  });
});
