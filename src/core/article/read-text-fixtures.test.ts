/**
 * The plain-text reader on the fixture pages: invented sites and articles in many layouts (news
 * sites with menus and related-story rails, press releases, blogs, wire copy, reprints, live blogs,
 * local papers with consent walls and comments). Each page states its metadata, the lines of
 * furniture that must not reach the text and the passages of the article that must survive.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readText } from './read-text.js';
import { pageFailures, type PageExpectations } from './test-support/page-expectations.js';

const dir = new URL('./fixtures/', import.meta.url);
const pages = readdirSync(dir).filter((n) => n.endsWith('.txt')).sort();

describe('readText on the fixture pages', () => {
  it('has at least 25 pages, each with its expectations', () => {
    expect(pages.length).toBeGreaterThanOrEqual(25);
    for (const p of pages) expect(readdirSync(dir)).toContain(p.replace(/\.txt$/, '.json'));
  });

  it.each(pages)('%s', (name) => {
    const raw = readFileSync(new URL(name, dir), 'utf8');
    const x = JSON.parse(readFileSync(new URL(name.replace(/\.txt$/, '.json'), dir), 'utf8')) as PageExpectations;
    const a = readText(raw, { name });
    expect(pageFailures(a, x), x.kind).toEqual([]);
    // Every character of the text maps back to the same character of the page (joined lines map their spaces to a line break).
    for (let i = 0; i < a.text.length; i++) {
      if (!/\s/.test(a.text[i])) expect(raw[a.offsets.toSource(i)], `offset ${i}`).toBe(a.text[i]);
    }
  });
});
