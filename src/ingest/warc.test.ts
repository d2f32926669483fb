import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WARCRecord, WARCSerializer } from 'warcio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RawArticle } from './jsonl.js';
import { readWarc } from './warc.js';

const dir = mkdtempSync(join(tmpdir(), 'entente-warc-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function* body(s: string | Uint8Array) {
  yield typeof s === 'string' ? new TextEncoder().encode(s) : s;
}

const PAGE = '<html><head><title>Trade talks</title></head><body><article><p>Négociateurs met in the capital on Monday.</p></article></body></html>';

/** A small archive: warcinfo, a request, an HTML response, an image, a redirect, and a Latin-1 page. */
async function archive(gzip: boolean): Promise<Uint8Array> {
  const v = 'WARC/1.1';
  const date = '2024-03-01T10:00:00Z';
  const records = [
    await WARCRecord.createWARCInfo({ filename: 'test.warc', warcVersion: v }, { software: 'entente tests' }),
    await WARCRecord.create({ url: 'https://example.org/trade', date, type: 'request', warcVersion: v, httpHeaders: { Host: 'example.org' } }, body('')),
    await WARCRecord.create(
      { url: 'https://example.org/trade', date, type: 'response', warcVersion: v, httpHeaders: { 'Content-Type': 'text/html; charset=utf-8' } },
      body(PAGE),
    ),
    await WARCRecord.create({ url: 'https://example.org/logo.png', date, type: 'response', warcVersion: v, httpHeaders: { 'Content-Type': 'image/png' } }, body(new Uint8Array([137, 80, 78, 71]))),
    await WARCRecord.create(
      { url: 'https://example.org/old', date, type: 'response', warcVersion: v, statusline: 'HTTP/1.1 301 Moved Permanently', httpHeaders: { Location: '/trade', 'Content-Type': 'text/html' } },
      body(''),
    ),
    await WARCRecord.create(
      { url: 'https://example.org/latin', date, type: 'response', warcVersion: v, httpHeaders: { 'Content-Type': 'text/html; charset=ISO-8859-1' } },
      body(new Uint8Array([...new TextEncoder().encode('<p>Caf'), 0xe9, ...new TextEncoder().encode(' talks</p>')])),
    ),
  ];
  const parts = await Promise.all(records.map((r) => WARCSerializer.serialize(r, { gzip })));
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

async function all(path: string): Promise<RawArticle[]> {
  const out: RawArticle[] = [];
  for await (const r of readWarc(path)) out.push(r);
  return out;
}

describe('WARC input', () => {
  beforeAll(async () => {
    writeFileSync(join(dir, 'crawl.warc'), await archive(false));
    writeFileSync(join(dir, 'crawl.warc.gz'), await archive(true));
  });

  for (const name of ['crawl.warc', 'crawl.warc.gz']) {
    it(`reads the HTML responses of ${name} and passes over everything else`, async () => {
      const recs = await all(join(dir, name));
      expect(recs.map((r) => [r.input, r.kind])).toEqual([
        ['https://example.org/trade', 'html'],
        ['https://example.org/latin', 'html'],
      ]);
      expect(recs[0]).toMatchObject({ body: PAGE, meta: { url: 'https://example.org/trade' }, sourceKind: 'warc' });
      expect(recs[1]).toMatchObject({ body: '<p>Café talks</p>' });
    });
  }

  it('fails with E103 for a missing archive', async () => {
    await expect(all(join(dir, 'missing.warc'))).rejects.toMatchObject({ code: 'E103' });
  });
});
