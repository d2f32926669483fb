/**
 * Reading files, directories and standard input, with the bad-input cases: empty, binary,
 * over-size, unreadable, and wrong encodings. Every fixture is written by the test.
 */
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { EntenteError } from '../core/errors/errors.js';
import { listInputs, looksLikeHtml, readArticle } from './read-article.js';

const dir = mkdtempSync(join(tmpdir(), 'entente-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const BODY = 'Delegations from the two countries met in Vienna on Thursday and agreed to resume negotiations on the disputed dam, officials from both sides said.';
const file = (name: string, content: string | Uint8Array) => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};

async function failure(p: Promise<unknown>): Promise<EntenteError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof EntenteError) return e;
    throw e;
  }
  throw new Error('expected the read to fail');
}

describe('readArticle on files', () => {
  it('reads a .txt file as text and an .html file as HTML', async () => {
    const t = await readArticle(file('dam.txt', `Talks on the dam resume\n\n${BODY}\n`));
    expect(t).toMatchObject({ sourceKind: 'text', text: BODY });
    expect(t.meta).toMatchObject({ title: 'Talks on the dam resume', source: join(dir, 'dam.txt') });
    const h = await readArticle(file('dam.html', `<html><head><title>Dam talks</title></head><body><p>${BODY}</p></body></html>`));
    expect(h).toMatchObject({ sourceKind: 'html', text: BODY });
  });

  it('sniffs HTML saved with a .txt name', async () => {
    const a = await readArticle(file('saved.txt', `<!DOCTYPE html><html><body><p>${BODY}</p></body></html>`));
    expect(a.text).toBe(BODY);
    expect(looksLikeHtml('Use <b> for bold, the guide says.')).toBe(false);
  });

  it('decodes windows-1252, UTF-16 with a BOM, and mostly valid UTF-8', async () => {
    const latin = 'Talks in Bogotá – the envoys’ view\n\n' + BODY;
    const cp = Uint8Array.from(Array.from(latin).map((c) => ({ 'á': 0xe1, '–': 0x96, '’': 0x92 })[c] ?? c.charCodeAt(0)));
    expect((await readArticle(file('latin.txt', cp))).meta.title).toBe('Talks in Bogotá – the envoys’ view');
    const le = Uint8Array.from([0xff, 0xfe, ...Array.from(latin).flatMap((c) => [c.charCodeAt(0) & 255, c.charCodeAt(0) >> 8])]);
    expect((await readArticle(file('utf16.txt', le))).meta.title).toBe('Talks in Bogotá – the envoys’ view');
    const broken = Uint8Array.from([...new TextEncoder().encode('Talks in Bogotá and Zürich \u2013 '), 0xc3, 0x28, ...new TextEncoder().encode(`\n\n${BODY}`)]);
    const a = await readArticle(file('broken.txt', broken));
    expect(a.meta.title).toContain('Bogotá and Zürich');
    expect(a.text).toBe(BODY);
  });

  it('refuses an undecodable file with E107', async () => {
    const e = await failure(readArticle(file('garbled.txt', Uint8Array.from([0x81, 0x8d, 0x90, 0x9d, 0xa0, 0xfe, 0x41, 0x42]))));
    expect(e.code).toBe('E107');
    expect(e.oneLine()).toContain('garbled.txt');
  });

  it('refuses empty, blank, binary and over-size files', async () => {
    expect((await failure(readArticle(file('empty.txt', '')))).code).toBe('E100');
    expect((await failure(readArticle(file('blank.txt', '\n \n\t\n')))).code).toBe('E100');
    expect((await failure(readArticle(file('image.txt', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]))))).code).toBe('E101');
    expect((await failure(readArticle(file('nul.txt', Uint8Array.from([65, 66, 0, 67, 68, 0, 69]))))).code).toBe('E101');
    const big = await failure(readArticle(file('big.txt', `${BODY}\n`.repeat(50)), { maxBytes: 1000 }));
    expect(big.code).toBe('E102');
    expect(big.message).toMatch(/over the 1000 bytes limit/);
  });

  it('reports a missing or unreadable path with E103, naming it', async () => {
    const missing = await failure(readArticle(join(dir, 'nope.txt')));
    expect(missing.code).toBe('E103');
    expect(missing.oneLine()).toBe(`${join(dir, 'nope.txt')}: no such file or directory [E103]`);
    expect((await failure(readArticle(join(dir, 'dam.txt', 'inside.txt')))).code).toBe('E103');
  });

  it.skipIf(process.getuid?.() === 0)('reports a file without read permission with E103', async () => {
    const p = file('secret.txt', BODY);
    chmodSync(p, 0o000);
    expect((await failure(readArticle(p))).message).toBe('permission denied');
  });

  it('refuses a directory given as a file with E108', async () => {
    expect((await failure(readArticle(dir))).code).toBe('E108');
  });
});

describe('readArticle on standard input', () => {
  it('reads "-" from the given stream', async () => {
    const a = await readArticle('-', { stdin: Readable.from([Buffer.from(`Dam talks\n\n${BODY}`)]) });
    expect(a).toMatchObject({ sourceKind: 'stdin', text: BODY });
    expect(a.meta.source).toBe('-');
  });

  it('names standard input in its errors', async () => {
    const e = await failure(readArticle('-', { stdin: Readable.from([Buffer.alloc(0)]) }));
    expect(e.oneLine()).toMatch(/^standard input: .*\[E100\]$/);
  });
});

describe('listInputs', () => {
  it('lists the .txt, .html and .htm files of a directory in order, and passes other inputs through', async () => {
    const d = join(dir, 'set');
    mkdirSync(d);
    for (const n of ['b.html', 'a.txt', 'c.htm', 'notes.md', 'd.gold.json', '.hidden.txt']) writeFileSync(join(d, n), BODY);
    expect(await listInputs(d)).toEqual(['a.txt', 'b.html', 'c.htm'].map((n) => join(d, n)));
    expect(await listInputs('-')).toEqual(['-']);
    expect(await listInputs('https://example.com/a')).toEqual(['https://example.com/a']);
    expect(await listInputs(join(d, 'missing.txt'))).toEqual([join(d, 'missing.txt')]);
  });
});
