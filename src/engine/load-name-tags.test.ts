/**
 * The names the tag repair reads from the shipped knowledge base, and the repair inside the
 * default pipeline: news sentences whose names and verbs the tagger alone gets wrong.
 */
import { describe, expect, it } from 'vitest';
import { readText } from '../core/article/read-text.js';
import type { Doc } from '../core/doc/doc.js';
import { createEngine } from './engine.js';
import { loadKnowledgeBase } from './load-kb.js';
import { loadPlaceEntries, nameTagForms, SAFE_NAME_KINDS } from './load-name-tags.js';
import { dataPath } from '../package-info.js';

describe('the names of the knowledge base, by kind', () => {
  const forms = nameTagForms(loadKnowledgeBase(), loadPlaceEntries(dataPath()));
  const kindOf = (form: string) => new Set(forms.filter((f) => f.form === form).map((f) => f.kind));

  it('hold states, capitals, places and international organisations', () => {
    expect(kindOf('Turkey').has('state')).toBe(true);
    expect(kindOf('South Korea').has('state')).toBe(true);
    expect(kindOf('Kabul').has('capital')).toBe(true);
    expect(kindOf('United Nations').has('igo')).toBe(true);
  });

  it('leave out adjectives and demonyms, and keep one-word person names apart from the safe kinds', () => {
    expect(forms.some((f) => f.form === 'Turkish' || f.form === 'Russians')).toBe(false);
    // one word once an article is set aside ("the Taliban")
    for (const f of forms) if (f.kind === 'person-word' || f.kind === 'org-word') expect(f.form.replace(/^the\s+/i, '').trim().split(/\s+/).length).toBe(1);
    expect(SAFE_NAME_KINDS).not.toContain('person-word');
    expect(SAFE_NAME_KINDS).not.toContain('org-word');
  });
});

describe('the tag repair in the default pipeline', () => {
  /** The parsed Doc of one sentence. */
  const parse = async (text: string): Promise<Doc> => {
    const engine = await createEngine({ upTo: 'parser' });
    return engine.pipeline.run(readText(text));
  };
  const at = (doc: Doc, word: string): number => {
    for (let i = 0; i < doc.length; i++) if (doc.tokenText(i) === word) return i;
    throw new Error(`no token ${word}`);
  };

  it('gives a state opening a sentence its verb ("Turkey shelled …")', async () => {
    const doc = await parse('Turkey shelled Kurdish positions in northern Syria on Sunday.');
    const turkey = at(doc, 'Turkey');
    expect(doc.pos(turkey)).toBe('PROPN');
    expect(doc.deprel(turkey)).toBe('nsubj');
    expect(doc.heads[turkey]).toBe(at(doc, 'shelled'));
  });

  it('gives a sentence the tagger left without a finite verb its verb ("… struck targets")', async () => {
    const doc = await parse('Israeli aircraft struck targets in Gaza overnight.');
    const struck = at(doc, 'struck');
    expect(doc.pos(struck)).toBe('VERB');
    expect(doc.heads[at(doc, 'aircraft')]).toBe(struck);
    expect(doc.deprel(at(doc, 'aircraft'))).toBe('nsubj');
  });

  it('makes "free" after a modal or infinitival "to" a verb with its object', async () => {
    const modal = await parse('Israel announced it would free 150 prisoners.');
    expect(modal.pos(at(modal, 'free'))).toBe('VERB');
    expect(modal.heads[at(modal, 'prisoners')]).toBe(at(modal, 'free'));
    const infinitive = await parse('The minister urged Iran to free two nationals.');
    expect(infinitive.pos(at(infinitive, 'free'))).toBe('VERB');
    expect(infinitive.deprel(at(infinitive, 'nationals'))).toBe('obj');
  });

  it('makes a present-tense verb coordinated with an earlier one a verb with its object ("… and urges the council to act")', async () => {
    const doc = await parse('Ruritania rejects the proposal and urges the Security Council to act.');
    const urges = at(doc, 'urges');
    expect(doc.pos(urges)).toBe('VERB');
    expect(doc.heads[urges]).toBe(at(doc, 'rejects'));
    expect(doc.deprel(urges)).toBe('conj');
  });
});
