/**
 * Metadata of an HTML page: JSON-LD (`NewsArticle` and kin: headline, author(s), datePublished,
 * publisher), Open Graph and `article:` meta tags, Dublin Core and common date tags, `<time
 * datetime>`, byline elements, the canonical link and `<html lang>`. Structured data first, then
 * meta tags, then the visible page.
 */
import type { ArticleMeta } from '../core/article/article.js';
import { isPersonName, parseByline } from '../core/article/byline.js';
import { findDate, isoDay } from '../core/article/meta-dates.js';
import { DEFAULT_READER_LEXICON } from '../core/article/reader-lexicon.js';

/** What the page's markup says, before the text is read. */
export interface HtmlMeta {
  readonly known: Partial<ArticleMeta>;
  /** `og:site_name`, the JSON-LD publisher or the name a `<title>` appends to the headline: the site, which may not be the original publisher. */
  readonly siteName: string | null;
  /** The `<title>` when nothing better names the headline: it may hold the headline, the site's name, or both. */
  readonly titleHint?: string | null;
}

type Json = Record<string, unknown>;
const ARTICLE_TYPES = /^(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|BlogPosting|Report|ScholarlyArticle|LiveBlogPosting|WebPage)$/;

/** Reads the metadata of a parsed page. */
export function htmlMeta(doc: Document): HtmlMeta {
  const ld = jsonLdArticle(doc);
  const tags = metaTags(doc);
  const tag = (...names: string[]) => names.map((n) => tags.get(n.toLowerCase())).find((v) => v !== undefined) ?? null;
  const titleTag = text(doc.querySelector('title'));
  const h1 = text(doc.querySelector('h1'));
  const rawTitle = tag('og:title', 'twitter:title') ?? str(ld?.headline) ?? h1;
  // "Headline | Site": the name after the headline is the site's when nothing else names it.
  const siteName = tag('og:site_name', 'application-name') ?? nameOf(ld?.publisher) ?? (rawTitle && titleTag ? siteSuffix(titleTag, rawTitle) : null);
  const title = rawTitle ? stripSiteSuffix(rawTitle, siteName) : null;

  let authors = names(ld?.author);
  if (!authors.length) authors = splitAuthors(tag('author', 'article:author', 'byl', 'dc.creator', 'parsely-author', 'sailthru.author'));
  if (!authors.length) {
    const el = doc.querySelector('[rel="author"], [itemprop="author"] [itemprop="name"], [itemprop="author"], .byline__name, .author-name, .byline, .author');
    const line = text(el);
    // A byline element often carries the date and the outlet too: read it as a byline.
    authors = line ? parseByline(/^by\b/i.test(line) ? line : `By ${line}`, DEFAULT_READER_LEXICON.agencies)?.authors ?? splitAuthors(line).filter(isPersonName) : [];
  }

  const timeEl = doc.querySelector('article time[datetime], header time[datetime], time[datetime]');
  const published = normaliseDate(
    str(ld?.datePublished) ??
      tag('article:published_time', 'og:article:published_time', 'datePublished', 'date', 'pubdate', 'publishdate', 'publish-date',
        'dc.date', 'dc.date.issued', 'dcterms.created', 'sailthru.date', 'parsely-pub-date', 'article.published') ??
      timeEl?.getAttribute('datetime') ?? null,
  );
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null;
  const url = tag('og:url') ?? canonical ?? urlOf(ld?.url) ?? urlOf(ld?.mainEntityOfPage);
  const description = tag('og:description', 'description', 'twitter:description') ?? str(ld?.description);
  const lang = doc.documentElement?.getAttribute('lang') ?? str(ld?.inLanguage);

  const known: Partial<ArticleMeta> = {};
  if (title) known.title = title;
  if (authors.length) known.authors = authors;
  if (published) known.published = published;
  if (url && /^https?:\/\//i.test(url)) known.url = url;
  if (description) known.description = description;
  if (lang) known.language = lang.slice(0, 2).toLowerCase();
  return { known, siteName, titleHint: rawTitle ? null : titleTag };
}

/** The site's name a `<title>` appends to the headline ("Headline | Site" → "Site"), or null. */
function siteSuffix(titleTag: string, headline: string): string | null {
  const m = /^(.{8,}?)\s+[|\-–—:·]\s+([^|\-–—]{2,60})$/.exec(titleTag.replace(/\s+/g, ' ').trim());
  const fold = (x: string) => x.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return m && fold(m[1]) === fold(headline) ? m[2].trim() : null;
}

/** The `<meta>` contents of a page by lower-cased property, name or itemprop (first non-empty wins). */
function metaTags(doc: Document): Map<string, string> {
  const out = new Map<string, string>();
  for (const el of Array.from(doc.querySelectorAll('meta'))) {
    const v = el.getAttribute('content')?.trim();
    if (!v) continue;
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = el.getAttribute(attr)?.toLowerCase();
      if (key && !out.has(key)) out.set(key, v);
    }
  }
  return out;
}

