import { describe, expect, it } from 'vitest';
import { UPOS } from '../doc/ud.js';
import { Vocab } from '../doc/vocab.js';
import { trainTinyModel } from '../../train/tiny-model.js';
import { parseConllu } from './conllu.js';
import { inlineConllu as conllu } from './test-support/inline-conllu.js';
import { createFiniteVerbRepair, type FiniteVerbRepairOptions } from './finite-verb-repair.js';
import { hashString } from './hash.js';
import { LexBit, packSemantics, PENN_LEXICON_TAGS } from './lexicon.js';
import { decodeSyntaxModel, encodeSyntaxModel } from './model-format.js';


// the tiny model only has to know the classes the tests write
const FIXTURE = conllu(
  'Rebels/NOUN|NNS/2/nsubj shelled/VERB|VBD/0/root the/DET|DT/4/det town/NOUN|NN/2/obj ,/PUNCT|,/7/punct officials/NOUN|NNS/7/nsubj said/VERB|VBD/2/parataxis ./PUNCT|./2/punct',
  'Homes/NOUN|NNS/5/nsubj:pass destroyed/VERB|VBN/1/acl by/ADP|IN/4/case rebels/NOUN|NNS/2/obl were/AUX|VBD/6/aux:pass rebuilt/VERB|VBN/0/root ./PUNCT|./6/punct',
  'Their/PRON|PRP$/3/nmod:poss armed/ADJ|JJ/3/amod groups/NOUN|NNS/4/nsubj grow/VERB|VBP/0/root ,/PUNCT|,/6/punct he/PRON|PRP/7/nsubj says/VERB|VBZ/4/parataxis 2/NUM|CD/7/obj ./PUNCT|./4/punct',
  'Troops/NOUN|NNS/2/nsubj entered/VERB|VBD/0/root Gaza/PROPN|NNP/2/obj ,/PUNCT|,/6/punct which/PRON|WDT/6/nsubj alarmed/VERB|VBD/2/advcl aid/NOUN|NN/8/compound groups/NOUN|NNS/6/obj ./PUNCT|./2/punct',
  'He/PRON|PRP/2/nsubj urged/VERB|VBD/0/root them/PRON|PRP/2/obj to/PART|TO/5/mark leave/VERB|VB/2/xcomp ./PUNCT|./2/punct',
  'Those/PRON|DT/4/nsubj who/PRON|WP/3/nsubj left/VERB|VBD/1/acl:relcl returned/VERB|VBD/0/root ./PUNCT|./4/punct',
  'Troops/NOUN|NNS/2/nsubj left/VERB|VBD/0/root because/SCONJ|IN/5/mark rebels/NOUN|NNS/5/nsubj returned/VERB|VBD/2/advcl ./PUNCT|./2/punct',
);

const penn = (t: (typeof PENN_LEXICON_TAGS)[number]): number => 1 << (LexBit.PennBase + PENN_LEXICON_TAGS.indexOf(t));
/** WordNet verb lexicographer files (29 = verb.body … 43), as bits of a semantic signature. */
const COMMUNICATION = 1 << (32 - 29);
const CONTACT = 1 << (35 - 29);

/** A tiny model with a hand-written lexicon and semantic classes for the words the tests use. */
function tinyModel() {
  const parts = trainTinyModel(parseConllu(FIXTURE), 5);
  parts.lexicon = [
    [hashString('shelled'), LexBit.WnAdj | penn('VBD') | penn('VBN') | penn('JJ')],
    // "demolished" is not in the tag lexicon: its base "demolish" is a verb
    [hashString('demolished'), LexBit.WnAdj],
    [hashString('demolish'), LexBit.WnVerb | penn('VB')],
    [hashString('armed'), LexBit.WnAdj | penn('VBD') | penn('VBN') | penn('JJ')],
    [hashString('arm'), LexBit.WnVerb | LexBit.WnNoun | penn('VB') | penn('NN')],
    [hashString('said'), LexBit.IrrVerb | penn('VBD') | penn('VBN')],
    [hashString('say'), LexBit.WnVerb | penn('VB')],
    [hashString('rebuilt'), LexBit.IrrVerb | penn('VBD') | penn('VBN')],
    [hashString('set'), LexBit.WnNoun | LexBit.WnVerb | penn('NN') | penn('VB') | penn('VBD') | penn('VBN')],
    [hashString('town'), LexBit.WnNoun | penn('NN')],
    [hashString('shook'), LexBit.IrrVerb | penn('VBD')],
  ];
  parts.semantics = [
    [hashString('said'), packSemantics(0, COMMUNICATION)],
    [hashString('say'), packSemantics(0, COMMUNICATION)],
    [hashString('rebuilt'), packSemantics(0, CONTACT)],
  ];
  return decodeSyntaxModel(encodeSyntaxModel(parts));
}

