import { describe, expect, it } from 'vitest';
import { metaFromEvidence, nameCase, noEvidence, related, sameName, type PageEvidence } from './page-evidence.js';

const meta = (ev: Partial<PageEvidence>, siteHint: string | null = null) => metaFromEvidence({ ...noEvidence(), ...ev }, {}, siteHint);

describe('metaFromEvidence: publisher and reprinting site', () => {
  it('credits the outlet a reprint credit names, and the site that carries it', () => {
    expect(meta({ reprintOf: 'The Caspian Review', reprint: true, masthead: 'Eurasia Desk' })).toMatchObject({ publisher: 'The Caspian Review', reprintedBy: 'Eurasia Desk' });
  });

  it('credits the agency of the dateline over the site, whose own copyright credits no one', () => {
    expect(meta({ wireCredits: ['Global Wire'], masthead: 'RegionWatch', copyrightHolder: 'RegionWatch' })).toMatchObject({ publisher: 'Global Wire', reprintedBy: 'RegionWatch' });
  });

  it('takes the site for the publisher when its company holds the copyright', () => {
    expect(meta({ masthead: 'Lakeside Herald', copyrightHolder: 'Lakeside Media Group' })).toMatchObject({ publisher: 'Lakeside Herald', reprintedBy: null });
  });

  it('takes another holder of the copyright for the original publisher', () => {
    expect(meta({ siteName: 'Policy Watch', copyrightHolder: 'Example Radio', copyrightReprint: true, reprint: true })).toMatchObject({ publisher: 'Example Radio', reprintedBy: 'Policy Watch' });
  });

  it('falls back on the organisation of an About box, and prefers the site named in the markup', () => {
    expect(meta({ aboutOrg: 'Relief Access Coalition' }).publisher).toBe('Relief Access Coalition');
    expect(meta({ masthead: 'Home Page Name', listSite: 'Other' }, 'Andes Monitor').publisher).toBe('Andes Monitor');
  });

  it('takes an update stamp for the date only when nothing else dates the page', () => {
    const d = (day: number) => ({ year: 2024, month: 3, day, start: 0, end: 1 });
    expect(meta({ updatedDates: [d(5)] }).published).toBe('2024-03-05');
    expect(meta({ updatedDates: [d(5)], headerDates: [d(4)] }).published).toBe('2024-03-04');
  });
});

describe('names of organisations', () => {
  it('match when written alike, as initials, or by a distinctive word in common', () => {
    expect(sameName('RFE/RL', 'rfe-rl')).toBe(true);
    expect(sameName('CNN', 'Cable News Network')).toBe(true);
    expect(related('Harbour Gazette Media', 'The Harbour Gazette')).toBe(true);
    expect(related('Daily News Group', 'The Daily Times')).toBe(false);
  });
});

describe('nameCase', () => {
  it('writes a masthead printed in capitals in the case of a name, keeping short acronyms', () => {
    expect(nameCase('NORTHERN FLANK')).toBe('Northern Flank');
    expect(nameCase('THE DAILY STAR')).toBe('The Daily Star');
    expect(nameCase('BBC NEWS')).toBe('BBC News');
    expect(nameCase('The Long View')).toBe('The Long View');
    expect(nameCase('RFE/RL')).toBe('RFE/RL');
  });
});
