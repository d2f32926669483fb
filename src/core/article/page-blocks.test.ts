import { describe, expect, it } from 'vitest';
import { furnitureTests } from './furniture.js';
import { cutClosing, dropMenuRuns, dropRepeats, dropStoryLists } from './page-blocks.js';
import { noEvidence } from './page-evidence.js';
import { DEFAULT_READER_LEXICON as LEX } from './reader-lexicon.js';
import { itemsOf, kept } from './test-support/items.js';

const f = furnitureTests(LEX);
const P1 = 'The foreign ministers of the two countries met in the capital on Monday and agreed to restore direct flights, officials said.';
const P2 = 'The talks were the first at that level since the dispute over fishing rights, and both sides called them constructive.';
const P3 = 'A joint commission will meet next month to prepare a timetable for the first flights and for new consular offices.';

describe('cutClosing', () => {
  it('drops everything from an end marker, and reads the organisation of the About box after it', () => {
    const items = itemsOf([P1, P2, P3, 'ENDS', 'About the Harbour Trust:', 'The Harbour Trust is a charity founded in 1990.', 'Media contact: Jo Bell']);
    const ev = noEvidence();
    cutClosing(items, f, ev);
    expect(kept(items)).toEqual([P1, P2, P3]);
    expect(ev.aboutOrg).toBe('Harbour Trust');
  });

  it('cuts at a comment section, but not at a counter above the article', () => {
    const items = itemsOf(['12 Comments', P1, P2, P3, 'Leave a reply', 'Great piece, thank you for writing it and for the sources.']);
    cutClosing(items, f, noEvidence());
    expect(kept(items)).toEqual(['12 Comments', P1, P2, P3]);
  });

  it('keeps a heading that only starts like an About box', () => {
    const items = itemsOf([P1, P2, 'About the deal', P3, P1, P2, P3]);
    cutClosing(items, f, noEvidence());
    expect(kept(items)).toContain('About the deal');
  });
});

describe('dropStoryLists', () => {
  it('drops the label and the headlines under it, up to the next paragraph, and reads a "More from" site', () => {
    const items = itemsOf([P1, 'More from Eurasia Desk', 'Georgia\'s election: five things to watch', 'The new Silk Road runs through Baku', P2]);
    const ev = noEvidence();
    dropStoryLists(items, f, ev);
    expect(kept(items)).toEqual([P1, P2]);
    expect(ev.listSite).toBe('Eurasia Desk');
  });

  it('drops numbered lists and stops at the article\'s own headline above a byline', () => {
    const items = itemsOf(['Most read', '1. Storm closes ports', '2. Budget approved', 'Talks on flights resume in the capital', 'By Jana Novak', P1]);
    items[4].role = 'meta';
    items[4].mark = 'byline';
    dropStoryLists(items, f, noEvidence());
    expect(kept(items)).toEqual(['Talks on flights resume in the capital', P1]);
  });
});

describe('dropMenuRuns', () => {
  it('drops menus printed one item a line, but not a list announced by a colon', () => {
    const items = itemsOf(['Home', 'About', 'Archive', 'Contact', 'Why the new water deal matters for the region', P1, 'The members are:', 'Kazakhstan', 'Uzbekistan', 'Kyrgyzstan', 'Tajikistan', P2]);
    dropMenuRuns(items, LEX, f);
    expect(kept(items)).toEqual(['Why the new water deal matters for the region', P1, 'The members are:', 'Kazakhstan', 'Uzbekistan', 'Kyrgyzstan', 'Tajikistan', P2]);
  });
});

describe('dropRepeats', () => {
  it('drops a site name printed above and below the article, not a repeated attribution in the body', () => {
    const items = itemsOf(['Horn Observer', P1, '- Sanders.', P2, '- Sanders.', P3, 'Horn Observer']);
    dropRepeats(items, null);
    expect(kept(items)).toEqual([P1, '- Sanders.', P2, '- Sanders.', P3]);
  });
});