/** The first JSON-LD object of an article type (arrays and `@graph` flattened); malformed blocks skipped. */
function jsonLdArticle(doc: Document): Json | null {
  const all: Json[] = [];
  const visit = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') {
      all.push(v as Json);
      if ('@graph' in v) visit((v as Json)['@graph']);
    }
  };
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse(s.textContent ?? ''));
    } catch {
      // A broken JSON-LD block is common and says nothing; the meta tags still count.
    }
  }
  const typed = (o: Json) => [o['@type']].flat().some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t));
  return all.find((o) => typed(o) && o['@type'] !== 'WebPage') ?? all.find(typed) ?? null;
}

function str(v: unknown): string | null {
  return typeof v === 'string' && v.trim() ? v.trim() : null;
}

function text(el: Element | null): string | null {
  const t = el?.textContent?.replace(/\s+/g, ' ').trim();
  return t ? t : null;
}

function nameOf(v: unknown): string | null {
  if (typeof v === 'string') return str(v);
  if (Array.isArray(v)) return nameOf(v[0]);
  if (v && typeof v === 'object') return str((v as Json).name);
  return null;
}

function names(v: unknown): string[] {
  const list = Array.isArray(v) ? v : v ? [v] : [];
  return list.flatMap((a) => splitAuthors(nameOf(a))).filter((n) => !/^https?:/i.test(n));
}

function urlOf(v: unknown): string | null {
  if (typeof v === 'string') return str(v);
  if (v && typeof v === 'object') return str((v as Json)['@id']) ?? str((v as Json).url);
  return null;
}

/** "By Jane Doe and John Roe" → ["Jane Doe", "John Roe"]; URLs and empty parts dropped. */
export function splitAuthors(s: string | null): string[] {
  if (!s || /^https?:\/\//i.test(s)) return [];
  return s
    .replace(/^\s*(?:by|written by|words by)\s+/i, '')
    .split(/\s*(?:,|;|\||&|\band\b)\s*/i)
    .map((p) => p.trim())
    .filter((p) => p && p.length <= 60 && !/^https?:/i.test(p));
}

/** "Headline | Site" or "Headline - Site" → "Headline" when the suffix is the site's name. */
export function stripSiteSuffix(title: string, site: string | null): string {
  const t = title.replace(/\s+/g, ' ').trim();
  const m = /^(.{8,}?)\s+[|\-–—:·]\s+([^|\-–—]{2,60})$/.exec(t);
  if (m && site && m[2].trim().toLowerCase() === site.trim().toLowerCase()) return m[1].trim();
  return t;
}

/** An ISO date or timestamp kept as given; any other date text → `YYYY-MM-DD`; null when none. */
export function normaliseDate(s: string | null): string | null {
  if (!s) return null;
  const t = s.trim();
  if (/^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(t)) return t.replace(' ', 'T');
  return isoDay(findDate(t));
}
