/**
 * A "he" or "she" inside a quotation is not the quotation's speaker, who would say "I".
 */
import { describe, expect, it } from 'vitest';
import { analyzeActors } from './test-support/fixture-actors.js';

/** The entity key of the first mention written `form`. */
function refOf(text: string, form: string): string | null | undefined {
  const doc = analyzeActors(text, '2021-04-02');
  return doc.mentions.find((m) => doc.text.slice(m.start, m.end) === form)?.ref;
}

describe('quotationSpeakers', () => {
  it('keeps a quoted "he" off the speaker named before the quotation', () => {
    const text = 'President Aidos Serik arrived in Beijing.\n\nSenator Arman Sadyk said: “He is welcome here.”';
    expect(refOf(text, 'He')).toBe('person:aidos-serik');
  });

  it('keeps it off a speaker introduced by a doubled single quote and "said X"', () => {
    const text = "President Aidos Serik arrived in Beijing.\n\n''It was a long trip,'' said Senator Arman Sadyk. ''He is welcome here.''";
    expect(refOf(text, 'He')).toBe('person:aidos-serik');
  });

  it('lets a "he" outside the quotation be the speaker', () => {
    const text = 'President Aidos Serik arrived in Beijing.\n\nSenator Arman Sadyk said: “It was a long trip.” He then left.';
    expect(refOf(text, 'He')).toBe('new:person:arman-sadyk');
  });
});
