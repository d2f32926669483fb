/** The plain-text reader on page layouts of common kinds, in short articles written for this test. */
import { describe, expect, it } from 'vitest';
import { readText } from './read-text.js';

const P1 = 'The foreign ministers of the two countries met in the capital on Monday and agreed to restore direct flights that were suspended last year, officials said.';
const P2 = 'The talks were the first at that level since the dispute over fishing rights, and both sides described them as constructive and overdue.';
const blocks = (t: string) => readText(t).blocks.length;

describe('readText on common layouts', () => {
  it('reads a name line next to a date line as the byline, under a standfirst', () => {
    const a = readText(['Ministers agree to restore flights', 'The move ends a year-long freeze in relations between the neighbours', 'Lena Berg in Vilnius', 'Mon 5 Jun 2023 10.00 BST', P1, P2].join('\n\n'));
    expect(a.meta).toMatchObject({ title: 'Ministers agree to restore flights', authors: ['Lena Berg'], published: '2023-06-05' });
    expect(a.meta.description).toBe('The move ends a year-long freeze in relations between the neighbours');
    expect(a.text).not.toContain('Lena Berg');
  });

  it('reads agency bylines in capitals and drops production credits and captions', () => {
    const a = readText([
      'Ministers agree to restore flights', 'By JOHN OKAFOR Associated Press', 'ACCRA, Ghana (AP) — ' + P1,
      'Foreign ministers shake hands before their meeting in Accra, Ghana, June 5, 2023. REUTERS/Jane Roe', P2,
      '(Reporting by John Okafor; Editing by Mary Stone)',
    ].join('\n\n'));
    expect(a.meta).toMatchObject({ authors: ['John Okafor'], publisher: 'Associated Press', dateline: 'ACCRA, Ghana' });
    expect(a.text).not.toMatch(/REUTERS\/|Reporting by|ACCRA/);
    expect(a.blocks).toHaveLength(2);
  });

  it('drops relative times, image captions and "read more" links, and takes a closing agency line as the credit', () => {
    const a = readText(['Ministers agree to restore flights', '2 hours ago', 'Image source, Getty Images', 'Image caption, The ministers met in the capital', P1, 'Read more: Flights were halted last year', P2, '— Reuters'].join('\n'));
    expect(a.meta.publisher).toBe('Reuters');
    expect(a.text).toBe(`${P1}\n\n${P2}`);
  });

  it('keeps short paragraphs of the body and quotes standing alone', () => {
    expect(blocks(['Ministers agree', P1, 'One minister left early.', '"We are satisfied," she said.', P2].join('\n'))).toBe(4);
  });
});
