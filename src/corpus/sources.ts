/**
 * Turns what the user named — files, folders, globs, JSON Lines, WARC archives, feed files and URLs,
 * article URLs — into a stream of {@link SourceRecord}s for the ingest loop. Reading articles is left to
 * {@link Readers} (the project's file, HTML, text and URL readers), so their rules (encodings, page
 * furniture, URL safety) apply to every input kind the same way.
 */
import { createReadStream, statSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Article, SourceKind } from '../core/article/article.js';
import { EntenteError } from '../core/errors/errors.js';
import { looksLikeFeed, parseFeedItems, readFeedFile, type FeedOptions } from '../ingest/feed.js';
import { readJsonLines, type RawArticle, type RawMeta } from '../ingest/jsonl.js';
import { readWarc } from '../ingest/warc.js';
import { glob, isGlob } from './glob.js';
import type { SourceRecord } from './ingest.js';

/** The readers the sources use. */
export interface Readers {
  /** Reads a text or HTML file, or fetches and reads a page URL. */
  readLocation(location: string): Promise<Article>;
  /** Reads HTML already in hand (`url`: where it came from). */
  readHtml(html: string, options: { name: string; url: string | null }): Promise<Article> | Article;
  /** Reads plain text already in hand. */
  readText(text: string, options: { name: string }): Promise<Article> | Article;
  /** Fetches a URL with the URL reader's safety rules and returns its decoded body. */
  fetchText(url: string): Promise<string>;
}

export interface SourceOptions {
  readers: Readers;
  feed?: FeedOptions;
}

const ARTICLE_FILE = /\.(txt|text|html?|xhtml)$/i;
const JSONL_FILE = /\.(jsonl|ndjson)(\.gz)?$/i;
const WARC_FILE = /\.warc(\.gz)?$/i;
const FEED_FILE = /\.(rss|atom|xml)$/i;

/** A record that fails with `error` when read (so the failure is recorded against its input). */
function failing(input: string, error: EntenteError): SourceRecord {
  return { input, read: () => Promise.reject(error) };
}

/** The article read from a raw record, with what the record itself says taking precedence. */
async function readRaw(raw: RawArticle, readers: Readers): Promise<Article> {
  if (raw.kind === 'invalid') throw raw.error;
  const article =
    raw.kind === 'link'
      ? await readers.readLocation(raw.url)
      : raw.kind === 'html'
        ? await readers.readHtml(raw.body, { name: raw.input, url: raw.meta.url ?? null })
        : await readers.readText(raw.body, { name: raw.input });
  return withMeta(article, raw.meta, raw.sourceKind);
}

/** `article` with the container's metadata (non-empty values win) and source kind. */
export function withMeta(article: Article, meta: RawMeta, sourceKind: SourceKind): Article {
  const merged = { ...article.meta };
  for (const [k, v] of Object.entries(meta) as [keyof RawMeta, unknown][]) {
    if (v === null || v === undefined || (Array.isArray(v) && v.length === 0)) continue;
    (merged as Record<string, unknown>)[k] = v;
  }
  return { ...article, meta: merged, sourceKind };
}

function rawRecord(raw: RawArticle, readers: Readers): SourceRecord {
  return { input: raw.input, read: () => readRaw(raw, readers) };
}

async function* fromUrl(url: string, o: SourceOptions): AsyncGenerator<SourceRecord> {
  let body: string;
  try {
    body = await o.readers.fetchText(url);
  } catch (e) {
    yield failing(url, e instanceof EntenteError ? e : new EntenteError('E105', (e as Error).message, { input: url }));
    return;
  }
  if (looksLikeFeed(body)) {
    let items: RawArticle[];
    try {
      items = parseFeedItems(body, url, o.feed);
    } catch (e) {
      yield failing(url, e as EntenteError);
      return;
    }
    for (const raw of items) yield rawRecord(raw, o.readers);
  } else {
    // Already fetched: read it here rather than fetch it a second time.
    const html = /<(html|body|p|article|div)[\s>]/i.test(body.slice(0, 20000));
    yield {
      input: url,
      read: async () => {
        const a = html ? await o.readers.readHtml(body, { name: url, url }) : await o.readers.readText(body, { name: url });
        return withMeta(a, { url: a.meta.url ?? url }, 'url');
      },
    };
  }
}

