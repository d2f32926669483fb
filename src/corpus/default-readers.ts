/**
 * The {@link Readers} an ingest uses by default: the project's article reader (byte decoding, plain
 * text and HTML, the safe URL fetcher with its timeouts, size caps, redirect limits and refusal of
 * private addresses) — the same rules `entente analyze` applies to a single input.
 */
import { readText } from '../core/article/read-text.js';
import { charsetOf, decodeBytes } from '../ingest/decode.js';
import { fetchUrl } from '../ingest/fetch-url.js';
import type { ReadOptions } from '../ingest/read-article.js';
import type { Readers } from './sources.js';

// The HTML side (linkedom, Readability) takes most of a second to load: loaded on first use, so an
// ingest of plain text or JSON Lines text starts at once.
const readArticleModule = () => import('../ingest/read-article.js');
const readHtmlModule = () => import('../ingest/read-html.js');

/** Reader limits: size cap, fetch deadline, private addresses (see `ReadOptions`). */
export type ReaderOptions = Pick<ReadOptions, 'maxBytes' | 'timeoutMs' | 'allowPrivate' | 'maxRedirects'>;

export function defaultReaders(options: ReaderOptions = {}): Readers {
  return {
    readLocation: async (location) => (await readArticleModule()).readArticle(location, options),
    readHtml: async (html, o) => (await readHtmlModule()).readHtml(html, { name: o.name, pageUrl: o.url }),
    readText: (text, o) => readText(text, { name: o.name }),
    async fetchText(url) {
      const { READ_DEFAULTS } = await readArticleModule();
      const got = await fetchUrl(url, {
        maxBytes: options.maxBytes ?? READ_DEFAULTS.maxBytes,
        timeoutMs: options.timeoutMs ?? READ_DEFAULTS.timeoutMs,
        maxRedirects: options.maxRedirects ?? READ_DEFAULTS.maxRedirects,
        allowPrivate: options.allowPrivate ?? false,
      });
      return decodeBytes(got.bytes, { input: url, declaredCharset: charsetOf(got.contentType), html: true }).text;
    },
  };
}
