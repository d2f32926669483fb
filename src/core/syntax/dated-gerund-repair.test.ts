import { describe, expect, it } from 'vitest';
import { createDatedGerundRepair } from './dated-gerund-repair.js';
import { inlineConllu as conllu } from './test-support/inline-conllu.js';
import { repairRunner, tinyRepairModel } from './test-support/tag-repair-harness.js';

const FIXTURE = conllu(
  'Judges/NOUN|NNS/2/nsubj opened/VERB|VBD/0/root a/DET|DT/4/det hearing/NOUN|NN/2/obj Monday/PROPN|NNP/2/obl:tmod ./PUNCT|./2/punct',
  'Judges/NOUN|NNS/2/nsubj are/AUX|VBP/3/aux meeting/VERB|VBG/0/root Monday/PROPN|NNP/3/obl:tmod ./PUNCT|./3/punct',
  'The/DET|DT/2/det following/VERB|VBG/3/amod Monday/PROPN|NNP/0/root ./PUNCT|./3/punct',
);

describe('dated gerund repair', () => {
  const model = tinyRepairModel(FIXTURE);
  const run = repairRunner(model, createDatedGerundRepair(model));

  it('tags an "-ing" word inside a noun phrase and before a weekday a noun', () => {
    expect(run('Judges/NOUN|NNS opened/VERB|VBD a/DET|DT hearing/VERB|VBG Monday/PROPN|NNP ./PUNCT|.')[3]).toBe('NOUN|NN');
    // after a noun of the phrase ("a landmark hearing Wednesday")
    expect(run('Judges/NOUN|NNS opened/VERB|VBD a/DET|DT landmark/NOUN|NN hearing/VERB|VBG Monday/PROPN|NNP ./PUNCT|.')[4]).toBe('NOUN|NN');
  });

  it('leaves a verb after an auxiliary or a subject pronoun, and "following"', () => {
    expect(run('Judges/NOUN|NNS are/AUX|VBP meeting/VERB|VBG Monday/PROPN|NNP ./PUNCT|.')[2]).toBe('VERB|VBG');
    expect(run('The/DET|DT following/VERB|VBG Monday/PROPN|NNP ./PUNCT|.')[1]).toBe('VERB|VBG');
  });

  it('leaves an "-ing" word before anything but a weekday', () => {
    expect(run('Judges/NOUN|NNS opened/VERB|VBD a/DET|DT hearing/VERB|VBG today/NOUN|NN ./PUNCT|.')[3]).toBe('VERB|VBG');
  });
});
