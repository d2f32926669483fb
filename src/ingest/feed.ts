/**
 * RSS and Atom feeds (@rowanmanning/feed-parser): each item becomes a raw article — its own content
 * when the feed carries the full text, otherwise a link to fetch (with the URL reader and its safety
 * rules), otherwise its summary. Parsing is pure; fetching is left to the caller.
 */
import { readFile } from 'node:fs/promises';
import { parseFeed } from '@rowanmanning/feed-parser';
import { EntenteError } from '../core/errors/errors.js';
import type { RawArticle, RawMeta } from './jsonl.js';

export interface FeedOptions {
  /** Fetch the linked page when the item carries only a summary (default true). */
  follow?: boolean;
  /** Characters of text (tags removed) from which an item's content counts as the full article (default 600). */
  fullTextChars?: number;
}

/** True when `text` is an RSS, RDF or Atom document (judged by its root element). */
export function looksLikeFeed(text: string): boolean {
  const head = text
    .slice(0, 4000)
    .replace(/<\?xml[^>]*\?>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<!DOCTYPE[^>]*>/gi, '')
    .trimStart();
  return /^<(rss|feed|rdf:RDF)[\s>]/i.test(head);
}

function textLength(html: string): number {
  return html.replace(/<[^>]*>/g, ' ').replace(/&[a-z#0-9]+;/gi, ' ').replace(/\s+/g, ' ').trim().length;
}

/** The items of a feed document as raw articles; `input` names the feed (file or URL). */
export function parseFeedItems(xml: string, input: string, options: FeedOptions = {}): RawArticle[] {
  let feed: ReturnType<typeof parseFeed>;
  try {
    feed = parseFeed(xml);
  } catch (e) {
    throw new EntenteError('E110', `the feed cannot be parsed: ${(e as Error).message}`, { input, cause: e });
  }
  const follow = options.follow ?? true;
  const full = options.fullTextChars ?? 600;
  return feed.items.map((item, i): RawArticle => {
    const url = item.url ?? null;
    const name = url ?? `${input}#${i + 1}`;
    const meta: RawMeta = {
      title: item.title ?? null,
      url,
      published: (item.published ?? item.updated)?.toISOString() ?? null,
      authors: item.authors.map((a) => a.name).filter((n): n is string => !!n),
      description: item.description ?? null,
    };
    const content = item.content ?? null;
    if (content && textLength(content) >= full) return { input: name, kind: 'html', body: content, meta, sourceKind: 'feed' };
    if (url && follow) return { input: name, kind: 'link', url, meta, sourceKind: 'feed' };
    const summary = content ?? item.description ?? null;
    if (summary && textLength(summary) > 0) return { input: name, kind: 'html', body: summary, meta, sourceKind: 'feed' };
    return { input: name, kind: 'invalid', error: new EntenteError('E109', 'the feed item has no content, summary or link', { input: name }) };
  });
}

/** The items of the feed file at `path`. */
export async function readFeedFile(path: string, options: FeedOptions = {}): Promise<RawArticle[]> {
  let xml: string;
  try {
    xml = await readFile(path, 'utf8');
  } catch (e) {
    throw new EntenteError('E103', `cannot read the feed: ${(e as Error).message}`, { input: path, cause: e });
  }
  return parseFeedItems(xml, path, options);
}
