import { describe, expect, it } from 'vitest';
import { EntenteError } from '../core/errors/errors.js';
import { readHtml } from './read-html.js';
import { parseHTML } from 'linkedom';
import { htmlMeta, normaliseDate, splitAuthors, stripSiteSuffix } from './html-meta.js';

const P1 = 'OSLO (Reuters) - Negotiators from the two neighbouring states agreed on Tuesday to resume talks on fishing rights in their shared waters, a mediator said after a day of meetings.';
const P2 = 'The talks had stalled for a year amid accusations of illegal fishing by trawlers from both sides &amp; a row over quotas. &ldquo;This is progress,&rdquo; the mediator said.';
const P3 = 'Officials said a first round would be held next month, and that observers from a regional fisheries body would attend.';

const PAGE = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Fishing talks to resume | North Sea Times</title>
<meta property="og:site_name" content="North Sea Times">
<meta property="og:url" content="https://nst.example.com/world/2023/11/07/fishing-talks">
<meta name="description" content="Negotiators agreed to resume talks.">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"x"},
 {"@type":"NewsArticle","headline":"Fishing talks to resume","datePublished":"2023-11-07T10:00:00Z",
  "author":[{"@type":"Person","name":"Ingrid Holm"},{"@type":"Person","name":"Piet de Vries"}],
  "publisher":{"@type":"Organization","name":"North Sea Times"}}]}</script>
