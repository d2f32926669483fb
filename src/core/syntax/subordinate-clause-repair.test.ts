import { describe, expect, it } from 'vitest';
import { LexBit } from './lexicon.js';
import { createSubordinateClauseRepair } from './subordinate-clause-repair.js';
import { inlineConllu as conllu } from './test-support/inline-conllu.js';
import { pennBits, repairRunner, tinyRepairModel } from './test-support/tag-repair-harness.js';

const FIXTURE = conllu(
  'Talks/NOUN|NNS/2/nsubj ended/VERB|VBD/0/root after/SCONJ|IN/6/mark the/DET|DT/5/det rebels/NOUN|NNS/6/nsubj seized/VERB|VBN/2/advcl the/DET|DT/8/det town/NOUN|NN/6/obj ./PUNCT|./2/punct',
  'They/PRON|PRP/2/nsubj left/VERB|VBD/0/root after/ADP|IN/5/case the/DET|DT/5/det big/ADJ|JJ/2/obl ,/PUNCT|,/2/punct his/PRON|PRP$/8/nmod:poss 2/NUM|CD/8/nummod ./PUNCT|./2/punct',
  'A/DET|DT/2/det state/NOUN|NN/6/nsubj:pass of/ADP|IN/4/case siege/NOUN|NN/2/nmod was/AUX|VBD/6/aux:pass declared/VERB|VBN/0/root ./PUNCT|./6/punct',
);

describe('subordinate clause repair', () => {
  const model = tinyRepairModel(FIXTURE, [['seized', LexBit.WnVerb | pennBits('VBD', 'VBN')], ['held', LexBit.WnVerb | pennBits('VBD', 'VBN')]]);
  const run = repairRunner(model, createSubordinateClauseRepair(model));

  it('reads "after <subject> <participle> <object>" as a clause with a past tense', () => {
    const out = run('Talks/NOUN|NNS ended/VERB|VBD after/ADP|IN the/DET|DT big/ADJ|JJ rebels/NOUN|NNS seized/VERB|VBN the/DET|DT town/NOUN|NN ./PUNCT|.');
    expect([out[2], out[6]]).toEqual(['SCONJ|IN', 'VERB|VBD']);
  });

  it('marks the subordinator of a verb already in the past tense, and reads a pronoun subject', () => {
    const out = run('Talks/NOUN|NNS ended/VERB|VBD after/ADP|IN They/PRON|PRP seized/VERB|VBD the/DET|DT town/NOUN|NN ./PUNCT|.');
    expect([out[2], out[4]]).toEqual(['SCONJ|IN', 'VERB|VBD']);
  });

  it('leaves phrases alone: a passive participle before "by", no object, a participle not known as a past tense', () => {
    expect(run('Talks/NOUN|NNS ended/VERB|VBD after/ADP|IN the/DET|DT town/NOUN|NN seized/VERB|VBN by/ADP|IN the/DET|DT rebels/NOUN|NNS')[2]).toBe('ADP|IN');
    expect(run('Talks/NOUN|NNS ended/VERB|VBD after/ADP|IN the/DET|DT rebels/NOUN|NNS seized/VERB|VBN ./PUNCT|.')[2]).toBe('ADP|IN');
    expect(run('Talks/NOUN|NNS ended/VERB|VBD after/ADP|IN the/DET|DT town/NOUN|NN left/VERB|VBN the/DET|DT rebels/NOUN|NNS')[2]).toBe('ADP|IN');
    expect(run('Talks/NOUN|NNS ended/VERB|VBD after/ADP|IN the/DET|DT talks/NOUN|NNS ./PUNCT|.')[2]).toBe('ADP|IN');
  });

  it('marks a clause with a finite auxiliary once the sentence has its own verb, reading an "of" phrase in the subject', () => {
    const out = run('They/PRON|PRP left/VERB|VBD after/ADP|IN a/DET|DT state/NOUN|NN of/ADP|IN siege/NOUN|NN was/AUX|VBD declared/VERB|VBN ./PUNCT|.');
    expect(out[2]).toBe('SCONJ|IN');
    // no verb before it: "the talks after the siege were cancelled" is the sentence's subject
    expect(run('the/DET|DT state/NOUN|NN after/ADP|IN the/DET|DT siege/NOUN|NN was/AUX|VBD declared/VERB|VBN ./PUNCT|.')[2]).toBe('ADP|IN');
  });
});
