import { describe, expect, it } from 'vitest';
import { emptyMeta } from '../article/article.js';
import { Doc, TokenFlag } from '../doc/doc.js';
import { UPOS, uposId } from '../doc/ud.js';
import { Vocab } from '../doc/vocab.js';
import { trainTinyModel } from '../../train/tiny-model.js';
import { createSyntaxComponents } from './components.js';
import { parseConllu } from './conllu.js';
import { inlineConllu as conllu } from './test-support/inline-conllu.js';
import { hashString } from './hash.js';
import { LexBit, PENN_LEXICON_TAGS } from './lexicon.js';
import { decodeSyntaxModel, encodeSyntaxModel } from './model-format.js';
import { createNameTagRepair } from './name-tag-repair.js';


const FIXTURE = conllu(
  'Officials/NOUN|NNS/2/nsubj said/VERB|VBD/0/root the/DET|DT/4/det ministry/NOUN|NN/6/nsubj would/AUX|MD/6/aux free/VERB|VB/2/ccomp the/DET|DT/8/det prisoners/NOUN|NNS/6/obj ./PUNCT|./2/punct',
  'Ministers/NOUN|NNS/2/nsubj urged/VERB|VBD/0/root Kenya/PROPN|NNP/2/obj to/PART|TO/5/mark release/VERB|VB/2/xcomp two/NUM|CD/7/nummod nationals/NOUN|NNS/5/obj ./PUNCT|./2/punct',
  'The/DET|DT/3/det United/VERB|VBN/3/amod States/PROPN|NNPS/4/nsubj sent/VERB|VBD/0/root free/ADJ|JJ/6/amod aid/NOUN|NN/4/obj to/ADP|IN/9/case the/DET|DT/9/det region/NOUN|NN/4/obl ./PUNCT|./4/punct',
  'In/ADP|IN/2/case Geneva/PROPN|NNP/5/obl ,/PUNCT|,/5/punct talks/NOUN|NNS/5/nsubj ended/VERB|VBD/0/root ./PUNCT|./5/punct',
  'Troops/NOUN|NNS/2/nsubj entered/VERB|VBD/0/root neighbouring/VERB|VBG/4/amod Chad/PROPN|NNP/2/obj ./PUNCT|./2/punct',
  'Police/NOUN|NNS/2/nsubj held/VERB|VBD/0/root over/ADV|RB/4/advmod 150/NUM|CD/5/nummod detainees/NOUN|NNS/2/obj ./PUNCT|./2/punct',
);

const penn = (t: (typeof PENN_LEXICON_TAGS)[number]): number => 1 << (LexBit.PennBase + PENN_LEXICON_TAGS.indexOf(t));

/** A tiny model trained on the fixture, with a hand-written lexicon for the words the tests use. */
function tinyModel() {
  const parts = trainTinyModel(parseConllu(FIXTURE), 10);
  parts.lexicon = [
    [hashString('free'), LexBit.WnVerb | LexBit.WnAdj | penn('VB') | penn('JJ')],
    [hashString('store'), LexBit.WnNoun | LexBit.WnVerb | penn('NN') | penn('VB')],
    [hashString('turkey'), LexBit.WnNoun | penn('NN')],
    [hashString('mediterranean'), LexBit.WnAdj | penn('JJ')],
    [hashString('in'), penn('IN')],
    [hashString('is'), penn('VBZ')],
    [hashString('shelled'), LexBit.WnVerb | penn('VBD') | penn('VBN')],
  ];
  return decodeSyntaxModel(encodeSyntaxModel(parts));
}

