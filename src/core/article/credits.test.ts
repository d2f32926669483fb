import { describe, expect, it } from 'vitest';
import { isCopyrightLine, parseCopyright, parseReprintCredit, parseSourceLine, repairUrl, tailStart, trailingCredit } from './credits.js';
import { DEFAULT_READER_LEXICON as LEX } from './reader-lexicon.js';

describe('source lines', () => {
  it('reads a URL broken by a stray space, a named source, and ignores generic ones', () => {
    expect(parseSourceLine('Source: https://x.org/a/what- we-know/1.html', LEX)).toEqual({ url: 'https://x.org/a/what-we-know/1.html', name: null });
    expect(parseSourceLine('Source: Reuters', LEX)).toEqual({ url: null, name: 'Reuters' });
    expect(parseSourceLine('Source: agencies', LEX)).toEqual({ url: null, name: null });
    expect(parseSourceLine('Kaynak:Source of News', LEX)).toEqual({ url: null, name: null });
    expect(parseSourceLine('The source said so.', LEX)).toBeNull();
  });

  it('repairs only breaks inside the URL', () => {
    expect(repairUrl('https://x.org/a/b-c/ d.html')).toBe('https://x.org/a/b-c/d.html');
    expect(repairUrl('https://x.org/a/b.html accessed on Monday')).toBe('https://x.org/a/b.html');
    expect(repairUrl('see https://x.org')).toBeNull();
  });
});

describe('copyright notices', () => {
  it('reads the holder without years and company suffixes, and the permission', () => {
    expect(parseCopyright('Copyright (c) 2022. Example Radio, Inc. Reprinted with the permission of Example Radio Network, 1 Main St.')).toEqual({
      holder: 'Example Radio', permissionOf: 'Example Radio Network', reprint: true,
    });
    expect(parseCopyright('© 2021 Daily Planet Ltd. All rights reserved.').holder).toBe('Daily Planet');
    expect(isCopyrightLine('© 2021 Daily Planet')).toBe(true);
    expect(isCopyrightLine('The court ruled on a copyright dispute between two firms.')).toBe(false);
  });
});

describe('closing credits and tails', () => {
  it('finds a closing agency credit', () => {
    expect(trailingCredit('The talks ended.(ANI)', LEX)).toEqual({ credit: 'ANI', start: 16 });
    expect(trailingCredit('The talks ended. — Reuters', LEX)?.credit).toBe('Reuters');
    expect(trailingCredit('The talks ended (on Friday).', LEX)).toBeNull();
  });

  it('finds where wire tails and copyright sentences start', () => {
    const s = 'The court adjourned. This is a developing story. © 2024 Wire Co. All rights reserved.';
    expect(s.slice(0, tailStart(s, LEX).start).trim()).toBe('The court adjourned.');
    const plain = 'The court adjourned until Monday.';
    expect(tailStart(plain, LEX)).toEqual({ start: plain.length, copyright: null });
  });
});

describe('reprint credits', () => {
  it('reads the outlet that first published a reprinted text', () => {
    expect(parseReprintCredit('This analysis was first published by The Caspian Review.')).toBe('The Caspian Review');
    expect(parseReprintCredit('This story was first published by Coastal Voice and is republished here with permission.')).toBe('Coastal Voice');
    expect(parseReprintCredit('This article is republished from The Research Brief under a Creative Commons license. Read the original article.')).toBe('The Research Brief');
    expect(parseReprintCredit('The post Ministers pledge to finish highway appeared first on Istmo Daily.')).toBe('Istmo Daily');
    expect(parseReprintCredit('This piece first appeared on Global Risk Insights.')).toBe('Global Risk Insights');
  });

  it('ignores sentences of the article that mention another outlet', () => {
    expect(parseReprintCredit('The report, first published by the Financial Gazette on Monday, said exports fell.')).toBeNull();
    expect(parseReprintCredit('The minister first appeared on television after the vote.')).toBeNull();
  });
});

describe('copyright and source details', () => {
  it('drops a year after the holder, and reads a stamp on a source line', () => {
    expect(parseCopyright('Copyright Harbour Gazette Media Ltd 2024').holder).toBe('Harbour Gazette Media');
    const s = parseSourceLine('Source: Eastern Star News Agency | 2024-03-03 14:02:11 | Editor: Liu Wei', LEX);
    expect(s).toMatchObject({ url: null, name: 'Eastern Star News Agency', date: { year: 2024, month: 3, day: 3 } });
  });
});

