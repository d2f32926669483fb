/**
 * The `quotes` pipeline component: finds the quoted spans of the text and the attributions of its
 * parse (with the trained attribution model when one is given, else with the rules, plus quotations
 * signed with a dash), and writes the Doc's quotations — direct, partial and indirect — with
 * speaker, cue and medium.
 */
import { createDepWalker, type DepWalker } from '../doc/dep-walk.js';
import type { Doc, Layer } from '../doc/doc.js';
import type { Component } from '../pipeline/component.js';
import type { FoundAttribution } from './attribution.js';
import { findRuleAttributions, phraseOpeners } from './attribution-rules.js';
import { buildQuotes, type QuoteMode } from './build-quotes.js';
import { findDashAttributions } from './dash-attribution.js';
import type { CueLexicon } from './cue-lexicon.js';
import { findQuotedSpans } from './find-quoted-spans.js';
import { namesMedium } from './medium.js';
import { createSpeakerIndex } from './speaker.js';
import { quotedTokens, type QuotedTokens } from './syntax-spans.js';

/** Finds the attributions of a parsed Doc (the rules, or a trained model). */
export type AttributionFinder = (doc: Doc, quotes: readonly QuotedTokens[], walker: DepWalker) => FoundAttribution[];

/** Options of {@link createQuoteFinder}. */
export interface QuoteFinderOptions {
  readonly lexicon: CueLexicon;
  /** Attribution finder to use instead of the rules (e.g. `createModelFinder(model, lexicon)`). */
  readonly finder?: AttributionFinder;
  /** `speech` (default): quotations for the analysis; `all`: every attribution (PolNeAR evaluation). */
  readonly mode?: QuoteMode;
  /**
   * Optional layers to declare as read when the pipeline has them — `mentions`, `actors` — so the
   * pipeline checks that the actor layer runs first; speakers are resolved through it.
   */
  readonly withLayers?: readonly Layer[];
}

/** Layers the component cannot work without. */
export const QUOTE_FINDER_READS: readonly Layer[] = ['tokens', 'sentences', 'pos', 'lemmas', 'deps'];

/** The `quotes` component. */
export function createQuoteFinder(options: QuoteFinderOptions): Component {
  const walker = createDepWalker();
  const lexicon = options.lexicon;
  // (the lexicon's phrase openers once per component, not once per Doc)
  const openers = phraseOpeners(lexicon);
  const finder: AttributionFinder = options.finder ?? ((doc, quotes, w) => findRuleAttributions({ doc, walker: w, lexicon, quotes, phraseOpeners: openers }));
  return {
    name: 'quotes',
    reads: [...QUOTE_FINDER_READS, ...(options.withLayers ?? [])],
    writes: ['quotes'],
    run(doc: Doc): void {
      const blocks = doc.blocks.length ? doc.blocks : [{ start: 0, end: doc.text.length }];
      const quotes = quotedTokens(doc, findQuotedSpans(doc.text, blocks));
      const found = finder(doc, quotes, walker);
      const claimed = (a: FoundAttribution) => found.some((b) => b.content.some((c) => a.content.some((d) => c.from < d.to && d.from < c.to)));
      const attributions = [...found, ...findDashAttributions(doc, quotes).filter((a) => !claimed(a))].sort((a, b) => a.cueHead - b.cueHead);
      doc.quotes = buildQuotes({
        doc,
        walker,
        lexicon,
        speakers: createSpeakerIndex(doc, (head, span) => namesMedium(doc, lexicon, head, span)),
        attributions,
        quotes,
        mode: options.mode ?? 'speech',
      });
    },
  };
}
