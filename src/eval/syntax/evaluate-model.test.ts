import { describe, expect, it } from 'vitest';
import { parseConllu } from '../../core/syntax/conllu.js';
import { decodeSyntaxModel, encodeSyntaxModel } from '../../core/syntax/model-format.js';
import { createNameTagRepair } from '../../core/syntax/name-tag-repair.js';
import { SyntaxScratch } from '../../core/syntax/syntax-model.js';
import { SMALL_CONLLU } from '../../core/syntax/test-support/fixtures.js';
import { trainTinyModel } from '../../train/tiny-model.js';
import { analyseForms, evaluateModel, FormTable } from './evaluate-model.js';

describe('evaluateModel', () => {
  const sentences = parseConllu(SMALL_CONLLU);
  const model = decodeSyntaxModel(encodeSyntaxModel(trainTinyModel(sentences, 15)));

  it('scores the bare model, and with a tag repair the tagging as the pipeline runs it', () => {
    // the tiny model reproduces the two sentences it was trained on
    expect(evaluateModel(model, sentences).scores()).toMatchObject({ words: 16, upos: 100, las: 100 });
    // a repair listing "Officials" as a name retags the gold NOUN: the score shows the repair ran
    const repair = createNameTagRepair(model, { names: ['Officials'] });
    const s = evaluateModel(model, sentences, new FormTable(model), repair).scores();
    expect(s.words).toBe(16);
    expect(s.upos).toBeCloseTo((15 / 16) * 100, 5);
    const a = analyseForms(model, new SyntaxScratch(model), new FormTable(model), ['Officials', 'in', 'Nur', '-', 'Sultan', 'do', "n't", 'agree', '.'], repair);
    expect(a.tagClass[0]).toBe('PROPN|NNP');
  });

  it('indexes the word table by vocabulary id, the same form once', () => {
    const forms = new FormTable(model);
    const a = forms.of('minister');
    expect(forms.of('agreement')).toBe(a + 1);
    expect(forms.of('minister')).toBe(a);
    expect(forms.vocab.str(a)).toBe('minister');
    expect(forms.table.size).toBe(forms.vocab.size);
  });
});
