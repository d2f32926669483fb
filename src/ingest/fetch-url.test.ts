/**
 * URL fetching against a local HTTP server started by the test (so with `allowPrivate: true`),
 * and the refusal of the same loopback server without it.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EntenteError } from '../core/errors/errors.js';
import { fetchUrl, type FetchOptions } from './fetch-url.js';
import { readArticle } from './read-article.js';

const ARTICLE = `<html><head><title>Envoys meet</title><meta property="og:title" content="Envoys meet in Geneva"></head><body><article>
<p>Envoys from the two countries met in Geneva on Monday to discuss a prisoner exchange, according to a statement from the host government.</p>
<p>The talks will continue next week, the statement said, without giving details of the proposals on the table.</p></article></body></html>`;
// A sentence in windows-1252: é = E9, á = E1, the en dash = 96.
const LATIN = 'The minister said the café talks – which began in Bogotá – would resume on Monday, officials said.';
const CP1252 = Buffer.from(Array.from(LATIN).map((c) => ({ 'é': 0xe9, 'á': 0xe1, '–': 0x96 })[c] ?? c.charCodeAt(0)));

let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? '/';
    if (path === '/page') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(ARTICLE);
    else if (path === '/latin') res.writeHead(200, { 'content-type': 'text/plain; charset=windows-1252' }).end(CP1252);
    else if (path === '/gzip') res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(gzipSync(ARTICLE));
    else if (path === '/hop1') res.writeHead(302, { location: '/hop2' }).end();
    else if (path === '/hop2') res.writeHead(301, { location: `${base}/page` }).end();
    else if (path === '/loop') res.writeHead(302, { location: '/loop' }).end();
    else if (path === '/pdf') res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.4');
    else if (path === '/big') {
      res.writeHead(200, { 'content-type': 'text/plain' });
      const chunk = 'x'.repeat(1024);
      let sent = 0;
      const timer = setInterval(() => {
        if (sent++ > 200 || res.destroyed) {
          clearInterval(timer);
          res.end();
        } else res.write(chunk);
      }, 1);
    } else if (path === '/slow') {
      // Never answers: the client's deadline must end the fetch.
    } else res.writeHead(404, { 'content-type': 'text/plain' }).end('not here');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const LOCAL: FetchOptions = { timeoutMs: 3000, maxBytes: 50_000, maxRedirects: 5, allowPrivate: true };

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'no error';
  } catch (e) {
    return e instanceof EntenteError ? e.code : `not an EntenteError: ${String(e)}`;
  }
}

describe('fetchUrl', () => {
  it('fetches a page and follows redirects to it', async () => {
    const r = await fetchUrl(`${base}/hop1`, LOCAL);
    expect(new TextDecoder().decode(r.bytes)).toContain('Envoys from the two countries');
    expect(r.finalUrl).toBe(`${base}/page`);
    expect(r.contentType).toContain('text/html');
  });

  it('decompresses a gzip body', async () => {
    expect(new TextDecoder().decode((await fetchUrl(`${base}/gzip`, LOCAL)).bytes)).toContain('prisoner exchange');
  });

  it('stops redirect loops, HTTP errors, slow servers and oversized bodies with coded errors', async () => {
    expect(await codeOf(fetchUrl(`${base}/loop`, LOCAL))).toBe('E105');
    expect(await codeOf(fetchUrl(`${base}/missing`, LOCAL))).toBe('E105');
    expect(await codeOf(fetchUrl(`${base}/slow`, { ...LOCAL, timeoutMs: 300 }))).toBe('E105');
    expect(await codeOf(fetchUrl(`${base}/big`, { ...LOCAL, maxBytes: 20_000 }))).toBe('E102');
  });

  it('refuses the loopback server unless private addresses are allowed', async () => {
    expect(await codeOf(fetchUrl(`${base}/page`, { ...LOCAL, allowPrivate: false }))).toBe('E106');
    const port = (server.address() as AddressInfo).port;
    expect(await codeOf(fetchUrl(`http://localhost:${port}/page`, { ...LOCAL, allowPrivate: false }))).toBe('E106');
    expect(await codeOf(fetchUrl(`http://[::ffff:127.0.0.1]:${port}/page`, { ...LOCAL, allowPrivate: false }))).toBe('E106');
  });

  it('reports an unreachable server and a URL that is not http(s) as E105', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    expect(await codeOf(fetchUrl(`http://127.0.0.1:${port}/`, LOCAL))).toBe('E105');
    expect(await codeOf(fetchUrl('ftp://example.com/x', LOCAL))).toBe('E105');
  });
});

describe('readArticle on URLs', () => {
  it('reads an HTML page into an article that records the address', async () => {
    const a = await readArticle(`${base}/hop1`, { allowPrivate: true });
    expect(a.sourceKind).toBe('url');
    expect(a.meta.title).toBe('Envoys meet in Geneva');
    expect(a.meta.pageUrl).toBe(`${base}/page`);
    expect(a.text).toContain('prisoner exchange');
  });

  it('decodes with the charset of the Content-Type', async () => {
    const a = await readArticle(`${base}/latin`, { allowPrivate: true });
    expect(a.text).toBe(LATIN);
  });

  it('refuses what is not a page of text', async () => {
    expect(await codeOf(readArticle(`${base}/pdf`, { allowPrivate: true }))).toBe('E108');
  });
});
