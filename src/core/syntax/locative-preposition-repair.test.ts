import { describe, expect, it } from 'vitest';
import { createLocativePrepositionRepair } from './locative-preposition-repair.js';
import { inlineConllu as conllu } from './test-support/inline-conllu.js';
import { repairRunner, tinyRepairModel } from './test-support/tag-repair-harness.js';

const FIXTURE = conllu(
  'Farmers/NOUN|NNS/2/nsubj gathered/VERB|VBD/0/root outside/ADP|IN/5/case the/DET|DT/5/det court/NOUN|NN/2/obl ./PUNCT|./2/punct',
  'The/DET|DT/2/det town/NOUN|NN/3/nsubj sought/VERB|VBD/0/root outside/ADJ|JJ/5/amod help/NOUN|NN/3/obj ./PUNCT|./3/punct',
  'Crowds/NOUN|NNS/2/nsubj marched/VERB|VBD/0/root in/ADP|IN/4/case Lagos/PROPN|NNP/2/obl ./PUNCT|./2/punct',
);

describe('locative preposition repair', () => {
  const model = tinyRepairModel(FIXTURE);
  const run = repairRunner(model, createLocativePrepositionRepair(model));

  it('tags "outside"/"inside" before a bare place a preposition', () => {
    // "Farmers staged a sit-in outside parliament ." — after a noun
    expect(run('Farmers/NOUN|NNS staged/VERB|VBD a/DET|DT sit-in/NOUN|NN outside/ADJ|JJ parliament/NOUN|NN ./PUNCT|.')[4]).toBe('ADP|IN');
    // "Crowds rallied outside parliament ." — a place written bare, after a verb
    expect(run('Crowds/NOUN|NNS rallied/VERB|VBD outside/ADJ|JJ parliament/NOUN|NN ./PUNCT|.')[2]).toBe('ADP|IN');
    // "Crowds gathered inside Lagos ." — before a proper name
    expect(run('Crowds/NOUN|NNS gathered/VERB|VBD inside/ADJ|JJ Lagos/PROPN|NNP ./PUNCT|.')[2]).toBe('ADP|IN');
  });

  it('leaves the adjective after a verb, a determiner or a preposition', () => {
    // "The town sought outside help ."
    expect(run('The/DET|DT town/NOUN|NN sought/VERB|VBD outside/ADJ|JJ help/NOUN|NN ./PUNCT|.')[3]).toBe('ADJ|JJ');
    // "the outside world", "for outside investors"
    expect(run('The/DET|DT town/NOUN|NN feared/VERB|VBD the/DET|DT outside/ADJ|JJ world/NOUN|NN ./PUNCT|.')[4]).toBe('ADJ|JJ');
    expect(run('The/DET|DT town/NOUN|NN looked/VERB|VBD for/ADP|IN outside/ADJ|JJ investors/NOUN|NNS ./PUNCT|.')[4]).toBe('ADJ|JJ');
  });
});
