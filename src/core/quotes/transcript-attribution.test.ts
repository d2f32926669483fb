import { describe, expect, it } from 'vitest';
import type { Doc } from '../doc/doc.js';
import type { TokenSpan } from './attribution.js';
import { paragraphsDoc } from './test-support/quote-doc.js';
import { findTranscriptAttributions } from './transcript-attribution.js';

/** A paragraph as a flat table (the finder reads tokens and paragraphs only): words, and punctuation glued to the word before. */
function para(text: string): string {
  const tokens = text.match(/[\p{L}\p{N}’'.-]+|[^\s\p{L}\p{N}]/gu) ?? [];
  return tokens
    .map((w, i) => {
      const glued = i + 1 < tokens.length && /^[^\s\p{L}\p{N}]$/u.test(tokens[i + 1]) && tokens[i + 1] !== '"';
      const open = w === '"' && i === 0;
      return `${i + 1} ${w} X ${i === 0 ? 0 : 1} ${i === 0 ? 'root' : 'dep'}${glued || open ? ' SpaceAfter=No' : ''}`;
    })
    .join('\n');
}

const words = (doc: Doc, s: TokenSpan | null) => (s ? doc.text.slice(doc.tokenSpan(s.from, s.to).start, doc.tokenSpan(s.from, s.to).end) : null);
const turns = (doc: Doc) => findTranscriptAttributions(doc).map((a) => [words(doc, a.source), words(doc, a.cue), words(doc, a.content[0])]);

describe('transcript turns', () => {
  it('reads an interview: each label opens its speaker\'s turn, the rest of the paragraph is what they said', () => {
    const doc = paragraphsDoc(
      para('Partial transcript as follows:'),
      para('"HOST: Will the senator attend the hearing?'),
      para('"GARCIA: She will not. She has other duties.'),
      para('"HOST: Is that final?'),
      para('"GARCIA: It is final.'),
    );
    expect(turns(doc)).toEqual([
      ['HOST', ':', 'Will the senator attend the hearing?'],
      ['GARCIA', ':', 'She will not. She has other duties.'],
      ['HOST', ':', 'Is that final?'],
      ['GARCIA', ':', 'It is final.'],
    ]);
  });

  it('takes a single turn when the article names its speaker, and no other capitals before a colon', () => {
    const doc = paragraphsDoc(
      para('Governor Ana Molina spoke to reporters on Sunday.'),
      para('MOLINA: We expect the bridge to reopen next month.'),
      para('UPDATE: The bridge reopened on Friday.'),
      para('WATCH: Video of the bridge.'),
    );
    expect(turns(doc)).toEqual([['MOLINA', ':', 'We expect the bridge to reopen next month.']]);
  });
});
