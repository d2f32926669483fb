import { describe, expect, it } from 'vitest';
import { createAttackGerundRepair } from './attack-gerund-repair.js';
import { inlineConllu as conllu } from './test-support/inline-conllu.js';
import { repairRunner, tinyRepairModel } from './test-support/tag-repair-harness.js';

const FIXTURE = conllu(
  'Villagers/NOUN|NNS/3/nsubj:pass were/AUX|VBD/3/aux:pass hurt/VERB|VBN/0/root in/ADP|IN/6/case heavy/ADJ|JJ/6/amod shelling/NOUN|NN/3/obl ./PUNCT|./3/punct',
  'Troops/NOUN|NNS/2/nsubj kept/VERB|VBD/0/root firing/VERB|VBG/2/xcomp at/ADP|IN/5/case houses/NOUN|NNS/3/obl ./PUNCT|./2/punct',
  'A/DET|DT/2/det soldier/NOUN|NN/0/root shooting/VERB|VBG/2/acl rockets/NOUN|NNS/3/obj and/CCONJ|CC/3/cc ,/PUNCT|,/3/punct',
);

describe('attack gerund repair', () => {
  const model = tinyRepairModel(FIXTURE);
  const run = repairRunner(model, createAttackGerundRepair(model));

  it('tags an attack\'s "-ing" word after its weapon, in a phrase of circumstance, a noun', () => {
    // "Villagers were hurt in Turkish mortar shelling in the south."
    expect(run('Villagers/NOUN|NNS were/AUX|VBD hurt/VERB|VBN in/ADP|IN Turkish/ADJ|JJ mortar/NOUN|NN shelling/VERB|VBG in/ADP|IN the/DET|DT south/NOUN|NN ./PUNCT|.')[6]).toBe('NOUN|NN');
    // "… died after army firing ." — at the end of the sentence
    expect(run('Villagers/NOUN|NNS died/VERB|VBD after/ADP|IN army/NOUN|NN firing/VERB|VBG ./PUNCT|.')[4]).toBe('NOUN|NN');
  });

  it('leaves a verb with an object, after a determiner, after a plural subject, or outside a phrase of circumstance', () => {
    // "in army firing rockets": the word takes an object
    expect(run('Villagers/NOUN|NNS were/AUX|VBD hurt/VERB|VBN in/ADP|IN army/NOUN|NN firing/VERB|VBG rockets/NOUN|NNS ./PUNCT|.')[5]).toBe('VERB|VBG');
    // "in a soldier shooting at …": a determiner opens a phrase whose noun the "-ing" clause modifies
    expect(run('Villagers/NOUN|NNS were/AUX|VBD hurt/VERB|VBN in/ADP|IN a/DET|DT soldier/NOUN|NN shooting/VERB|VBG at/ADP|IN houses/NOUN|NNS ./PUNCT|.')[6]).toBe('VERB|VBG');
    // "by troops firing at houses": plural, and "by" names the doer
    expect(run('Villagers/NOUN|NNS were/AUX|VBD hurt/VERB|VBN by/ADP|IN troops/NOUN|NNS firing/VERB|VBG at/ADP|IN houses/NOUN|NNS ./PUNCT|.')[5]).toBe('VERB|VBG');
    // "with police firing at houses": no phrase of circumstance
    expect(run('Villagers/NOUN|NNS fled/VERB|VBD with/ADP|IN police/NOUN|NN firing/VERB|VBG at/ADP|IN houses/NOUN|NNS ./PUNCT|.')[4]).toBe('VERB|VBG');
  });
});
