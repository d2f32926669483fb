/**
 * The HTML reader on the fixture pages: invented sites in common markup (header, nav, aside and
 * footer; pages built of divs without metadata; a blog; a ministry release; a reprint with JSON-LD).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pageFailures, type PageExpectations } from '../core/article/test-support/page-expectations.js';
import { readHtml } from './read-html.js';

const dir = new URL('./fixtures/', import.meta.url);
const pages = readdirSync(dir).filter((n) => n.endsWith('.html')).sort();

describe('readHtml on the fixture pages', () => {
  it.each(pages)('%s', (name) => {
    const html = readFileSync(new URL(name, dir), 'utf8');
    const x = JSON.parse(readFileSync(new URL(name.replace(/\.html$/, '.json'), dir), 'utf8')) as PageExpectations;
    const a = readHtml(html, { name });
    expect(pageFailures(a, x), x.kind).toEqual([]);
  });
});