</head><body><nav>Home | World | Business</nav>
<article><h1>Fishing talks to resume</h1><div class="share">Share Facebook Twitter</div>
<p>${P1}</p><p>${P2}</p><h2>Next steps</h2><p>${P3}</p><p>Advertisement</p></article>
<footer>&copy; 2023 North Sea Times</footer></body></html>`;

describe('readHtml', () => {
  const a = readHtml(PAGE, { name: 'page.html' });

  it('reads metadata from JSON-LD and meta tags', () => {
    expect(a.meta.title).toBe('Fishing talks to resume');
    expect(a.meta.authors).toEqual(['Ingrid Holm', 'Piet de Vries']);
    expect(a.meta.published).toBe('2023-11-07T10:00:00Z');
    expect(a.meta.url).toBe('https://nst.example.com/world/2023/11/07/fishing-talks');
    expect(a.meta.description).toBe('Negotiators agreed to resume talks.');
    expect(a.meta.language).toBe('en');
    expect(a.sourceKind).toBe('html');
  });

  it('credits the agency of the dateline and names the site as the one that carried it', () => {
    expect(a.meta.publisher).toBe('Reuters');
    expect(a.meta.reprintedBy).toBe('North Sea Times');
    expect(a.meta.dateline).toBe('OSLO');
  });

  it('keeps the article paragraphs and heading, decodes entities, and drops navigation, share bar, ads and footer', () => {
    expect(a.meta.sections).toEqual(['Next steps']);
    expect(a.text).toContain('both sides & a row over quotas. “This is progress,” the mediator said.');
    for (const junk of ['Home | World', 'Share', 'Advertisement', '©', 'Fishing talks to resume']) expect(a.text).not.toContain(junk);
  });

  it('maps the text back to the raw HTML', () => {
    const start = a.text.indexOf('Negotiators from');
    const at = a.offsets.toSource(start);
    expect(PAGE.slice(at, at + 30)).toBe('Negotiators from the two neigh');
    const amp = a.text.indexOf('&');
    expect(PAGE.slice(a.offsets.toSource(amp), a.offsets.toSource(amp) + 5)).toBe('&amp;');
  });

  it('reads malformed markup without crashing', () => {
    const broken = `<html><body><div><p>${P1}<p>${P3}</div></span><p>unclosed <b>bold <i>text</body>`;
    const b = readHtml(broken, { name: 'broken.html' });
    expect(b.text).toContain('Negotiators from the two neighbouring states');
    expect(b.text).toContain('observers from a regional fisheries body');
    expect(() => readHtml('<html><p>Fine <<<< >>> & stray</p', { name: 'x.html' })).not.toThrow(TypeError);
  });

  it('falls back to meta tags and bylines when there is no JSON-LD, and ignores a broken JSON-LD block', () => {
    const page = `<html><head><meta property="og:title" content="Border reopens"><meta property="article:published_time" content="2022-02-01">
      <script type="application/ld+json">{not json</script></head><body><article><p class="byline">By Lucía Pérez, March 1, 2022</p>
      <p>${P1}</p><p>${P3}</p></article></body></html>`;
    const b = readHtml(page);
    expect(b.meta.title).toBe('Border reopens');
    expect(b.meta.published).toBe('2022-02-01');
    expect(b.meta.authors).toEqual(['Lucía Pérez']);
  });

  it('refuses a page without text', () => {
    try {
      readHtml('<html><head><title>x</title></head><body><script>var a=1</script></body></html>', { name: 'empty.html' });
      expect.unreachable();
    } catch (e) {
      expect((e as EntenteError).code).toMatch(/E100|E109/);
      expect((e as EntenteError).input).toBe('empty.html');
    }
  });
});

describe('html metadata helpers', () => {
  it('strip the site name from a title, split author lists, and normalise dates', () => {
    expect(stripSiteSuffix('Fishing talks resume | North Sea Times', 'North Sea Times')).toBe('Fishing talks resume');
    expect(stripSiteSuffix('Talks resume - a long road', 'North Sea Times')).toBe('Talks resume - a long road');
    expect(splitAuthors('By Ann Lee and Bo Kim')).toEqual(['Ann Lee', 'Bo Kim']);
    expect(splitAuthors('https://example.com/staff/ann')).toEqual([]);
    expect(normaliseDate('2023-11-07 10:00:00')).toBe('2023-11-07T10:00:00');
    expect(normaliseDate('Tue, 7 Nov 2023 10:00 GMT')).toBe('2023-11-07');
    expect(normaliseDate('soon')).toBeNull();
  });
});

describe('html metadata from the title tag', () => {
  const meta = (html: string) => htmlMeta(parseHTML(html).document as unknown as Document);

  it('takes the name a <title> appends to the headline for the site', () => {
    const m = meta('<html><head><title>Minister meets envoy | Ministry of Foreign Affairs</title></head><body><h1>Minister meets envoy</h1></body></html>');
    expect(m.siteName).toBe('Ministry of Foreign Affairs');
    expect(m.known.title).toBe('Minister meets envoy');
  });

  it('passes a bare <title> on as a hint, not as the headline', () => {
    const m = meta('<html><head><title>Northern Sentinel - Local news</title></head><body><p>x</p></body></html>');
    expect(m.known.title).toBeUndefined();
    expect(m.titleHint).toBe('Northern Sentinel - Local news');
  });
});

describe('readHtml and the furniture of markup', () => {
  it('skips boxes whose class names furniture and keeps the headline, byline and date above the main text', () => {
    const page = `<html><body><div class="logo">Harbour Gazette</div><div class="menu">News | Sport | Business</div>
      <div class="story"><div class="headline">Port reopens after storm damage is repaired</div><div>Posted on March 5, 2024 by Erik Lund</div>
      <p>${P1}</p><div class="newsletter-signup"><p>Get the Harbour Brief every morning.</p></div><p>${P3}</p>
      <div class="related-stories"><p>Ferry timetable to change in April</p></div></div></body></html>`;
    const a = readHtml(page);
    expect(a.meta).toMatchObject({ title: 'Port reopens after storm damage is repaired', authors: ['Erik Lund'], published: '2024-03-05', publisher: 'Reuters' });
    expect(a.text).not.toMatch(/Harbour Brief|Ferry timetable|News \| Sport/);
    expect(a.text).toContain('observers from a regional fisheries body');
  });
});

