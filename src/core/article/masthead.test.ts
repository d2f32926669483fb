import { describe, expect, it } from 'vitest';
import { furnitureTests } from './furniture.js';
import { readMasthead } from './masthead.js';
import { noEvidence } from './page-evidence.js';
import { DEFAULT_READER_LEXICON as LEX } from './reader-lexicon.js';
import { itemsOf, kept } from './test-support/items.js';

const f = furnitureTests(LEX);
const P1 = 'The foreign ministers of the two countries met in the capital on Monday and agreed to restore direct flights, officials said.';
const read = (lines: string[], hint: string | null = null) => {
  const items = itemsOf(lines);
  const ev = noEvidence();
  readMasthead(items, LEX, f, ev, hint);
  return { ev, left: kept(items) };
};

describe('readMasthead', () => {
  it('takes an outlet\'s name over the headline for the site, and drops its copy at the bottom', () => {
    const { ev, left } = read(['The Meridian Tribune', 'Border talks end without a deal', P1, 'The Meridian Tribune']);
    expect(ev.masthead).toBe('The Meridian Tribune');
    expect(left).toEqual(['Border talks end without a deal', P1]);
  });

  it('takes the issuing body of a press release, and a coined name over a menu', () => {
    expect(read(['Ministry of Foreign Affairs of the Republic of Norland', 'Minister Holds Talks with Counterpart', P1]).ev.masthead).toBe('Ministry of Foreign Affairs of the Republic of Norland');
    expect(read(['RegionWatch', 'Home | Gulf | Levant', 'Gulf states study a joint power grid', P1]).ev.masthead).toBe('RegionWatch');
  });

  it('reads the site from a "Headline | Site" line, and confirms a name the page title holds', () => {
    const { ev } = read(['Envoy warns of famine risk | Horn Observer', 'Horn Observer', 'Envoy warns of famine risk', P1]);
    expect(ev.titleSuffix).toBe('Horn Observer');
    expect(ev.masthead).toBe('Horn Observer');
    expect(read(['Northern Sentinel', 'Assembly approves health agreement', P1], 'Northern Sentinel - Local news').ev.masthead).toBe('Northern Sentinel');
  });

  it('leaves a short headline alone: one with nothing headline-shaped below it, or one printed twice', () => {
    expect(read(['Ministry Of Defence Denies Report', P1]).ev.masthead).toBeNull();
    expect(read(['Flags Burned at London Protest Against US', 'Flags Burned at London Protest Against US', P1]).ev.masthead).toBeNull();
    expect(read(['Oil', 'Pipeline operator halts exports after blast', P1]).ev.masthead).toBeNull();
  });
});
