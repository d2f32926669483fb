import { describe, expect, it } from 'vitest';
import { createAttributiveParticipleRepair } from './attributive-participle-repair.js';
import { inlineConllu as conllu } from './test-support/inline-conllu.js';
import { pennBits, repairRunner, tinyRepairModel } from './test-support/tag-repair-harness.js';

const FIXTURE = conllu(
  'Police/NOUN|NNS/2/nsubj arrested/VERB|VBD/0/root armed/ADJ|JJ/4/amod men/NOUN|NNS/2/obj in/ADP|IN/6/case Lima/PROPN|NNP/2/obl ./PUNCT|./2/punct',
  'Police/NOUN|NNS/2/nsubj suspected/VERB|VBD/0/root foul/ADJ|JJ/4/amod play/NOUN|NN/2/obj ./PUNCT|./2/punct',
  "Lima/PROPN|NNP/4/nmod:poss 's/PART|POS/1/case ruling/VERB|VBG/4/amod party/NOUN|NN/5/nsubj won/VERB|VBD/0/root ./PUNCT|./5/punct",
  'Police/NOUN|NNS/2/nsubj are/AUX|VBP/3/aux arresting/VERB|VBG/0/root men/NOUN|NNS/3/obj ./PUNCT|./3/punct',
);

describe('attributive participle repair', () => {
  const model = tinyRepairModel(FIXTURE);
  const run = repairRunner(model, createAttributiveParticipleRepair(model));

  it('tags a label participle between a verb and its noun an adjective', () => {
    expect(run('Police/NOUN|NNS arrested/VERB|VBD suspected/VERB|VBD armed/ADJ|JJ men/NOUN|NNS ./PUNCT|.')[2]).toBe('ADJ|JJ');
    expect(run('Police/NOUN|NNS arrested/VERB|VBD alleged/VERB|VBD Lima/PROPN|NNP men/NOUN|NNS ./PUNCT|.')[2]).toBe('ADJ|JJ');
    expect(run('Police/NOUN|NNS arrested/VERB|VBD proposed/VERB|VBD armed/ADJ|JJ men/NOUN|NNS ./PUNCT|.')[2]).toBe('ADJ|JJ');
    // a label of an office-holder: "Police arrested outgoing Lima men."
    expect(run('Police/NOUN|NNS arrested/VERB|VBD outgoing/VERB|VBG Lima/PROPN|NNP men/NOUN|NNS ./PUNCT|.')[2]).toBe('ADJ|JJ');
  });

  it('tags a participle of growth between a verb and its noun an adjective, not after a verb taking a gerund', () => {
    expect(run('Lima/PROPN|NNP faced/VERB|VBD growing/VERB|VBG armed/ADJ|JJ men/NOUN|NNS ./PUNCT|.')[2]).toBe('ADJ|JJ');
    expect(run('Police/NOUN|NNS cited/VERB|VBD mounting/VERB|VBG play/NOUN|NN ./PUNCT|.')[2]).toBe('ADJ|JJ');
    // "Farmers kept growing play": a gerund, the verb's complement
    expect(run('Police/NOUN|NNS kept/VERB|VBD growing/VERB|VBG play/NOUN|NN ./PUNCT|.')[2]).toBe('VERB|VBG');
    expect(run('Police/NOUN|NNS started/VERB|VBD mounting/VERB|VBG play/NOUN|NN ./PUNCT|.')[2]).toBe('VERB|VBG');
  });

  it('leaves the verb of a sentence alone, and other participles', () => {
    expect(run('Police/NOUN|NNS suspected/VERB|VBD foul/ADJ|JJ play/NOUN|NN ./PUNCT|.')[1]).toBe('VERB|VBD');
    expect(run('Police/NOUN|NNS arrested/VERB|VBD armed/VERB|VBD men/NOUN|NNS ./PUNCT|.')[2]).toBe('VERB|VBD');
  });

  it("tags a present participle between a possessive and its noun an adjective (\"Lima's ruling party\")", () => {
    expect(run("Lima/PROPN|NNP 's/PART|POS ruling/VERB|VBG party/NOUN|NN won/VERB|VBD ./PUNCT|.")[2]).toBe('ADJ|JJ');
    // a participle after a subject is the clause's verb
    expect(run('Police/NOUN|NNS are/AUX|VBP arresting/VERB|VBG men/NOUN|NNS ./PUNCT|.')[2]).toBe('VERB|VBG');
  });
});

describe('attributive participle repair: a past verb read as an adverb before a label', () => {
  const fixture = conllu(
    'Jets/NOUN|NNS/2/nsubj struck/VERB|VBD/0/root armed/ADJ|JJ/4/amod camps/NOUN|NNS/2/obj ./PUNCT|./2/punct',
    'Jets/NOUN|NNS/3/nsubj only/ADV|RB/3/advmod suspected/VERB|VBD/0/root camps/NOUN|NNS/3/obj ./PUNCT|./3/punct',
  );
  const model = tinyRepairModel(fixture, [
    ['struck', pennBits('VBD', 'VBN', 'JJ')],
    ['only', pennBits('RB', 'JJ')],
  ]);
  const run = repairRunner(model, createAttributiveParticipleRepair(model));

  it('makes the verb the lexicon knows only as a past form a past tense, and the label an adjective', () => {
    // "Jets struck suspected armed camps." with "struck" misread as an adverb
    expect(run('Jets/NOUN|NNS struck/ADV|RB suspected/VERB|VBD armed/ADJ|JJ camps/NOUN|NNS ./PUNCT|.')).toEqual(['NOUN|NNS', 'VERB|VBD', 'ADJ|JJ', 'ADJ|JJ', 'NOUN|NNS', 'PUNCT|.']);
  });

  it('leaves a true adverb and the verb after it alone ("Jets only suspected camps.")', () => {
    expect(run('Jets/NOUN|NNS only/ADV|RB suspected/VERB|VBD camps/NOUN|NNS ./PUNCT|.').slice(1, 3)).toEqual(['ADV|RB', 'VERB|VBD']);
  });
});
