/**
 * JSON Lines input: one article per line, `{url, title, published, text | html}` (also `publisher`,
 * `reprintedBy`, `authors`). Records come out raw — the body still to be read by the text or HTML
 * reader — so that reading happens where the ingest decides. A malformed line becomes an `invalid`
 * record (E110) naming `file.jsonl#line`; the lines around it are unaffected. `.gz` files are
 * decompressed on the fly.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import type { ArticleMeta, SourceKind } from '../core/article/article.js';
import { EntenteError } from '../core/errors/errors.js';

/** What a record already says about its article; the reader fills in the rest. */
export type RawMeta = Partial<Pick<ArticleMeta, 'title' | 'authors' | 'published' | 'publisher' | 'reprintedBy' | 'url' | 'description' | 'pageUrl'>>;

/** An article as an input container holds it, before reading. */
export type RawArticle =
  | { input: string; kind: 'text' | 'html'; body: string; meta: RawMeta; sourceKind: SourceKind }
  /** Only a link: the page must be fetched (feed items without their content). */
  | { input: string; kind: 'link'; url: string; meta: RawMeta; sourceKind: SourceKind }
  | { input: string; kind: 'invalid'; error: EntenteError };

function str(v: unknown): string | null {
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : null;
}

/** The raw article of one parsed JSON Lines record. */
export function recordToRaw(input: string, value: unknown): RawArticle {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { input, kind: 'invalid', error: new EntenteError('E110', 'the line is not a JSON object', { input }) };
  }
  const r = value as Record<string, unknown>;
  const authors = Array.isArray(r.authors) ? r.authors.filter((a): a is string => typeof a === 'string') : typeof r.author === 'string' ? [r.author] : undefined;
  const meta: RawMeta = {
    title: str(r.title),
    published: str(r.published) ?? str(r.date),
    url: str(r.url),
    publisher: str(r.publisher) ?? str(r.source),
    reprintedBy: str(r.reprintedBy),
    ...(authors ? { authors } : {}),
  };
  const text = str(r.text);
  const html = str(r.html);
  if (text !== null) return { input, kind: 'text', body: r.text as string, meta, sourceKind: 'jsonl' };
  if (html !== null) return { input, kind: 'html', body: r.html as string, meta, sourceKind: 'jsonl' };
  return { input, kind: 'invalid', error: new EntenteError('E110', 'the record has neither "text" nor "html"', { input }) };
}

/** The raw article of one line of a JSON Lines file (`null` for a blank line). */
export function parseJsonLine(input: string, line: string): RawArticle | null {
  if (line.trim() === '') return null;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    return { input, kind: 'invalid', error: new EntenteError('E110', `the line is not valid JSON (${(e as Error).message})`, { input }) };
  }
  return recordToRaw(input, value);
}

/** Every record of the JSON Lines file at `path`, streamed line by line. */
export async function* readJsonLines(path: string): AsyncGenerator<RawArticle> {
  const file = createReadStream(path);
  const opened = new Promise<void>((resolve, reject) => {
    file.once('open', () => resolve());
    file.once('error', reject);
  });
  try {
    await opened;
  } catch (e) {
    throw new EntenteError('E103', `cannot read the file: ${(e as Error).message}`, { input: path, cause: e });
  }
  const stream = /\.gz$/i.test(path) ? file.pipe(createGunzip()) : file;
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let n = 0;
  try {
    for await (const line of lines) {
      n++;
      const raw = parseJsonLine(`${path}#${n}`, n === 1 ? line.replace(/^\uFEFF/, '') : line);
      if (raw) yield raw;
    }
  } catch (e) {
    throw new EntenteError('E103', `cannot read the file after line ${n}: ${(e as Error).message}`, { input: path, cause: e });
  } finally {
    lines.close();
    file.destroy();
  }
}
