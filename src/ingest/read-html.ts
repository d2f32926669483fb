/**
 * The HTML reader: a page → an {@link Article}. linkedom parses (it tolerates any markup), the
 * page's metadata is read from its tags and structured data, Mozilla Readability finds the main
 * text, and the paragraphs it keeps go through the plain-text reader, which drops the furniture
 * Readability lets through and reads bylines, datelines and credits. The offset map points into the
 * raw HTML: each paragraph is found again in the page's visible text.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { Article, SourceKind } from '../core/article/article.js';
import { runsOf } from '../core/article/mapped-text.js';
import { OffsetMap } from '../core/article/offset-map.js';
import type { ReaderLexicon } from '../core/article/reader-lexicon.js';
import { readText } from '../core/article/read-text.js';
import { EntenteError } from '../core/errors/errors.js';
import { htmlMeta, type HtmlMeta } from './html-meta.js';
import { alignParagraphs, visibleText } from './html-text-stream.js';

/** Options of {@link readHtml}. */
export interface ReadHtmlOptions {
  /** Names the input in errors and in `meta.source`. */
  name?: string;
  sourceKind?: SourceKind;
  /** The address the page was fetched from (after redirects). */
  pageUrl?: string | null;
  lexicon?: ReaderLexicon;
}

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'nav', 'aside', 'footer', 'form', 'button', 'iframe', 'figure', 'figcaption', 'select', 'menu', 'dialog']);
const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'pre', 'blockquote', 'dd', 'dt', 'td', 'th', 'div', 'section', 'article', 'main', 'header', 'ul', 'ol', 'dl', 'table', 'tbody', 'thead', 'tr', 'body', 'center']);

/** Reads an HTML page. Malformed markup is read as well as it can be; E100/E109 when it holds no text. */
export function readHtml(html: string, options: ReadHtmlOptions = {}): Article {
  const input = options.name;
  if (!/\S/.test(html)) throw new EntenteError('E100', 'the page is empty', { input });
  let doc: Document | null = null;
  try {
    doc = parseHTML(html).document as unknown as Document;
  } catch {
    doc = null;
  }
  let meta: HtmlMeta = { known: {}, siteName: null };
  let paragraphs: string[] = [];
  if (doc) {
    try {
      meta = htmlMeta(doc);
    } catch {
      // Metadata is a bonus: a page whose head cannot be read still has a body.
    }
    paragraphs = mainText(doc, html);
  }
  if (paragraphs.join('').length < 40) paragraphs = strippedParagraphs(html);
  const inter = paragraphs.join('\n\n');
  if (!/\S/.test(inter)) throw new EntenteError('E109', 'the page has no article text', { input });

  const known = { ...meta.known, pageUrl: options.pageUrl ?? null };
  const article = readText(inter, { name: input, sourceKind: options.sourceKind ?? 'html', meta: known, siteName: meta.siteName, lexicon: options.lexicon });
  if (!article.meta.pageUrl) delete article.meta.pageUrl;

  // Clean text → intermediate paragraphs (readText's map) → raw HTML (alignment in the visible text).
  const namedCache = new Map<string, string | null>();
  const decodeNamed = (name: string) => {
    if (!namedCache.has(name)) namedCache.set(name, decodeEntity(name));
    return namedCache.get(name) ?? null;
  };
  const interToRaw = alignParagraphs(inter, visibleText(html, decodeNamed));
  const src = new Int32Array(article.text.length).fill(-1);
  for (const r of article.offsets.runs()) {
    for (let k = 0; k < r.length; k++) src[r.start + k] = interToRaw[r.sourceStart + k] ?? -1;
  }
  return { ...article, offsets: new OffsetMap(runsOf(src)) };
}

/** The paragraphs of the main text: Readability's choice, or every block of the body when it finds none. */
function mainText(doc: Document, html: string): string[] {
  let root: Node | null = null;
  try {
    // Readability rewrites the tree it reads; the metadata was read before.
    const result = new Readability<Node>(doc, { serializer: (n) => n, charThreshold: 200 }).parse();
    root = result?.content ?? null;
  } catch {
    root = null;
  }
  const fromReadability = root ? blocksOf(root) : [];
  if (fromReadability.join(' ').length >= 200) return fromReadability;
  // Readability has rewritten `doc`; read the body of a fresh parse.
  const fresh = parseHTML(html).document as unknown as Document;
  const body = fresh.body ?? fresh.documentElement;
  const fromBody = body ? blocksOf(body) : [];
  return fromBody.join(' ').length > fromReadability.join(' ').length ? fromBody : fromReadability;
}

/** Texts of the block elements under `root`, in document order. */
function blocksOf(root: Node): string[] {
  const out: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.tagName.toLowerCase();
    if (SKIP.has(tag)) return;
    const childBlocks = Array.from(el.children).some((c) => BLOCKS.has(c.tagName.toLowerCase()) || SKIP.has(c.tagName.toLowerCase()));
    if (childBlocks) {
      // Text directly inside a container, between its blocks, is a paragraph of its own.
      let loose = '';
      for (const child of Array.from(el.childNodes)) {
        if (child.nodeType === 3) loose += child.textContent ?? '';
        else if (child.nodeType === 1 && !BLOCKS.has((child as Element).tagName.toLowerCase()) && !SKIP.has((child as Element).tagName.toLowerCase())) {
          loose += child.textContent ?? '';
        } else {
          push(loose);
          loose = '';
          walk(child);
        }
      }
      push(loose);
    } else push(el.textContent ?? '');
  };
  const push = (t: string) => {
    const s = t.replace(/\s+/g, ' ').trim();
    if (s) out.push(s);
  };
  walk(root);
  return out;
}

/** Paragraphs of markup the parser could not read: tags stripped, block tags as paragraph breaks. */
function strippedParagraphs(html: string): string[] {
  const text = html
    .replace(/<(script|style|noscript|template)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<\/?(?:p|div|h[1-6]|li|br|tr|section|article|blockquote|pre)\b[^>]*>/gi, '\n\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Math.min(+d, 0x10ffff)));
  return text.split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

function decodeEntity(name: string): string | null {
  try {
    const t = parseHTML(`<p>&${name};</p>`).document.querySelector('p')?.textContent ?? null;
    return t && t !== `&${name};` ? t : null;
  } catch {
    return null;
  }
}
