import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDepWalker } from '../core/doc/dep-walk.js';
import { findQuotedSpans } from '../core/quotes/find-quoted-spans.js';
import { createModelFinder } from '../core/quotes/model/model-finder.js';
import { quotedTokens } from '../core/quotes/syntax-spans.js';
import { paragraphsDoc } from '../core/quotes/test-support/quote-doc.js';
import { dataPath } from '../package-info.js';
import { ATTRIBUTION_MODEL_FILE, loadQuoteResources } from './load-quote-resources.js';

const hasModel = existsSync(dataPath('models', ATTRIBUTION_MODEL_FILE));
if (!hasModel) console.warn(`[skip] data/models/${ATTRIBUTION_MODEL_FILE} is not present: the shipped attribution model is not checked`);

describe('quote resources', () => {
  it('loads the cue lexicon with its classes, phrases and media', () => {
    const { lexicon } = loadQuoteResources();
    expect(lexicon.verbs.get('say')).toBe('speech');
    expect(lexicon.verbs.get('believe')).toBe('thought');
    expect(lexicon.phrases.some((p) => p.words.join(' ') === 'according to' && p.source === 'object')).toBe(true);
    expect(lexicon.outlets.has('rfe/rl')).toBe(true);
  });

  // The model's feature keys must be the ones the run-time computes: a change in the feature code
  // or the hashing without retraining shows here.
  it.skipIf(!hasModel)('runs the shipped attribution model on a plain reported-speech sentence', () => {
    const { lexicon, model } = loadQuoteResources();
    const doc = paragraphsDoc(`
      1 The     DET   2 det
      2 minister NOUN 3 nsubj
      3 said    VERB  0 root say
      4 the     DET   5 det
      5 talks   NOUN  7 nsubj talk
      6 would   AUX   7 aux
      7 resume  VERB  3 ccomp SpaceAfter=No
      8 .       PUNCT 3 punct
    `);
    const quotes = quotedTokens(doc, findQuotedSpans(doc.text, doc.blocks));
    const found = createModelFinder(model!, lexicon)(doc, quotes, createDepWalker());
    const words = (r: { from: number; to: number } | null) => (r ? doc.text.slice(doc.tokens.start[r.from], doc.tokens.end[r.to - 1]) : null);
    expect(found.map((a) => [words(a.cue), words(a.source), a.content.map(words).join(' | ')])).toEqual([['said', 'The minister', 'the talks would resume']]);
  });
});
