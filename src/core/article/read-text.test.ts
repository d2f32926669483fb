import { describe, expect, it } from 'vitest';
import { EntenteError } from '../errors/errors.js';
import { readText } from './read-text.js';

/** A page scrape written for this test: site furniture around a reprinted article. */
const SCRAPE = [
  'Help us keep reporting - make a donation today!',
  '',
  'Arms Control',
  '',
  '[ partner banner ]',
  '',
  'Neighbours Agree To Reopen Their Shared Border',
  '',
  'By Jana Novak March 3, 2024',
  '',
  'Share this article',
  '',
  'The governments of two neighbouring states agreed on Sunday to reopen their shared border to trade after a closure that lasted nearly a year, officials said.',
  '',
  'The decision followed three rounds of talks hosted by a regional organisation, which said monitors would be deployed at the main crossings.',
  '',
  'Trade First',
  '',
  '"This is a day for traders and families on both sides," the organisation\'s envoy told reporters after the signing.',
  '',
  'Customs officers will begin inspections next week, and passenger traffic will follow within a month, according to the agreement.',
  '',
  'Advertisement',
  '',
  'Source: https://www.example.org/a/neighbours-agree-to-reopen- border/12345.html',
  '',
  'Copyright (c) 2024. Example Radio, Inc. Reprinted with the permission of Example Radio Network.',
  '',
  'Join the Policy Watch mailing list',
].join('\n');