describe('finite verb repair', () => {
  const model = tinyModel();
  const classes = model.tagger.classes;
  const cls = (c: string): number => {
    const i = classes.indexOf(c);
    if (i < 0) throw new Error(`no class ${c}`);
    return i;
  };

  /** Runs the repair over one sentence of "form/UPOS|XPOS" tokens; returns the classes after. */
  function repair(sentence: string, options: FiniteVerbRepairOptions = { reportedClauses: true, adjectivalPast: true, reportedParticiples: true }): string[] {
    const vocab = new Vocab();
    const toks = sentence.split(' ').map((t) => t.split('/'));
    const ids = toks.map(([w]) => vocab.id(w));
    const tags = Uint8Array.from(toks, ([, c]) => cls(c));
    const upos = Uint8Array.from(tags, (t) => model.tagger.classUpos[t]);
    const forced = new Int16Array(ids.length).fill(-1);
    const changed = createFiniteVerbRepair(model, options)(vocab, ids, 0, ids.length, tags, upos, forced);
    // the layers stay consistent, and what changed is imposed on the second look
    tags.forEach((t, i) => expect(UPOS[upos[i]]).toBe(classes[t].split('|')[0]));
    expect(changed).toBe(Array.from(forced).filter((f) => f >= 0).length);
    return Array.from(tags, (t) => classes[t]);
  }

  const REPORTED = 'Rebel/ADJ|JJ jets/NOUN|NNS shelled/VERB|VBN the/DET|DT town/NOUN|NN ,/PUNCT|, local/ADJ|JJ officials/NOUN|NNS said/VERB|VBD ./PUNCT|.';

  it('gives a whole sentence with no finite verb its past tense (the round-8 rule)', () => {
    expect(repair('Rebel/ADJ|JJ jets/NOUN|NNS shelled/VERB|VBN the/DET|DT town/NOUN|NN ./PUNCT|.', {})[2]).toBe('VERB|VBD');
  });

  it('treats the stretch before a trailing reporting clause as a sentence of its own, when asked', () => {
    expect(repair(REPORTED)[2]).toBe('VERB|VBD');
    expect(repair(REPORTED, {})[2]).toBe('VERB|VBN');
    // there a participle only with reportedParticiples; an "-ed" adjective with its object without
    expect(repair(REPORTED, { reportedClauses: true, adjectivalPast: true })[2]).toBe('VERB|VBN');
    const adjective = 'Army/NOUN|NN bulldozers/NOUN|NNS demolished/ADJ|JJ the/DET|DT homes/NOUN|NNS ,/PUNCT|, officials/NOUN|NNS said/VERB|VBD ./PUNCT|.';
    expect(repair(adjective, { reportedClauses: true, adjectivalPast: true })[2]).toBe('VERB|VBD');
    // the reporting verb first ("…, said the spokesman.") and a present tense ("he says")
    expect(repair('Rebel/ADJ|JJ jets/NOUN|NNS shelled/VERB|VBN the/DET|DT town/NOUN|NN ,/PUNCT|, said/VERB|VBD the/DET|DT officials/NOUN|NNS ./PUNCT|.')[2]).toBe('VERB|VBD');
    expect(repair('Rebel/ADJ|JJ jets/NOUN|NNS shelled/VERB|VBN the/DET|DT town/NOUN|NN ,/PUNCT|, he/PRON|PRP says/VERB|VBZ ./PUNCT|.')[2]).toBe('VERB|VBD');
  });

  it('leaves the stretch alone when the tail is no reporting clause or the stretch has a finite verb', () => {
    // the tail's verb is no verb of saying
    expect(repair('Rebel/ADJ|JJ jets/NOUN|NNS shelled/VERB|VBN the/DET|DT town/NOUN|NN ,/PUNCT|, officials/NOUN|NNS rebuilt/VERB|VBD ./PUNCT|.')[2]).toBe('VERB|VBN');
    // a relative clause, not a reporting one
    expect(repair('Rebel/ADJ|JJ jets/NOUN|NNS shelled/VERB|VBN the/DET|DT town/NOUN|NN ,/PUNCT|, which/PRON|WDT said/VERB|VBD ./PUNCT|.')[2]).toBe('VERB|VBN');
    // a verb of saying inside a relative clause, or with a complement after it, is no report
    expect(repair('Rebel/ADJ|JJ jets/NOUN|NNS shelled/VERB|VBN the/DET|DT town/NOUN|NN ,/PUNCT|, officials/NOUN|NNS who/PRON|WP said/VERB|VBD ./PUNCT|.')[2]).toBe('VERB|VBN');
    expect(repair('Rebel/ADJ|JJ jets/NOUN|NNS shelled/VERB|VBN the/DET|DT town/NOUN|NN ,/PUNCT|, he/PRON|PRP said/VERB|VBD to/PART|TO them/PRON|PRP ./PUNCT|.')[2]).toBe('VERB|VBN');
    // the stretch has its own finite verb
    expect(repair('Rebel/ADJ|JJ jets/NOUN|NNS shelled/VERB|VBN the/DET|DT town/NOUN|NN rebuilt/VERB|VBD ,/PUNCT|, officials/NOUN|NNS said/VERB|VBD ./PUNCT|.')[2]).toBe('VERB|VBN');
    // a passive or reduced relative: the participle is followed by "by"
    expect(repair('Homes/NOUN|NNS shelled/VERB|VBN by/ADP|IN jets/NOUN|NNS ,/PUNCT|, officials/NOUN|NNS said/VERB|VBD ./PUNCT|.')[1]).toBe('VERB|VBN');
  });

  it('reads an "-ed" adjective with an object after a noun as the past tense, when asked', () => {
    const s = 'Army/NOUN|NN bulldozers/NOUN|NNS demolished/ADJ|JJ the/DET|DT homes/NOUN|NNS ,/PUNCT|, officials/NOUN|NNS said/VERB|VBD ./PUNCT|.';
    expect(repair(s)[2]).toBe('VERB|VBD');
    expect(repair(s, { reportedClauses: true, reportedParticiples: true })[2]).toBe('ADJ|JJ');
    // no object after it, or a possessive before it ("their armed groups"): an adjective
    expect(repair('Army/NOUN|NN bulldozers/NOUN|NNS demolished/ADJ|JJ ,/PUNCT|, officials/NOUN|NNS said/VERB|VBD ./PUNCT|.')[2]).toBe('ADJ|JJ');
    const armed = repair('Their/PRON|PRP$ armed/ADJ|JJ groups/NOUN|NNS armed/ADJ|JJ the/DET|DT town/NOUN|NN ./PUNCT|.');
    expect([armed[1], armed[3]]).toEqual(['ADJ|JJ', 'VERB|VBD']);
    // a participle the tag lexicon does not know as a past tense stays ("candidate embroiled in …")
    expect(repair('Army/NOUN|NN bulldozers/NOUN|NNS demolished/VERB|VBN in/ADP|IN the/DET|DT town/NOUN|NN ./PUNCT|.')[2]).toBe('VERB|VBN');
  });

  it('reads an adjective the lexicon knows as a past tense, with an object, as the past tense ("the leaders shook/JJ hands")', () => {
    const s = 'The/DET|DT leaders/NOUN|NNS shook/ADJ|JJ hands/NOUN|NNS ./PUNCT|.';
    expect(repair(s)[2]).toBe('VERB|VBD');
    expect(repair(s, { reportedClauses: true })[2]).toBe('ADJ|JJ');
    // a word the lexicon knows no past tense of stays an adjective
    expect(repair('The/DET|DT leaders/NOUN|NNS town/ADJ|JJ hands/NOUN|NNS ./PUNCT|.')[2]).toBe('ADJ|JJ');
  });

  it('reads a noun the lexicon knows as a past tense, with an object, as the past tense, when asked', () => {
    const s = 'Settlers/NOUN|NNS set/NOUN|NN fire/NOUN|NN to/ADP|IN the/DET|DT town/NOUN|NN ,/PUNCT|, officials/NOUN|NNS said/VERB|VBD ./PUNCT|.';
    expect(repair(s, { reportedClauses: true, nounPast: true })[1]).toBe('VERB|VBD');
    expect(repair(s)[1]).toBe('NOUN|NN');
    // not a noun the lexicon has no past tense for ("town"), nor one without an object after it
    expect(repair('Settlers/NOUN|NNS town/NOUN|NN fire/NOUN|NN to/ADP|IN the/DET|DT town/NOUN|NN ./PUNCT|.', { nounPast: true })[1]).toBe('NOUN|NN');
    expect(repair('Settlers/NOUN|NNS set/NOUN|NN to/ADP|IN the/DET|DT town/NOUN|NN ./PUNCT|.', { nounPast: true })[1]).toBe('NOUN|NN');
  });

  it('repairs only the first candidate, and nothing in a capitalised headline or a short fragment', () => {
    const out = repair('Jets/NOUN|NNS shelled/VERB|VBN the/DET|DT town/NOUN|NN troops/NOUN|NNS demolished/ADJ|JJ the/DET|DT homes/NOUN|NNS ./PUNCT|.');
    expect([out[1], out[5]]).toEqual(['VERB|VBD', 'ADJ|JJ']);
    expect(repair('Rebel/ADJ|JJ Jets/NOUN|NNS Shelled/VERB|VBN the/DET|DT Town/NOUN|NN ./PUNCT|.')[2]).toBe('VERB|VBN');
    expect(repair('Jets/NOUN|NNS shelled/VERB|VBN town/NOUN|NN ./PUNCT|.')[1]).toBe('VERB|VBN');
  });

  describe('before a clause of cause or contrast', () => {
    const CAUSE = 'Rebel/ADJ|JJ jets/NOUN|NNS shelled/VERB|VBN the/DET|DT town/NOUN|NN because/SCONJ|IN troops/NOUN|NNS were/AUX|VBD rebuilt/VERB|VBN ./PUNCT|.';
    const options = { adverbialClauses: true, adjectivalPast: true };

    it('treats the main clause as a sentence of its own, when asked', () => {
      expect(repair(CAUSE, options)[2]).toBe('VERB|VBD');
      expect(repair(CAUSE, { adjectivalPast: true })[2]).toBe('VERB|VBN');
      // after a comma, with "while", and an "-ed" adjective with its object
      expect(repair('Army/NOUN|NN bulldozers/NOUN|NNS demolished/ADJ|JJ the/DET|DT homes/NOUN|NNS ,/PUNCT|, while/SCONJ|IN troops/NOUN|NNS rebuilt/VERB|VBD the/DET|DT town/NOUN|NN ./PUNCT|.', options)[2]).toBe('VERB|VBD');
    });

    it('leaves the main clause alone when it has a finite verb, or the word is no conjunction', () => {
      // the finite verb comes before the conjunction: nothing is missing
      const finite = repair('Jets/NOUN|NNS were/AUX|VBD shelled/VERB|VBN the/DET|DT town/NOUN|NN because/SCONJ|IN troops/NOUN|NNS rebuilt/VERB|VBD ./PUNCT|.', options);
      expect(finite[2]).toBe('VERB|VBN');
      // "because of" is a preposition, and "since" is not taken for a clause boundary
      expect(repair('Rebel/ADJ|JJ jets/NOUN|NNS shelled/VERB|VBN the/DET|DT town/NOUN|NN because/ADP|IN troops/NOUN|NNS rebuilt/VERB|VBD ./PUNCT|.', options)[2]).toBe('VERB|VBN');
      expect(repair('Rebel/ADJ|JJ jets/NOUN|NNS shelled/VERB|VBN the/DET|DT town/NOUN|NN since/SCONJ|IN troops/NOUN|NNS rebuilt/VERB|VBD ./PUNCT|.', options)[2]).toBe('VERB|VBN');
      // a conjunction too early to close a main clause of its own
      expect(repair('Jets/NOUN|NNS while/SCONJ|IN shelled/VERB|VBN the/DET|DT town/NOUN|NN troops/NOUN|NNS rebuilt/VERB|VBD ./PUNCT|.', options)[2]).toBe('VERB|VBN');
    });
  });
});