describe('name tag repair', () => {
  const model = tinyModel();
  const classes = model.tagger.classes;
  const cls = (c: string): number => {
    const i = classes.indexOf(c);
    if (i < 0) throw new Error(`no class ${c}`);
    return i;
  };

  /** Runs the repair over one sentence given as "form/UPOS|XPOS" tokens; returns the classes after. */
  function repair(sentence: string, names: string[], verbsAfterModal = false): string[] {
    const vocab = new Vocab();
    const toks = sentence.split(' ').map((t) => t.split('/'));
    const ids = toks.map(([w]) => vocab.id(w));
    const tags = Uint8Array.from(toks, ([, c]) => cls(c));
    const upos = Uint8Array.from(tags, (t) => model.tagger.classUpos[t]);
    createNameTagRepair(model, { names, verbsAfterModal }).repairRun(vocab, ids, 0, ids.length, tags, upos);
    // the two layers stay consistent: the UPOS is the fine class's
    tags.forEach((t, i) => expect(UPOS[upos[i]]).toBe(classes[t].split('|')[0]));
    return Array.from(tags, (t) => classes[t]);
  }

  it('tags a listed one-word name PROPN|NNP, also opening a sentence ("Turkey shelled …")', () => {
    expect(repair('Turkey/NOUN|NN shelled/VERB|VBD positions/NOUN|NNS', ['Turkey'])[0]).toBe('PROPN|NNP');
    expect(repair('Officials/NOUN|NNS in/ADP|IN Turkey/NOUN|NN said/VERB|VBD', ['Turkey'])[2]).toBe('PROPN|NNP');
  });

  it('matches the written form only: "turkey" is no name', () => {
    expect(repair('the/DET|DT turkey/NOUN|NN was/AUX|MD free/ADJ|JJ', ['Turkey'])[1]).toBe('NOUN|NN');
  });

  it('leaves a sentence-initial name that is also a function word ("In" of a name list)', () => {
    expect(repair('In/ADP|IN Geneva/PROPN|NNP ,/PUNCT|, talks/NOUN|NNS', ['In', 'Geneva'])[0]).toBe('ADP|IN');
  });

  it('retags the nominal words of a multi-word name and keeps its modifiers as the treebanks do', () => {
    const out = repair('The/DET|DT United/VERB|VBN States/NOUN|NNS sent/VERB|VBD aid/NOUN|NN', ['the United States']);
    expect(out.slice(0, 3)).toEqual(['DET|DT', 'VERB|VBN', 'PROPN|NNPS']);
  });

  it('takes the longest listed name', () => {
    const out = repair('Officials/NOUN|NNS said/VERB|VBD Geneva/NOUN|NN Talks/NOUN|NNS ended/VERB|VBD', ['Geneva', 'Geneva Talks']);
    expect(out.slice(2, 4)).toEqual(['PROPN|NNP', 'PROPN|NNPS']);
  });

  it('leaves a name that is also an adjective when it is tagged one ("Mediterranean diet")', () => {
    expect(repair('a/DET|DT Mediterranean/ADJ|JJ region/NOUN|NN', ['Mediterranean'])[1]).toBe('ADJ|JJ');
  });

  it('leaves an all-capitals name inside capitalised text (a headline)', () => {
    expect(repair('WHAT/DET|DT IS/AUX|MD FREE/ADJ|JJ', ['IS'])[1]).toBe('AUX|MD');
    expect(repair('Officials/NOUN|NNS said/VERB|VBD IS/AUX|MD fighters/NOUN|NNS', ['IS'])[2]).toBe('PROPN|NNP');
  });

  it('retags a verb after a modal or infinitival "to" only when asked and only before a determiner, number or name', () => {
    const modal = 'it/NOUN|NN would/AUX|MD free/ADJ|JJ the/DET|DT prisoners/NOUN|NNS';
    expect(repair(modal, [])[2]).toBe('ADJ|JJ');
    expect(repair(modal, [], true)[2]).toBe('VERB|VB');
    // the tagger took infinitival "to" for the preposition: both words are repaired
    expect(repair('urged/VERB|VBD Kenya/PROPN|NNP to/ADP|IN free/ADJ|JJ two/NUM|CD nationals/NOUN|NNS', [], true).slice(2, 4)).toEqual(['PART|TO', 'VERB|VB']);
    // a noun after the preposition "to" stays ("went to store the …" is not retagged from ADP)
    expect(repair('went/VERB|VBD to/ADP|IN store/NOUN|NN the/DET|DT aid/NOUN|NN', [], true)[2]).toBe('NOUN|NN');
    // before a number an adverb bounds ("would free over 150 detainees"), not before another adverb
    expect(repair('it/NOUN|NN would/AUX|MD free/ADJ|JJ over/ADV|RB 150/NUM|CD detainees/NOUN|NNS', [], true)[2]).toBe('VERB|VB');
    expect(repair('it/NOUN|NN would/AUX|MD free/ADJ|JJ soon/ADV|RB after/ADP|IN talks/NOUN|NNS', [], true)[2]).toBe('ADJ|JJ');
    // not before a plain noun ("would free trade")
    expect(repair('it/NOUN|NN would/AUX|MD free/ADJ|JJ aid/NOUN|NN', [], true)[2]).toBe('ADJ|JJ');
  });

  it('tags "neighbouring" before a proper name as an adjective, only when asked', () => {
    const vocab = new Vocab();
    const run = (sentence: string, adjacencyAdjectives: boolean): string[] => {
      const toks = sentence.split(' ').map((t) => t.split('/'));
      const ids = toks.map(([w]) => vocab.id(w));
      const tags = Uint8Array.from(toks, ([, c]) => cls(c));
      const upos = Uint8Array.from(tags, (t) => model.tagger.classUpos[t]);
      createNameTagRepair(model, { names: ['Chad'], adjacencyAdjectives }).repairRun(vocab, ids, 0, ids.length, tags, upos);
      return Array.from(tags, (t) => classes[t]);
    };
    const s = 'Troops/NOUN|NNS entered/VERB|VBD neighbouring/VERB|VBG Chad/PROPN|NNP';
    expect(run(s, false)[2]).toBe('VERB|VBG');
    expect(run(s, true)[2]).toBe('ADJ|JJ');
    expect(run('Troops/NOUN|NNS entered/VERB|VBD Neighboring/VERB|VBG Chad/PROPN|NNP', true)[2]).toBe('ADJ|JJ');
    // not before a common noun ("neighbouring states" is left to the tagger), nor another participle
    expect(run('Troops/NOUN|NNS entered/VERB|VBD neighbouring/VERB|VBG troops/NOUN|NNS', true)[2]).toBe('VERB|VBG');
    expect(run('Troops/NOUN|NNS entered/VERB|VBD entered/VERB|VBG Chad/PROPN|NNP', true)[2]).toBe('VERB|VBG');
  });

  it('gives a full sentence left without a finite verb its past tense, when asked', () => {
    const sentence = 'Israeli/ADJ|JJ jets/NOUN|NNS shelled/VERB|VBN the/DET|DT positions/NOUN|NNS ./PUNCT|.';
    const repaired = (s: string) => {
      const vocab = new Vocab();
      const toks = s.split(' ').map((t) => t.split('/'));
      const ids = toks.map(([w]) => vocab.id(w));
      const tags = Uint8Array.from(toks, ([, c]) => cls(c));
      const upos = Uint8Array.from(tags, (t) => model.tagger.classUpos[t]);
      createNameTagRepair(model, { names: [], finiteVerb: true }).repairRun(vocab, ids, 0, ids.length, tags, upos);
      return Array.from(tags, (t) => classes[t]);
    };
    expect(repaired(sentence)[2]).toBe('VERB|VBD');
    expect(repair(sentence, [])[2]).toBe('VERB|VBN');
    // not when the sentence has a finite verb, nor before "by", nor a capitalised (headline) participle
    expect(repaired('Israeli/ADJ|JJ jets/NOUN|NNS shelled/VERB|VBN the/DET|DT positions/NOUN|NNS sent/VERB|VBD ./PUNCT|.')[2]).toBe('VERB|VBN');
    expect(repaired('Israeli/ADJ|JJ jets/NOUN|NNS shelled/VERB|VBN by/ADP|IN rebels/NOUN|NNS ./PUNCT|.')[2]).toBe('VERB|VBN');
    expect(repaired('Israeli/ADJ|JJ Jets/NOUN|NNS Shelled/VERB|VBN the/DET|DT positions/NOUN|NNS ./PUNCT|.')[2]).toBe('VERB|VBN');
  });

  it('runs inside the tagger component: the name is PROPN in the pos layer and in the fine tags the parser reads', () => {
    const text = 'Ministers urged Chad to free two nationals .';
    const words = text.split(' ');
    const vocab = new Vocab();
    const doc = new Doc(text, emptyMeta(), [{ start: 0, end: text.length, kind: 'paragraph' }], vocab);
    const start = words.map((_, i) => words.slice(0, i).join(' ').length + (i > 0 ? 1 : 0));
    doc.setTokens({
      start: Uint32Array.from(start),
      end: Uint32Array.from(start, (s, i) => s + words[i].length),
      lex: Uint32Array.from(words, (w) => vocab.id(w)),
      flags: Uint8Array.from(words, () => TokenFlag.SpaceAfter),
    });
    doc.setSentences({ tokStart: Uint32Array.of(0), tokEnd: Uint32Array.of(words.length) });
    const { tagger, parser } = createSyntaxComponents(model, { repair: createNameTagRepair(model, { names: ['Chad'], verbsAfterModal: true }) });
    tagger.run(doc);
    parser.run(doc);
    expect(doc.pos(2)).toBe('PROPN');
    expect(classes[model.fineTags.get(doc)![2]]).toBe('PROPN|NNP');
    expect(doc.upos[2]).toBe(uposId('PROPN'));
    expect(doc.heads.length).toBe(words.length);
  });

  it('refuses a repair made for another model', () => {
    const other = tinyModel();
    expect(() => createSyntaxComponents(model, { repair: createNameTagRepair(other, { names: [] }) })).toThrow(/another syntax model/);
  });
});
