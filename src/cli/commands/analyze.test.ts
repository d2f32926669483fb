import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { memoryIo } from '../io.js';
import { run } from '../main.js';

const root = mkdtempSync(join(tmpdir(), 'entente-cli-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const BODY = 'Foreign ministers from the two neighbouring states met in the border town on Wednesday and agreed to reopen two crossings that had been closed since the spring.';
const ARTICLE = `Crossings to reopen\n\nBy Maya Stein May 8, 2024\n\n${BODY}\n`;

function setUp(): string {
  const d = join(root, `set-${Math.random().toString(36).slice(2)}`);
  mkdirSync(d);
  writeFileSync(join(d, 'a-good.txt'), ARTICLE);
  writeFileSync(join(d, 'b-empty.txt'), '');
  writeFileSync(join(d, 'c-page.html'), `<html><head><meta property="og:title" content="Crossings reopen"></head><body><p>${BODY}</p></body></html>`);
  writeFileSync(join(d, 'd-french.txt'), 'Les ministres des deux pays se sont rencontrés mercredi et ont annoncé la réouverture de deux points de passage à la frontière.');
  writeFileSync(join(d, 'notes.md'), 'not an article');
  return d;
}

const noStack = (s: string) => expect(s).not.toMatch(/\n\s+at /);

describe('entente analyze', () => {
  it('prints a readable report for a file', async () => {
    const p = join(root, 'one.txt');
    writeFileSync(p, ARTICLE);
    const io = memoryIo();
    expect(await run(['analyze', p], io)).toBe(0);
    expect(io.out()).toContain('Crossings to reopen');
    expect(io.out()).toContain('  authors    Maya Stein\n  published  2024-05-08\n');
    expect(io.err()).toBe('');
  });

  it('prints the analysis JSON with --json', async () => {
    const p = join(root, 'two.txt');
    writeFileSync(p, ARTICLE);
    const io = memoryIo();
    expect(await run(['analyze', p, '--json'], io)).toBe(0);
    const a = JSON.parse(io.out());
    expect(a).toMatchObject({ text: BODY, meta: { title: 'Crossings to reopen', authors: ['Maya Stein'] }, events: [] });
  });

  it('writes DIR/<name>.json for each article of a directory, reports bad ones on one line each and exits 1', async () => {
    const d = setUp();
    const out = join(root, `out-${Math.random().toString(36).slice(2)}`);
    const io = memoryIo();
    expect(await run(['analyze', d, '--json', '--out', out], io)).toBe(1);
    expect(readdirSync(out).sort()).toEqual(['a-good.json', 'c-page.json']);
    expect(JSON.parse(readFileSync(join(out, 'c-page.json'), 'utf8')).meta.title).toBe('Crossings reopen');
    const errors = io.err().trim().split('\n');
    expect(errors).toContain(`entente: ${join(d, 'b-empty.txt')}: the input is empty; give a file or page with article text [E100]`);
    expect(errors.some((l) => l.startsWith(`entente: ${join(d, 'd-french.txt')}: the text is in French`) && l.endsWith('[E104]'))).toBe(true);
    expect(errors[errors.length - 1]).toBe(`entente: wrote 2 analyses to ${out}; 2 input(s) failed`);
    expect(io.out()).toBe('');
    noStack(io.err());
  });

  it('prints one JSON document per line for several inputs without --out', async () => {
    const d = setUp();
    const io = memoryIo();
    await run(['analyze', join(d, 'a-good.txt'), join(d, 'c-page.html'), '--json'], io);
    expect(io.out().trim().split('\n').map((l) => JSON.parse(l).text)).toEqual([BODY, BODY]);
  });

  it('reads standard input with -', async () => {
    const io = memoryIo(ARTICLE);
    expect(await run(['analyze', '-', '--json'], io)).toBe(0);
    expect(JSON.parse(io.out()).meta.source).toBe('-');
  });

  it('reports a missing file, an over-size file and a refused URL on one line with a non-zero exit', async () => {
    const big = join(root, 'big.txt');
    writeFileSync(big, ARTICLE.repeat(20));
    for (const [args, pattern] of [
      [[join(root, 'missing.txt')], /missing\.txt: no such file or directory \[E103\]/],
      [[big, '--max-bytes', '1KB'], /big\.txt: the file is .* over the 1 KB limit .*\[E102\]/],
      [['http://127.0.0.1:9/'], /http:\/\/127\.0\.0\.1:9\/: 127\.0\.0\.1 resolves to 127\.0\.0\.1, a loopback address.*\[E106\]/],
    ] as const) {
      const io = memoryIo();
      expect(await run(['analyze', ...args], io)).toBe(1);
      expect(io.err()).toMatch(pattern);
      expect(io.err().trim().split('\n')).toHaveLength(1);
      noStack(io.err());
    }
  });

  it('analyses the shipped examples (the Quick start) without an error', async () => {
    const examples = new URL('../../../examples', import.meta.url).pathname;
    const io = memoryIo();
    expect(await run(['analyze', examples, '--json'], io)).toBe(0);
    const all = io.out().trim().split('\n').map((l) => JSON.parse(l));
    expect(all).toHaveLength(readdirSync(examples).filter((n) => /\.(txt|html?)$/.test(n)).length);
    const scrape = all.find((a) => a.meta.source.endsWith('page-scrape-ceasefire.txt'));
    expect(scrape.meta).toMatchObject({ authors: ['Daniel Okoye', 'Sofia Marin'], published: '2024-04-18', reprintedBy: 'Global Affairs Digest', sections: ['What the deal says', 'What comes next'] });
    expect(scrape.text).not.toMatch(/donation|Share this|Advertisement|Copyright|mailing list|banner/);
    const html = all.find((a) => a.meta.source.endsWith('.html'));
    expect(html.meta).toMatchObject({ authors: ['Linh Tran'], publisher: 'Riverside Herald', dateline: 'VIENTIANE' });
    expect(io.err()).toBe('');
  });

  it('rejects a malformed option value as a usage error', async () => {
    const io = memoryIo();
    expect(await run(['analyze', 'x.txt', '--max-bytes', 'lots'], io)).toBe(2);
    noStack(io.err());
  });
});

describe.skipIf(!existsSync(new URL('../../../dist/cli/main.js', import.meta.url)))('the built bin/entente.js', () => {
  it('analyses a directory in a child process and reports a bad file on stderr', () => {
    const d = setUp();
    const bin = new URL('../../../bin/entente.js', import.meta.url).pathname;
    const r = spawnSync(process.execPath, [bin, 'analyze', d], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('Crossings to reopen');
    expect(r.stderr).toMatch(/b-empty\.txt: the input is empty.*\[E100\]/);
    noStack(r.stderr);
  });

  it('ends quietly when its reader closes the pipe early (entente … | head)', () => {
    const bin = new URL('../../../bin/entente.js', import.meta.url).pathname;
    // the shell's `head -c 1` closes the pipe after one byte; the help text is far longer
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${bin}" eval-quotes --help | head -c 1`], { encoding: 'utf8' });
    expect(r.stdout).toBe('U');
    expect(r.stderr).toBe('');
  });
});
