import { describe, expect, it } from 'vitest';
import type { Span } from '../../core/span.js';
import { attributionModelFromParts } from '../../core/quotes/model/attribution-model.js';
import { createModelFinder } from '../../core/quotes/model/model-finder.js';
import { createDepWalker } from '../../core/doc/dep-walk.js';
import { findQuotedSpans } from '../../core/quotes/find-quoted-spans.js';
import { quotedTokens } from '../../core/quotes/syntax-spans.js';
import { paragraphsDoc, shippedLexicon } from '../../core/quotes/test-support/quote-doc.js';
import type { Doc } from '../../core/doc/doc.js';
import { labelDoc } from './attribution-data.js';
import { trainAttributionModel } from './train-attribution.js';

/** "<Name> said the <noun> would <verb>." — a table of one sentence. */
function said(name: string, noun: string, verb: string): string {
  return `
    1 ${name} PROPN 2 nsubj
    2 said    VERB  0 root say
    3 the     DET   4 det
    4 ${noun} NOUN  6 nsubj
    5 would   AUX   6 aux
    6 ${verb} VERB  2 ccomp SpaceAfter=No
    7 .       PUNCT 2 punct
  `;
}

/** The gold attribution of a sentence built by {@link said}, starting at token `t0`. */
function gold(doc: Doc, t0: number) {
  const span = (a: number, b: number): Span => doc.tokenSpan(t0 + a, t0 + b);
  return { id: 'E', source: [span(0, 1)], cue: [span(1, 2)], content: [span(2, 6)] };
}

describe('attribution model training', () => {
  it('learns cue, source and content from labelled sentences and finds them in a new one', () => {
    const rows: [string, string, string][] = [
      ['Ruto', 'talks', 'resume'], ['Lula', 'deal', 'hold'], ['Modi', 'plan', 'work'], ['Scholz', 'vote', 'pass'],
      ['Albanese', 'ban', 'end'], ['Ramaphosa', 'strike', 'stop'],
    ];
    const docs = rows.map(([n, noun, v], k) => {
      const doc = paragraphsDoc(said(n, noun, v));
      return labelDoc(`d${k}`, doc, [gold(doc, 0)], shippedLexicon());
    });
    const parts = trainAttributionModel(docs, { cueEpochs: 4, roleEpochs: 4, seed: 1, threshold: 0 });
    const model = attributionModelFromParts(parts);
    const test = paragraphsDoc(said('Tinubu', 'truce', 'last'));
    const quotes = quotedTokens(test, findQuotedSpans(test.text, test.blocks));
    const [a] = createModelFinder(model, shippedLexicon())(test, quotes, createDepWalker());
    const words = (r: { from: number; to: number } | null) => (r ? test.text.slice(test.tokens.start[r.from], test.tokens.end[r.to - 1]) : null);
    expect(words(a.cue)).toBe('said');
    expect(words(a.source)).toBe('Tinubu');
    expect(a.content.map(words)).toEqual(['the truce would last']);
    expect(a.cls).toBe('speech');
  });

  it('labels the cue head and the other cue words of a gold attribution', () => {
    const doc = paragraphsDoc(said('Ruto', 'talks', 'resume'));
    const t = labelDoc('d', doc, [gold(doc, 0)], shippedLexicon());
    expect(Array.from(t.cueLabels)).toEqual([0, 1, 0, 0, 0, 0, 0]);
    // O=0, B-S=1, I-S=2, B-C=3, I-C=4, CU=5
    expect(Array.from(t.roles[0].labels)).toEqual([1, 5, 3, 4, 4, 4, 0]);
  });
});
