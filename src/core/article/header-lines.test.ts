import { describe, expect, it } from 'vitest';
import { readHeaderLines } from './header-lines.js';
import { noEvidence } from './page-evidence.js';
import { DEFAULT_READER_LEXICON as LEX } from './reader-lexicon.js';
import { itemsOf, kept } from './test-support/items.js';

const P1 = 'The foreign ministers of the two countries met in the capital on Monday and agreed to restore direct flights, officials said.';
const P2 = 'The talks were the first at that level since the dispute over fishing rights, and both sides called them constructive.';

function read(lines: string[]) {
  const items = itemsOf(lines);
  const ev = noEvidence();
  readHeaderLines(items, LEX, ev);
  return { ev, left: kept(items), marks: items.map((it) => it.mark ?? null) };
}

describe('readHeaderLines', () => {
  it('reads a byline and a date line and marks them for the headline to stand above', () => {
    const r = read(['Flights to resume', 'By Jana Novak', 'March 3, 2024', P1, P2]);
    expect(r.ev.authors).toEqual(['Jana Novak']);
    expect(r.ev.headerDates[0]).toMatchObject({ year: 2024, month: 3, day: 3 });
    expect(r.marks).toEqual([null, 'byline', 'byline', null, null]);
    expect(r.left).toEqual(['Flights to resume', P1, P2]);
  });

  it('reads an agency credit line, a job line and a place-and-date line', () => {
    const r = read(['Flights to resume', 'PTI | New Delhi', 'Staff Correspondent', 'Lisbon, 15 November 2023', P1, P2]);
    expect(r.ev.bylineCredits).toEqual(['PTI']);
    expect(r.ev.authors).toEqual([]);
    expect(r.ev.headerDates[0]).toMatchObject({ year: 2023, month: 11, day: 15 });
    expect(r.left).toEqual(['Flights to resume', P1, P2]);
  });

  it('takes a bare name beside a date line for the byline, but not a headline', () => {
    expect(read(['Flights to resume', 'Jane Marlow and Peter Osei', '4 March 2024', P1, P2]).ev.authors).toEqual(['Jane Marlow', 'Peter Osei']);
    expect(read(['Joint Statement on the Second Dialogue', '4 March 2024', P1, P2]).ev.authors).toEqual([]);
  });
});