describe('readText on a page scrape', () => {
  const a = readText(SCRAPE, { name: 'scrape.txt' });

  it('reads the headline, byline, date, publisher, reprinting site and repaired source URL', () => {
    expect(a.meta.title).toBe('Neighbours Agree To Reopen Their Shared Border');
    expect(a.meta.authors).toEqual(['Jana Novak']);
    expect(a.meta.published).toBe('2024-03-03');
    expect(a.meta.publisher).toBe('Example Radio');
    expect(a.meta.reprintedBy).toBe('Policy Watch');
    expect(a.meta.url).toBe('https://www.example.org/a/neighbours-agree-to-reopen-border/12345.html');
    expect(a.meta.language).toBe('en');
    expect(a.meta.source).toBe('scrape.txt');
  });

  it('keeps paragraphs and section headings and drops every line of furniture', () => {
    expect(a.meta.sections).toEqual(['Trade First']);
    expect(a.blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph', 'heading', 'paragraph', 'paragraph']);
    for (const junk of ['donation', 'Arms Control', 'banner', 'Share this', 'Advertisement', 'Source:', 'Copyright', 'mailing list', 'By Jana']) {
      expect(a.text).not.toContain(junk);
    }
    expect(a.text.startsWith('The governments of two neighbouring states')).toBe(true);
    expect(a.text.split('\n\n')).toHaveLength(a.blocks.length);
  });

  it('maps every block back to the same characters of the source', () => {
    for (const b of a.blocks) {
      const s = a.offsets.toSource(b.start);
      expect(SCRAPE.slice(s, s + (b.end - b.start))).toBe(a.text.slice(b.start, b.end));
    }
  });
});

describe('readText bylines and dates', () => {
  it('reads "Name Published <date> | time" and drops a subtitle that repeats the headline', () => {
    const a = readText(
      'Ministers Meet In The Capital\n\nSara Ali Published May 2, 2023 | 10:15 AM\n\nministers meet in the capital\n\n' +
        'The foreign ministers of the two countries met in the capital on Tuesday to discuss trade, energy and the security of their shared border region.',
    );
    expect(a.meta.authors).toEqual(['Sara Ali']);
    expect(a.meta.published).toBe('2023-05-02');
    expect(a.text).not.toMatch(/ministers meet in the capital/i);
    expect(a.blocks).toHaveLength(1);
  });

  it('reads "Edited by" and an ISO timestamp line, and a dateline with an agency credit', () => {
    const a = readText(
      'Envoys Discuss Water Sharing\n\nEdited by Ana Gómez\n2019-07-11 08:00:12\n\n' +
        'Lima, July 11 (Andes News)-- Envoys from the two countries discussed the sharing of river water on Thursday, the foreign ministry said in a statement.',
    );
    expect(a.meta.authors).toEqual(['Ana Gómez']);
    expect(a.meta.published).toBe('2019-07-11');
    expect(a.meta.dateline).toBe('Lima');
    expect(a.meta.publisher).toBe('Andes News');
    expect(a.text.startsWith('Envoys from the two countries')).toBe(true);
  });

  it('takes a bare date line under the headline as the publication date and keeps a sign-off at the end', () => {
    const a = readText(
      'Statement on the border incident\n\nFebruary 03, 2021\n\n' +
        'The spokesperson said that the government had lodged a protest over the incident and called for an investigation by both sides.\n\nNairobi\nFebruary 3, 2021',
    );
    expect(a.meta.published).toBe('2021-02-03');
    expect(a.text.endsWith('Nairobi\n\nFebruary 3, 2021')).toBe(true);
  });

  it('leaves the headline null when the text opens with prose', () => {
    const a = readText('The two governments signed a trade agreement on Monday after years of negotiation, officials from both sides said in the capital.');
    expect(a.meta.title).toBeNull();
    expect(a.blocks).toHaveLength(1);
  });
});

describe('readText on wire copy', () => {
  it('splits sentences a scraper ran together and strips the copyright and "more to come" tail', () => {
    const raw =
      'Court Orders Release Of Detained Journalist\nBy Tom Reyes Jun 3, 2022 2 hrs ago\n' +
      '(Globe Wire) — A court ordered the release of a detained journalist on Friday, his lawyer said.The ruling can be appealed by prosecutors within ten days, the lawyer added.' +
      '“We are relieved,” his family said.This is a breaking news story. More to come.The-Globe-Wire™ & © 2022 Globe Wire Service, Inc. All rights reserved.';
    const a = readText(raw);
    expect(a.meta.authors).toEqual(['Tom Reyes']);
    expect(a.meta.published).toBe('2022-06-03');
    expect(a.meta.publisher).toBe('Globe Wire');
    expect(a.text).not.toMatch(/More to come|©|rights reserved|breaking news/i);
    expect(a.blocks.map((b) => a.text.slice(b.start, b.end))).toEqual([
      'A court ordered the release of a detained journalist on Friday, his lawyer said.',
      'The ruling can be appealed by prosecutors within ten days, the lawyer added.',
      '“We are relieved,” his family said.',
    ]);
  });

  it('takes a closing agency credit as the publisher and removes it from the text', () => {
    const a = readText('Talks resume\n\nNegotiators from both sides returned to the table on Monday after a pause of three weeks, diplomats said.(ANI)');
    expect(a.meta.publisher).toBe('ANI');
    expect(a.text.endsWith('diplomats said.')).toBe(true);
  });

  it('joins the lines of a hard-wrapped page into paragraphs', () => {
    const raw = [
      'Summit Ends With Joint Statement',
      '',
      'Leaders of the regional bloc ended their annual summit on Friday with a joint',
      'statement that called for closer cooperation on energy and an end to tariffs',
      'on farm goods traded between member states within five years.',
      '',
      'The statement also welcomed an offer by one member to host a conference on',
      'river management next spring, and asked ministers to prepare a plan for a',
      'common electricity market before the next meeting of the bloc.',
    ].join('\n');
    const a = readText(raw);
    expect(a.blocks).toHaveLength(2);
    expect(a.text).toContain('a joint statement that called');
  });
});

describe('readText refuses input with no article', () => {
  it('throws E100 for empty or blank text', () => {
    expect(() => readText('  \n\n ', { name: 'blank.txt' })).toThrow(EntenteError);
    try {
      readText('', { name: 'empty.txt' });
    } catch (e) {
      expect((e as EntenteError).code).toBe('E100');
      expect((e as EntenteError).input).toBe('empty.txt');
    }
  });

  it('throws E109 when every line is furniture', () => {
    expect(() => readText('Share this article\n\nAdvertisement\n\nSubscribe')).toThrow(/no article text/);
  });
});

describe('readText: a site name stacked over its tagline', () => {
  it('takes the first line as the site, drops the tagline and finds the headline above the byline', () => {
    const page = 'WESTERN MARCHES\nNotes on borders and the people who cross them\n\nThe quiet return of the customs post\n\nBy Ilse Marten\nMarch 4, 2024 · 6 min read\n\nThe customs post at the river crossing reopened on Monday after two years, officials said.\n\nTraders welcomed the decision, which cuts the journey by a day.';
    const a = readText(page);
    expect(a.meta.title).toBe('The quiet return of the customs post');
    expect(a.meta.publisher).toBe('Western Marches');
    expect(a.meta.published).toBe('2024-03-04');
    expect(a.text.startsWith('The customs post at the river crossing')).toBe(true);
  });
});

describe('readText: the date of a release under its text', () => {
  it('takes the sign-off date when the page gives no other', () => {
    const page = 'Visit of the Foreign Minister to Norway\n\nThe Foreign Minister paid an official visit to Oslo from 2 to 4 May and held talks with her counterpart on fisheries and Arctic research.\n\nThe two ministers agreed to meet again next year.\n\nMinistry of Foreign Affairs\nOslo\n4 May 2023';
    expect(readText(page).meta.published).toBe('2023-05-04');
  });
});
