/**
 * A title before a surname names an office its bearer held, then or before: "President Kemel" is
 * the former president, not the defence minister of that name; "Foreign Minister Nurbek" keeps her
 * old title years after she left the office (a fictional political world in the fixture).
 */
import { describe, expect, it } from 'vitest';
import type { KbRole } from '../kb/types.js';
import { analyzeActors } from './test-support/fixture-actors.js';
import { titleFits } from './title-fit.js';

const role = (r: Partial<KbRole>): KbRole => ({ role: 'official', title: null, country: 'KAZ', igo: null, portfolio: null, start: '2001-01-01', end: null, acting: false, uncertain: false, disputed: false, cameo: null, ...r });

/** The entity each mention written `form` resolved to, in text order. */
function refsOf(text: string, form: string, date: string | null): (string | null)[] {
  const doc = analyzeActors(text, date);
  return doc.mentions.filter((m) => doc.text.slice(m.start, m.end) === form).map((m) => m.ref ?? null);
}

describe('titleFits', () => {
  it('takes the role a title names, or one the title role covers', () => {
    expect(titleFits(role({ role: 'head of state', title: 'President' }), 'head of state', 'President')).toBe(true);
    expect(titleFits(role({ role: 'foreign minister', title: 'Foreign Minister' }), 'minister', 'Minister')).toBe(true);
    expect(titleFits(role({ role: 'speaker', title: 'Speaker' }), 'legislator', 'Senator')).toBe(true);
    expect(titleFits(role({ role: 'defence minister', title: 'Defence Minister' }), 'head of state', 'President')).toBe(false);
  });

  it('takes an office whose title begins with the words written, whatever its role', () => {
    expect(titleFits(role({ role: 'foreign minister', title: 'Secretary of State' }), 'official', 'Secretary')).toBe(true);
    expect(titleFits(role({ role: 'official', title: 'Governor of Ohio' }), 'local official', 'Gov.')).toBe(false);
    expect(titleFits(role({ role: 'official', title: 'Governor of Ohio' }), 'local official', 'Governor')).toBe(true);
    expect(titleFits(role({ role: 'igo head', title: 'President of the Commission' }), null, 'President')).toBe(true);
  });
});

describe('a title before a surname', () => {
  it('means the namesake who held that office, even long before, not the one in office now', () => {
    const text = 'President Kemel visited Astana on Monday. Defence Minister Kemel met him there.';
    expect(refsOf(text, 'President Kemel', '2016-03-01')).toEqual(['person:timur-kemel']);
    expect(refsOf(text, 'Defence Minister Kemel', '2016-03-01')).toEqual(['person:askar-kemel']);
  });

  it('keeps a former title for the one who held it ("Foreign Minister Nurbek" years on)', () => {
    expect(refsOf('Foreign Minister Nurbek spoke in Astana on Monday.', 'Foreign Minister Nurbek', '2016-03-01')).toEqual(['person:gulnara-nurbek']);
    expect(refsOf('Senator Nurbek spoke in Astana on Monday.', 'Senator Nurbek', '2020-03-01')).toEqual(['person:gulnara-nurbek']);
  });

  it('decides undated too when only one namesake ever held the office', () => {
    expect(refsOf('President Kemel visited Astana on Monday.', 'President Kemel', null)).toEqual(['person:timur-kemel']);
  });
});

describe('a title before a surname the article gives in full to someone the knowledge base does not know', () => {
  it('stays with the article\'s person', () => {
    const text = 'Ms. Dana Kemel spoke in Astana. Later President Kemel said she would appeal.';
    expect(refsOf(text, 'President Kemel', '2016-03-01')).toEqual(['new:person:dana-kemel']);
  });
});
