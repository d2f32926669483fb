/**
 * Sentence boundaries on the reference article (../shared/corpus), when it is present. The test
 * reads the raw file and cuts paragraphs at blank lines itself; it checks boundaries known to be
 * hard: quotes with attributions, multi-sentence quotes, brackets inside quotes.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hasShared, sharedPath } from '../../test-support/shared.js';
import { paragraphBlocks, segmentText } from './segment.js';
import { createSentenceSplitter } from './sentence-splitter.js';
import { createTextTokenizer } from './tokenizer.js';

const FILE = ['corpus', 'seed-rferl-xi-putin-2022-09-15.txt'];

describe.skipIf(!hasShared(...FILE))('sentence splitter on the reference article', () => {
  const text = hasShared(...FILE) ? readFileSync(sharedPath(...FILE), 'utf8') : '';
  const seg = segmentText(text, paragraphBlocks(text), createTextTokenizer(), createSentenceSplitter());
  const sentences = Array.from(seg.tokStart, (from, s) => text.slice(seg.start[from], seg.end[seg.tokEnd[s] - 1]));
  /** The one sentence containing `needle`. */
  const sentenceWith = (needle: string): string => {
    const found = sentences.filter((s) => s.includes(needle));
    expect(found, needle).toHaveLength(1);
    return found[0];
  };

  it('keeps the "questions and concerns" … "balanced" position sentence whole', () => {
    const s = sentenceWith('"questions and concerns" but praised');
    expect(s.startsWith('Putin hinted')).toBe(true);
    expect(s.endsWith('position on the war.')).toBe(true);
  });

  it('keeps the "he added" sentence whole with its quote and bracket', () => {
    const s = sentenceWith('he added');
    expect(s.startsWith('"On the other [hand]')).toBe(true);
    expect(s.endsWith('he added.')).toBe(true);
  });

  it('keeps a quote interrupted by its attribution in one sentence', () => {
    const s = sentenceWith('Xi said, according to');
    expect(s.startsWith('"We are ready,"')).toBe(true);
    expect(s.endsWith('development."')).toBe(true);
  });

  it('splits a multi-sentence quote into its sentences', () => {
    expect(sentenceWith('We understand your questions').endsWith('about this.')).toBe(true);
    expect(sentenceWith('During today').endsWith('our position."')).toBe(true);
  });

  it('keeps "[Xi and Putin]," said Pantucci in one sentence', () => {
    expect(sentenceWith('[Xi and Putin]').endsWith('said Pantucci.')).toBe(true);
  });

  it('makes the headline and the byline sentences of their own', () => {
    expect(sentences).toContain('By Reid Standish September 15, 2022');
    expect(sentences.some((s) => s.startsWith('What We Know') && s.endsWith('Meeting'))).toBe(true);
  });
});
