import { describe, expect, it } from 'vitest';
import type { AnalysisQuote } from '../../core/analysis/contract.js';
import { quotesToAttributions, withMarks } from './quotes-to-attributions.js';

const TEXT = '"We are ready," the minister said. "Talks start today."';
const at = (s: string) => ({ start: TEXT.indexOf(s), end: TEXT.indexOf(s) + s.length });
const span = (s: string) => ({ ...at(s), text: s });
const speaker = { id: 'new:minister', name: 'the minister', type: null, country: null, mention: span('the minister') };

describe('quotations read back as PolNeAR attributions', () => {
  it('widens quote parts over their marks', () => {
    expect(TEXT.slice(...Object.values(withMarks(TEXT, at('We are ready,'))) as [number, number])).toBe('"We are ready,"');
  });

  it('takes the speaker mention as source and folds a cue-less continuation into the quotation before it', () => {
    const quotes: AnalysisQuote[] = [
      { id: 'q1', text: 'We are ready,', kind: 'direct', ...at('We are ready,'), speaker, cue: span('said'), sentence: 0 },
      { id: 'q2', text: 'Talks start today.', kind: 'direct', ...at('Talks start today.'), speaker: { ...speaker, mention: span('the minister') }, cue: null, sentence: 1 },
    ];
    const [a, ...rest] = quotesToAttributions(TEXT, quotes);
    expect(rest).toEqual([]);
    expect(a.source).toEqual([at('the minister')]);
    expect(a.cue).toEqual([at('said')]);
    expect(a.content.map((c) => TEXT.slice(c.start, c.end))).toEqual(['"We are ready,"', '"Talks start today."']);
  });

  it('keeps an indirect quotation’s content as it is, and a quotation without a speaker apart', () => {
    const quotes: AnalysisQuote[] = [
      { id: 'q1', text: 'the minister', kind: 'indirect', ...at('the minister'), speaker: null, cue: span('said'), sentence: 0 },
      { id: 'q2', text: 'Talks start today.', kind: 'direct', ...at('Talks start today.'), speaker: null, cue: null, sentence: 1 },
    ];
    const out = quotesToAttributions(TEXT, quotes);
    expect(out).toHaveLength(2);
    expect(out[0]).toEqual({ source: [], cue: [at('said')], content: [at('the minister')] });
  });
});
