import { describe, expect, it } from 'vitest';
import { firstWrittenAt } from './written-name.js';

/** The search this module replaces: one regular expression per name. */
function byRegex(text: string, words: readonly string[]): number {
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${words.map(escape).join('[\\s\\u2010-\\u2015-]+')}(?![\\p{L}\\p{N}])`, 'u');
  return re.exec(text)?.index ?? -1;
}

describe('firstWrittenAt', () => {
  it('finds a name written as whole words, its words apart by blanks, hyphens or dashes', () => {
    expect(firstWrittenAt('talks with mara oduya ended', ['mara', 'oduya'])).toBe(11);
    expect(firstWrittenAt('a note from jean-luc brevard', ['jean', 'luc', 'brevard'])).toBe(12);
    expect(firstWrittenAt('jean \u2013  luc brevard', ['jean', 'luc', 'brevard'])).toBe(0);
    expect(firstWrittenAt('mara\n oduya', ['mara', 'oduya'])).toBe(0);
  });

  it('passes over a word written inside another and a name cut short', () => {
    expect(firstWrittenAt('the samara oduya case, then mara oduya', ['mara', 'oduya'])).toBe(28);
    expect(firstWrittenAt('mara oduyan met mara oduya', ['mara', 'oduya'])).toBe(16);
    expect(firstWrittenAt('maraoduya and mara  oduya2', ['mara', 'oduya'])).toBe(-1);
    expect(firstWrittenAt('mara, oduya', ['mara', 'oduya'])).toBe(-1);
    expect(firstWrittenAt('émara oduya, then mara oduyaé, then mara oduya.', ['mara', 'oduya'])).toBe(36);
  });

  it('reads letters beyond the basic plane around a name as letters', () => {
    expect(firstWrittenAt('\u{1d400}mara oduya', ['mara', 'oduya'])).toBe(-1);
    expect(firstWrittenAt('\u{1f600}mara oduya', ['mara', 'oduya'])).toBe(2);
  });

  it('finds what the regular expression per name found, over invented texts', () => {
    const texts = [
      'Ms. oduya met mara oduya-kane and the kane family in oduya town',
      'mara–oduya, mara oduya; mara\u00a0oduya and mara\u2028oduya',
      'o.duya, o\'duya and al-oduya spoke; ali oduya left',
      '',
      'mara',
    ];
    const names = [['mara', 'oduya'], ['oduya'], ['kane'], ['mara', 'oduya', 'kane'], ["o'duya"], ['o.duya'], ['al', 'oduya'], ['ali']];
    for (const t of texts) for (const n of names) expect([t, n, firstWrittenAt(t, n)]).toEqual([t, n, byRegex(t, n)]);
  });

  it('keeps to the regular expression for words it cannot search for literally', () => {
    expect(firstWrittenAt('ann - lee met ann lee', ['ann', '-lee'])).toBe(byRegex('ann - lee met ann lee', ['ann', '-lee']));
    expect(firstWrittenAt('anything', [])).toBe(-1);
  });
});