async function* fromFile(path: string, o: SourceOptions): AsyncGenerator<SourceRecord> {
  try {
    if (JSONL_FILE.test(path)) for await (const raw of readJsonLines(path)) yield rawRecord(raw, o.readers);
    else if (WARC_FILE.test(path)) for await (const raw of readWarc(path)) yield rawRecord(raw, o.readers);
    else if (FEED_FILE.test(path) && (await sniffFeed(path))) for (const raw of await readFeedFile(path, o.feed)) yield rawRecord(raw, o.readers);
    else yield { input: path, read: () => o.readers.readLocation(path) };
  } catch (e) {
    // A container that cannot be read at all (missing, corrupt) is one failed input.
    yield failing(path, e instanceof EntenteError ? e : new EntenteError('E103', (e as Error).message, { input: path }));
  }
}

async function sniffFeed(path: string): Promise<boolean> {
  const head = await new Promise<string>((resolve) => {
    let s = '';
    createReadStream(path, { start: 0, end: 4095, encoding: 'utf8' })
      .on('data', (c) => (s += c))
      .on('end', () => resolve(s))
      .on('error', () => resolve(''));
  });
  return looksLikeFeed(head);
}

/** Files of a folder, recursively, that an ingest can read; sorted, hidden entries skipped. */
export async function folderFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await folderFiles(p)));
    else if ([ARTICLE_FILE, JSONL_FILE, WARC_FILE, FEED_FILE].some((re) => re.test(e.name))) out.push(p);
  }
  return out;
}

/** Expands the named inputs, in order, into files and URLs (folders and globs listed now, contents read later). */
export async function expandInputs(inputs: readonly string[]): Promise<{ items: string[]; missing: string[] }> {
  const items: string[] = [];
  const missing: string[] = [];
  for (const input of inputs) {
    if (/^https?:\/\//i.test(input)) {
      items.push(input);
      continue;
    }
    let st: ReturnType<typeof statSync> | null = null;
    try {
      st = statSync(input);
    } catch {
      st = null;
    }
    if (st?.isDirectory()) items.push(...(await folderFiles(input)));
    else if (st) items.push(input);
    else if (isGlob(input)) {
      const found = glob(input);
      if (found.length) items.push(...found);
      else missing.push(input);
    } else missing.push(input);
  }
  return { items, missing };
}

/** An estimate of the number of articles in `items` (null when a feed, archive or URL makes it unknowable). */
export async function countArticles(items: readonly string[]): Promise<number | null> {
  let n = 0;
  for (const item of items) {
    if (/^https?:\/\//i.test(item) || WARC_FILE.test(item) || FEED_FILE.test(item) || /\.gz$/i.test(item)) return null;
    if (JSONL_FILE.test(item)) n += await countLines(item);
    else n++;
  }
  return n;
}

function countLines(path: string): Promise<number> {
  return new Promise((resolve) => {
    let n = 0;
    let last = 10;
    createReadStream(path)
      .on('data', (chunk) => {
        const b = chunk as Buffer;
        for (let i = 0; i < b.length; i++) if (b[i] === 10) n++;
        if (b.length) last = b[b.length - 1];
      })
      .on('end', () => resolve(n + (last === 10 ? 0 : 1)))
      .on('error', () => resolve(n));
  });
}

/** The records of every input, in order; an input that does not exist becomes a failed record (E103). */
export async function* sourceRecords(inputs: readonly string[], options: SourceOptions): AsyncGenerator<SourceRecord> {
  const { items, missing } = await expandInputs(inputs);
  for (const m of missing) yield failing(m, new EntenteError('E103', 'no such file, folder or matching glob', { input: m }));
  for (const item of items) {
    if (/^https?:\/\//i.test(item)) yield* fromUrl(item, options);
    else yield* fromFile(item, options);
  }
}
