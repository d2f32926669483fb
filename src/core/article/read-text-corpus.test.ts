/**
 * The plain-text reader on the shared gold corpus (skipped, saying so, when ../shared is absent):
 * the reference article's metadata and boilerplate, and every dev article read without error and
 * without furniture lines in its text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hasShared, sharedPath } from '../../test-support/shared.js';
import { readText } from './read-text.js';

const SEED = 'seed-rferl-xi-putin-2022-09-15';
const fold = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

const hasSeed = hasShared('corpus', `${SEED}.txt`);
const hasDev = hasShared('corpus', 'dev');

describe.skipIf(!hasSeed)('readText on the reference article', () => {
  // Read lazily: a skipped describe still runs its body to collect the tests.
  const load = () => ({
    gold: JSON.parse(readFileSync(sharedPath('corpus', `${SEED}.gold.json`), 'utf8')),
    a: readText(readFileSync(sharedPath('corpus', `${SEED}.txt`), 'utf8'), { name: `${SEED}.txt` }),
  });

  it('gives the gold title, authors, date, publisher, reprinting site, URL and sections', () => {
    const { gold, a } = load();
    for (const k of ['title', 'authors', 'published', 'publisher', 'reprintedBy', 'url', 'sections']) {
      expect(a.meta[k as keyof typeof a.meta], k).toEqual(gold.meta[k]);
    }
  });

  it('lets no boilerplate line into the text', () => {
    const { gold, a } = load();
    for (const line of gold.boilerplate as string[]) expect(fold(a.text)).not.toContain(fold(line));
  });
});

describe.skipIf(!hasDev)('readText on the dev set', () => {
  const dir = sharedPath('corpus', 'dev');
  const names = hasDev ? readdirSync(dir).filter((n) => n.endsWith('.txt')).sort() : ['(absent)'];
  // Furniture shapes that must never survive as a block of the text.
  const FURNITURE = /^(?:[-–—•]\s*)?(?:published|updated|source\s*:.*|kaynak\s*:.*|\[.*\]|share.*|advertisement|.*all rights reserved.*|.*©.*|by [A-Z][a-z]+ [A-Z][a-z]+.*\d{4}.*)$/i;

  it.each(names)('%s reads without error, with English text and no furniture blocks', (name) => {
    const a = readText(readFileSync(`${dir}/${name}`, 'utf8'), { name });
    expect(a.meta.language).toBe('en');
    expect(a.blocks.length).toBeGreaterThan(0);
    for (const b of a.blocks) expect(a.text.slice(b.start, b.end)).not.toMatch(FURNITURE);
    const gold = JSON.parse(readFileSync(`${dir}/${name.replace(/\.txt$/, '.gold.json')}`, 'utf8'));
    if (gold.meta.title) expect(fold(a.meta.title ?? '')).toBe(fold(gold.meta.title));
    else expect(a.meta.title).toBeNull();
  });
});
