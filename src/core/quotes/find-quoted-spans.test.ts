import { describe, expect, it } from 'vitest';
import { findQuotedSpans } from './find-quoted-spans.js';

/** Paragraph spans of a text whose paragraphs are separated by blank lines. */
function blocksOf(text: string) {
  const out: { start: number; end: number }[] = [];
  for (const m of text.matchAll(/[^\n]+(?:\n(?!\n)[^\n]+)*/g)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/** The quoted contents (parts joined by " | "). */
function quotes(text: string): string[] {
  return findQuotedSpans(text, blocksOf(text)).map((q) => q.parts.map((p) => text.slice(p.start, p.end)).join(' | '));
}

describe('findQuotedSpans', () => {
  it('reads straight, curly and angle double quotes', () => {
    expect(quotes('"We are ready," the minister said.')).toEqual(['We are ready,']);
    expect(quotes('The envoy said the talks were “useful and frank”.')).toEqual(['useful and frank']);
    expect(quotes('«We hope for more trade,» the president said.')).toEqual(['We hope for more trade,']);
  });

  it('finds both halves of a quote split by its attribution', () => {
    expect(quotes('"We are ready," she said, "to talk at any time."')).toEqual(['We are ready,', 'to talk at any time.']);
  });

  it('keeps single quotes nested in a double quote inside it', () => {
    expect(quotes('"It will use language about \'peace\' and \'stability\'," he added.')).toEqual(["It will use language about 'peace' and 'stability',"]);
  });

  it('reads single quotes used on their own', () => {
    expect(quotes('Sanctions will hit ‘senior officials’ and ‘a number of individuals’ close to the leadership.')).toEqual([
      'senior officials',
      'a number of individuals',
    ]);
  });

  it('does not take apostrophes for quotes', () => {
    expect(quotes("The Navy's ships and the bloc’s '90s charter don't count; nor do Harris’ remarks.")).toEqual([]);
    expect(quotes('The Navy"s ships sailed.')).toEqual([]);
    expect(quotes('It dates from the ’90s.')).toEqual([]);
  });

  it('continues a quote into a paragraph that re-opens it', () => {
    const text = '"We will talk to everyone.\n\n"Nobody is excluded," the minister said.';
    expect(quotes(text)).toEqual(['We will talk to everyone. | Nobody is excluded,']);
  });

  it('runs a quote over paragraphs until its closing mark when no paragraph re-opens it', () => {
    const text = 'The spokesperson stated:\n\n"We reject the claim.\n\nThe facts are clear.\n\nWe call for calm.”\n\nNew Delhi';
    expect(quotes(text)).toEqual(['We reject the claim. | The facts are clear. | We call for calm.']);
  });

  it('recovers a quote whose opening mark was lost, from the start of the sentence its closing mark ends', () => {
    const text = 'She said the talks failed.  This showed their unwillingness to act.”\n\nThe envoy left.';
    const [q] = findQuotedSpans(text, blocksOf(text));
    expect(text.slice(q.parts[0].start, q.parts[0].end)).toBe('This showed their unwillingness to act.');
    expect(quotes('He stood 5\'11" tall.')).toEqual([]);
  });

  it('ends an unterminated quote at its paragraph when nothing continues it', () => {
    const text = 'He said "we are ready to talk\n\nThe talks begin on Monday.';
    const [q] = findQuotedSpans(text, blocksOf(text));
    expect(q.closed).toBe(false);
    expect(text.slice(q.parts[0].start, q.parts[0].end)).toBe('we are ready to talk');
  });
});
