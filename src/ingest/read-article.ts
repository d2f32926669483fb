/**
 * Reading one input into an {@link Article}: a file (`.txt`, `.html`, `.htm`, or anything whose
 * content looks like one), an `http(s)://` URL, or `-` for standard input; and listing the inputs a
 * directory holds. The format is taken from the extension or the Content-Type, and the content is
 * sniffed when neither says.
 */
import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { Article, SourceKind } from '../core/article/article.js';
import type { ReaderLexicon } from '../core/article/reader-lexicon.js';
import { readText } from '../core/article/read-text.js';
import { EntenteError } from '../core/errors/errors.js';
import { charsetOf, decodeBytes } from './decode.js';
import { fetchUrl } from './fetch-url.js';
import { readHtml } from './read-html.js';
import { readFileBytes, readStreamBytes } from './read-bytes.js';

/** Options of the readers. Every limit has a safe default. */
export interface ReadOptions {
  /** Largest input accepted, in bytes (default 5 MB). */
  maxBytes?: number;
  /** Deadline for fetching a URL, in milliseconds (default 20 s). */
  timeoutMs?: number;
  /** Redirects followed when fetching a URL (default 5). */
  maxRedirects?: number;
  /** Allow URLs that resolve to private, loopback or link-local addresses (default false). */
  allowPrivate?: boolean;
  /** Read as this format instead of guessing from the name and content. */
  format?: 'text' | 'html';
  /** The stream `-` reads (default: the process's standard input). */
  stdin?: NodeJS.ReadableStream;
  lexicon?: ReaderLexicon;
}

/** The defaults of {@link ReadOptions}. */
export const READ_DEFAULTS = { maxBytes: 5 * 1024 * 1024, timeoutMs: 20_000, maxRedirects: 5 } as const;

/** Extensions a directory run reads. */
export const ARTICLE_EXTENSIONS = ['.txt', '.html', '.htm'] as const;

/** True for an `http://` or `https://` address. */
export function isUrl(input: string): boolean {
  return /^https?:\/\//i.test(input);
}

/** Reads one input (file, URL or `-`). Throws an EntenteError naming the input when it cannot. */
export async function readArticle(input: string, options: ReadOptions = {}): Promise<Article> {
  const maxBytes = options.maxBytes ?? READ_DEFAULTS.maxBytes;
  if (isUrl(input)) {
    const page = await fetchUrl(input, {
      maxBytes,
      timeoutMs: options.timeoutMs ?? READ_DEFAULTS.timeoutMs,
      maxRedirects: options.maxRedirects ?? READ_DEFAULTS.maxRedirects,
      allowPrivate: options.allowPrivate ?? false,
    });
    const type = (page.contentType ?? '').split(';')[0].trim().toLowerCase();
    if (type && !/^text\/|html|xml/.test(type)) throw new EntenteError('E108', `the URL serves ${type}, not a page of text`, { input });
    const format = options.format ?? (/html|xml/.test(type) ? 'html' : type === 'text/plain' ? 'text' : undefined);
    const article = articleFromBytes(page.bytes, { name: input, format, sourceKind: 'url', declaredCharset: charsetOf(page.contentType), lexicon: options.lexicon, pageUrl: page.finalUrl });
    return { ...article, meta: { ...article.meta, pageUrl: page.finalUrl, url: article.meta.url ?? page.finalUrl } };
  }
  if (input === '-') {
    const bytes = await readStreamBytes(options.stdin ?? process.stdin, maxBytes, 'standard input');
    return articleFromBytes(bytes, { name: '-', format: options.format, sourceKind: 'stdin', lexicon: options.lexicon, errorName: 'standard input' });
  }
  const bytes = await readFileBytes(input, maxBytes);
  const ext = extname(input).toLowerCase();
  const format = options.format ?? (ext === '.html' || ext === '.htm' || ext === '.xhtml' ? 'html' : undefined);
  return articleFromBytes(bytes, { name: input, format, sourceKind: format === 'html' ? 'html' : 'text', lexicon: options.lexicon });
}

/** Options of {@link articleFromBytes}. */
export interface BytesOptions {
  name: string;
  /** Known format; sniffed from the content when absent. */
  format?: 'text' | 'html';
  sourceKind: SourceKind;
  declaredCharset?: string | null;
  pageUrl?: string | null;
  lexicon?: ReaderLexicon;
  /** How errors name the input, when not `name` ("standard input" for `-`). */
  errorName?: string;
}

/** Decodes and reads the bytes of one article. */
export function articleFromBytes(bytes: Uint8Array, o: BytesOptions): Article {
  const input = o.errorName ?? o.name;
  const sniffHtml = o.format === undefined ? looksLikeHtml(new TextDecoder('latin1').decode(bytes.subarray(0, 8192))) : o.format === 'html';
  const { text } = decodeBytes(bytes, { input, declaredCharset: o.declaredCharset, html: sniffHtml });
  try {
    if (sniffHtml) {
      return readHtml(text, { name: o.name, sourceKind: o.sourceKind === 'text' ? 'html' : o.sourceKind, pageUrl: o.pageUrl, lexicon: o.lexicon });
    }
    return readText(text, { name: o.name, sourceKind: o.sourceKind, lexicon: o.lexicon });
  } catch (e) {
    // Name the input as the user gave it.
    if (e instanceof EntenteError && e.input !== input) throw new EntenteError(e.code, e.message, { input, cause: e.cause });
    throw e;
  }
}

/** True when the start of a document is HTML markup rather than text that mentions a tag. */
export function looksLikeHtml(head: string): boolean {
  if (/^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b/i.test(head)) return true;
  const tags = head.match(/<\/?(?:p|div|span|a|br|body|head|article|section|h[1-6]|li|ul|ol|table|script|meta|link|title|img)\b[^>]*>/gi);
  return (tags?.length ?? 0) >= 5;
}

/**
 * The inputs `input` stands for: the `.txt`, `.html` and `.htm` files of a directory (sorted, not
 * recursive), or `input` itself.
 */
export async function listInputs(input: string): Promise<string[]> {
  if (input === '-' || isUrl(input)) return [input];
  let isDir = false;
  try {
    isDir = (await stat(input)).isDirectory();
  } catch {
    return [input];
  }
  if (!isDir) return [input];
  let names: string[];
  try {
    names = await readdir(input);
  } catch (e) {
    throw new EntenteError('E103', `the directory cannot be listed (${(e as NodeJS.ErrnoException).code ?? 'error'})`, { input, cause: e });
  }
  return names
    .filter((n) => (ARTICLE_EXTENSIONS as readonly string[]).includes(extname(n).toLowerCase()) && !n.startsWith('.'))
    .sort()
    .map((n) => join(input, n));
}
