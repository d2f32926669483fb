import { describe, expect, it } from 'vitest';
import { isNameShaped, isProse, isSpaceCode, isTimeOnly, labelOf, navItems, wordCount } from './line-shape.js';

describe('navItems', () => {
  it('splits menus, breadcrumbs and share bars into their items', () => {
    expect(navItems('News | Politics | Business | World')).toEqual(['News', 'Politics', 'Business', 'World']);
    expect(navItems('World > Europe')).toEqual(['World', 'Europe']);
    expect(navItems('Home » News » World » Asia')).toEqual(['Home', 'News', 'World', 'Asia']);
    expect(navItems('Facebook | X | KakaoTalk | Email | Print')).toHaveLength(5);
  });

  it('refuses lines whose parts are clauses or long', () => {
    expect(navItems('Envoy warns of famine risk as aid corridor stays shut | Horn Observer')).toBeNull();
    expect(navItems('The minister said the talks had ended. | Next')).toBeNull();
    expect(navItems('Talks resume in Geneva')).toBeNull();
  });
});

describe('isNameShaped', () => {
  it('accepts names of outlets and bodies and refuses sentences', () => {
    for (const n of ['The Meridian Tribune', 'Ministry of Foreign Affairs of the Republic of Norland', 'RegionWatch', 'asiatimes.com']) expect(isNameShaped(n)).toBe(true);
    for (const n of ['A blog on Central Asian politics', 'Talks end without a deal', 'The vote was 88 to 71.']) expect(isNameShaped(n)).toBe(false);
  });
});

describe('isTimeOnly and labelOf', () => {
  it('recognises clock times and strips guillemets from labels', () => {
    expect(isTimeOnly('10:42 GMT')).toBe(true);
    expect(isTimeOnly('9.15am')).toBe(true);
    expect(isTimeOnly('10:42 GMT Mediators arrive')).toBe(false);
    expect(labelOf('« Previous article')).toBe('previous article');
    expect(labelOf('Next article »')).toBe('next article');
  });
});

describe('isProse', () => {
  it('reads a full stop inside a line as two sentences, but not the stops of a dotted acronym', () => {
    expect(isProse('Port workers strike over pay as talks stall; U.S. buyers turn to rival harbours')).toBe(false);
    expect(isProse('The port reopened on Monday after the strike. Buyers returned within days to the harbour')).toBe(true);
  });
});

describe('wordCount', () => {
  it('counts the tokens holding a letter or digit, whatever blanks separate them', () => {
    expect(wordCount('Ministers met\u00a0in\u2009Geneva \u201con Tuesday\u201d \u2014 and agreed.')).toBe(8);
    expect(wordCount('\u2026 \u00b7 \u2022')).toBe(0);
    expect(wordCount('Kyiv\u3000Lviv\u2028Odesa\ufeffKharkiv')).toBe(4);
  });

  it('reads as blanks exactly the code units \\s matches', () => {
    const differ: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isSpaceCode(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
  });
});
