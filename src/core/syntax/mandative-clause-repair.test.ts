import { describe, expect, it } from 'vitest';
import { Vocab } from '../doc/vocab.js';
import { LexBit } from './lexicon.js';
import { createMandativeClauseRepair } from './mandative-clause-repair.js';
import { inlineConllu as conllu } from './test-support/inline-conllu.js';
import { pennBits, repairRunner, repairRunnerIn, tinyRepairModel } from './test-support/tag-repair-harness.js';

const FIXTURE = conllu(
  'Farmers/NOUN|NNS/2/nsubj demanded/VERB|VBD/0/root that/SCONJ|IN/6/mark the/DET|DT/5/det ministry/NOUN|NN/6/nsubj lift/VERB|VB/2/ccomp the/DET|DT/8/det quota/NOUN|NN/6/obj ./PUNCT|./2/punct',
  'They/PRON|PRP/2/nsubj said/VERB|VBD/0/root that/PRON|WDT/4/det plan/NOUN|NN/2/obj would/AUX|MD/6/aux fail/VERB|VB/2/conj ,/PUNCT|,/6/punct his/PRON|PRP$/9/nmod:poss 2/NUM|CD/6/obj big/ADJ|JJ/9/amod Kenya/PROPN|NNP/9/nmod ./PUNCT|./2/punct',
  'They/PRON|PRP/2/nsubj want/VERB|VBP/0/root plans/NOUN|NNS/2/obj to/PART|TO/5/mark grow/VERB|VB/3/acl ./PUNCT|./2/punct',
);
const VERB_OR_NOUN = LexBit.WnVerb | pennBits('VB', 'VBP', 'NN');

describe('mandative clause repair', () => {
  const model = tinyRepairModel(FIXTURE, [['end', VERB_OR_NOUN], ['ease', VERB_OR_NOUN], ['plan', VERB_OR_NOUN]]);
  const run = repairRunner(model, createMandativeClauseRepair(model));

  it('reads the noun after the subject of a demanded clause as its bare verb', () => {
    const out = run('Farmers/NOUN|NNS demanded/VERB|VBD that/SCONJ|IN the/DET|DT big/ADJ|JJ ministry/NOUN|NN end/NOUN|NN the/DET|DT quota/NOUN|NN ./PUNCT|.');
    expect(out[6]).toBe('VERB|VB');
  });

  it('reads it after a demand noun and a word between, and tags a "that" read as a determiner', () => {
    const out = run('They/PRON|PRP said/VERB|VBD his/PRON|PRP$ demand/NOUN|NN today/NOUN|NN that/PRON|WDT Kenya/PROPN|NNP ease/NOUN|NN the/DET|DT quota/NOUN|NN ./PUNCT|.');
    expect([out[5], out[7]]).toEqual(['SCONJ|IN', 'VERB|VB']);
  });

  it('reads it when the object takes an infinitive of its own ("cancel plans to sell arms")', () => {
    const out = run('Farmers/NOUN|NNS demanded/VERB|VBD that/SCONJ|IN the/DET|DT ministry/NOUN|NN end/NOUN|NN plans/NOUN|NNS to/PART|TO raise/VERB|VB the/DET|DT quota/NOUN|NN ./PUNCT|.');
    expect(out[5]).toBe('VERB|VB');
  });

  it('leaves it when a verb not led by "to" follows in the clause', () => {
    expect(run('Farmers/NOUN|NNS demanded/VERB|VBD that/SCONJ|IN the/DET|DT ministry/NOUN|NN end/NOUN|NN plans/NOUN|NNS would/AUX|MD fail/VERB|VB ./PUNCT|.')[5]).toBe('NOUN|NN');
    expect(run('Farmers/NOUN|NNS demanded/VERB|VBD that/SCONJ|IN the/DET|DT ministry/NOUN|NN end/NOUN|NN plans/NOUN|NNS they/PRON|PRP grow/VERB|VB ./PUNCT|.')[5]).toBe('NOUN|NN');
  });

  it('leaves clauses alone with no demand word, with a verb of their own, or with no object', () => {
    expect(run('They/PRON|PRP said/VERB|VBD that/SCONJ|IN the/DET|DT ministry/NOUN|NN plan/NOUN|NN quota/NOUN|NN ./PUNCT|.')[5]).toBe('NOUN|NN');
    expect(run('Farmers/NOUN|NNS demanded/VERB|VBD that/SCONJ|IN the/DET|DT ministry/NOUN|NN plan/NOUN|NN would/AUX|MD fail/VERB|VB ./PUNCT|.')[5]).toBe('NOUN|NN');
    expect(run('Farmers/NOUN|NNS demanded/VERB|VBD that/SCONJ|IN the/DET|DT quota/NOUN|NN end/NOUN|NN ./PUNCT|.')[5]).toBe('NOUN|NN');
  });

  it('reads the words of a vocabulary that grows between sentences, and of several vocabularies', () => {
    const runIn = repairRunnerIn(model, createMandativeClauseRepair(model));
    const shared = new Vocab();
    const plain = 'They/PRON|PRP said/VERB|VBD that/SCONJ|IN the/DET|DT ministry/NOUN|NN plan/NOUN|NN quota/NOUN|NN ./PUNCT|.';
    const demanded = 'Farmers/NOUN|NNS demanded/VERB|VBD that/SCONJ|IN the/DET|DT ministry/NOUN|NN end/NOUN|NN the/DET|DT quota/NOUN|NN ./PUNCT|.';
    expect(runIn(shared, plain)[5]).toBe('NOUN|NN');
    // "Farmers", "demanded", "end" are new to the vocabulary the repair has read words of
    expect(runIn(shared, demanded)[5]).toBe('VERB|VB');
    // another vocabulary numbers the words otherwise: "demanded" takes the id "They" had above
    const other = new Vocab();
    other.id('demanded');
    expect(runIn(other, plain)[5]).toBe('NOUN|NN');
    expect(runIn(other, demanded)[5]).toBe('VERB|VB');
  });
});
