import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultReaders } from './default-readers.js';
import { glob } from './glob.js';
import type { SourceRecord } from './ingest.js';
import { countArticles, expandInputs, sourceRecords } from './sources.js';

const dir = mkdtempSync(join(tmpdir(), 'entente-sources-'));
let server: Server;
let base = '';

const PAGE = `<!DOCTYPE html><html><head><title>Envoys meet</title><meta property="og:title" content="Envoys meet at the border"></head>
<body><article><h1>Envoys meet at the border</h1><p>Envoys from the two countries met at the main border crossing on Thursday to discuss new rules for lorry traffic and the reopening of two smaller checkpoints.</p>
<p>Both sides said they would publish the new rules within a month.</p></article></body></html>`;
const feed = (b: string) => `<?xml version="1.0"?><rss version="2.0"><channel><title>Local</title>
<item><title>Envoys meet</title><link>${b}/page.html</link><pubDate>Thu, 06 Jun 2024 08:00:00 GMT</pubDate><description>Short.</description></item>
</channel></rss>`;

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/feed.xml') res.writeHead(200, { 'Content-Type': 'application/rss+xml' }).end(feed(base));
    else if (req.url === '/page.html') res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(PAGE);
    else res.writeHead(404).end('not here');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  mkdirSync(join(dir, 'a', 'b'), { recursive: true });
  for (const f of ['a/one.txt', 'a/b/two.txt', 'a/b/three.html', 'a/skip.json', 'a/.hidden.txt']) writeFileSync(join(dir, f), 'x');
  writeFileSync(join(dir, 'a', 'batch.jsonl'), '{"text":"a"}\n{"text":"b"}\n{"text":"c"}');
});
afterAll(async () => {
  await new Promise<void>((r) => server.close(() => r()));
  rmSync(dir, { recursive: true, force: true });
});

async function collect(records: AsyncIterable<SourceRecord>) {
  const out: { input: string; title?: string | null; kind?: string; published?: string | null; error?: string }[] = [];
  for await (const r of records) {
    try {
      const a = await r.read();
      out.push({ input: r.input, title: a.meta.title, kind: a.sourceKind, published: a.meta.published });
    } catch (e) {
      out.push({ input: r.input, error: (e as { code?: string }).code });
    }
  }
  return out;
}

describe('ingest sources', () => {
  it('expands folders recursively and globs, sorted, skipping hidden and unknown files', async () => {
    const { items, missing } = await expandInputs([join(dir, 'a'), join(dir, 'a', '**', '*.txt'), join(dir, 'nothing', '*.txt')]);
    expect(items.map((p) => p.replace(dir, ''))).toEqual(['/a/b/three.html', '/a/b/two.txt', '/a/batch.jsonl', '/a/one.txt', '/a/b/two.txt', '/a/one.txt']);
    expect(missing).toEqual([join(dir, 'nothing', '*.txt')]);
    expect(glob(join(dir, 'a', '?ne.txt')).map((p) => p.replace(dir, ''))).toEqual(['/a/one.txt']);
    expect(glob(join(dir, 'a', '[ot]*.txt')).length).toBe(1);
    expect(await countArticles(items)).toBe(8); // five files and three JSON lines
    expect(await countArticles([...items, 'https://x.example/feed'])).toBeNull();
  });

  it('fetches a feed URL and each linked page with the URL reader', async () => {
    const got = await collect(sourceRecords([`${base}/feed.xml`], { readers: defaultReaders({ allowPrivate: true }) }));
    expect(got).toEqual([{ input: `${base}/page.html`, title: 'Envoys meet', kind: 'feed', published: '2024-06-06T08:00:00.000Z' }]);
  });

  it('reads an article URL, and records what cannot be fetched', async () => {
    const got = await collect(sourceRecords([`${base}/page.html`, `${base}/gone.html`], { readers: defaultReaders({ allowPrivate: true }) }));
    expect(got[0]).toMatchObject({ input: `${base}/page.html`, kind: 'url', title: 'Envoys meet at the border' });
    expect(got[1]).toEqual({ input: `${base}/gone.html`, error: 'E105' });
  });

  it('refuses private addresses unless allowed (E106)', async () => {
    const got = await collect(sourceRecords([`${base}/feed.xml`], { readers: defaultReaders() }));
    expect(got).toEqual([{ input: `${base}/feed.xml`, error: 'E106' }]);
  });

  it('turns a missing input into a failed record (E103)', async () => {
    expect(await collect(sourceRecords([join(dir, 'missing.txt')], { readers: defaultReaders() }))).toEqual([{ input: join(dir, 'missing.txt'), error: 'E103' }]);
  });
});
