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

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'nav', 'aside', 'footer', 'form', 'button', 'iframe', 'figure', 'figcaption', 'select', 'menu', 'dialog', 'input', 'textarea', 'label']);
// Class or id names of page furniture: a name made of a furniture word and, optionally, words for a container
// ("share-tools", "newsletter-signup", "most-read", "related-stories", "cookie-consent", "comments-title").
const FURNITURE_CORE = String.raw`(?:share|sharing|social|newsletter|subscribe|subscription|signup|related|recirc|recommended|most-?read|most-?viewed|most-?popular|popular|trending|comments?|respond|disqus|breadcrumbs?|cookies?|consent|gdpr|promo|advert|adverts|ads?|sponsored|outbrain|taboola|more-from|read-more|read-next|tags?|tag-list|author-bio|newsletter-box|ticker|skip-link|screen-reader-text|sr-only)`;
const FURNITURE_CLASS = new RegExp(String.raw`^(?:[\w]+[-_])?${FURNITURE_CORE}(?:[-_](?:bar|box|block|links?|list|tools|buttons?|container|wrapper|section|widget|area|module|banner|signup|form|rail|panel|nav|title|heading|header|items?|stories|articles|posts|content|consent|notice|popup|modal|overlay|strip|row|col|inner|outer|top|bottom))*$`, 'i');
const FURNITURE_ROLES = new Set(['navigation', 'complementary', 'contentinfo', 'dialog', 'alertdialog', 'search']);
/** Blocks of the page kept above the main text for their headline, byline and date lines. */
const HEAD_BLOCKS = 15;
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
  const article = readText(inter, {
    name: input, sourceKind: options.sourceKind ?? 'html', meta: known, siteName: meta.siteName, titleHint: meta.titleHint ?? null, lexicon: options.lexicon,
  });
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

/**
 * The paragraphs of the main text: Readability's choice, under the blocks of the page that stand
 * just above it (Readability often leaves out the headline, byline and date line, which the
 * plain-text reader reads and sorts from the furniture); every block of the body when it finds none.
 */
function mainText(doc: Document, html: string): string[] {
  let root: Node | null = null;
  removeFurniture(doc);
  try {
    // Readability rewrites the tree it reads; the metadata was read before. Classes are kept to recognise furniture boxes.
    const result = new Readability<Node>(doc, { serializer: (n) => n, charThreshold: 200, keepClasses: true }).parse();
    root = result?.content ?? null;
  } catch {
    root = null;
  }
  const fromReadability = root ? blocksOf(root) : [];
  // Readability has rewritten `doc`; read the body of a fresh parse.
  const fresh = parseHTML(html).document as unknown as Document;
  const body = fresh.body ?? fresh.documentElement;
  const fromBody = body ? blocksOf(body) : [];
  if (fromReadability.join(' ').length >= 200) {
    const at = fromBody.indexOf(fromReadability[0]);
    return at > 0 ? [...fromBody.slice(Math.max(0, at - HEAD_BLOCKS), at), ...fromReadability] : fromReadability;
  }
  return fromBody.join(' ').length > fromReadability.join(' ').length ? fromBody : fromReadability;
}

/**
 * Removes the boxes the markup names as furniture before Readability reads the page (it rewrites
 * boxes and drops their class names). A box that holds most of the page's text is kept whatever its
 * name: a page whose whole article sits in a "comments" wrapper is mislabelled, not furniture.
 */
function removeFurniture(doc: Document): void {
  const body = doc.body;
  if (!body) return;
  const total = (body.textContent ?? '').length;
  const found: Element[] = [];
  const walk = (el: Element) => {
    for (const child of Array.from(el.children)) {
      const tag = child.tagName.toLowerCase();
      if (tag !== 'article' && tag !== 'main' && isFurnitureElement(child)) found.push(child);
      else walk(child);
    }
  };
  walk(body);
  for (const el of found) if ((el.textContent ?? '').length < 0.5 * total) el.remove();
}

/** True for an element that holds page furniture by its markup: hidden, a navigation or complementary role, or a furniture class or id. */
function isFurnitureElement(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const role = el.getAttribute('role');
  if (role && FURNITURE_ROLES.has(role.toLowerCase())) return true;
  const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.split(/\s+/).filter(Boolean);
  return names.some((n) => FURNITURE_CLASS.test(n));
}

/** Texts of the block elements under `root`, in document order. */
function blocksOf(root: Node): string[] {
  const out: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.tagName.toLowerCase();
    if (SKIP.has(tag) || (tag !== 'body' && tag !== 'article' && tag !== 'main' && isFurnitureElement(el))) return;
    const childBlocks = Array.from(el.children).some((c) => BLOCKS.has(c.tagName.toLowerCase()) || SKIP.has(c.tagName.toLowerCase()));
    if (childBlocks) {
      // Text directly inside a container, between its blocks, is a paragraph of its own.
      let loose = '';
      for (const child of Array.from(el.childNodes)) {
        if (child.nodeType === 3) loose += child.textContent ?? '';
        else if (child.nodeType === 1 && !BLOCKS.has((child as Element).tagName.toLowerCase()) && !SKIP.has((child as Element).tagName.toLowerCase())) {
          loose += inlineText(child);
        } else {
          push(loose);
          loose = '';
          walk(child);
        }
      }
      push(loose);
    } else push(inlineText(el));
  };
  // A line break separates lines of their own: a menu of links, a title above its date, paragraphs of old pages.
  const push = (t: string) => {
    for (const line of t.split('\n')) {
      const s = line.replace(/\s+/g, ' ').trim();
      if (s) out.push(s);
    }
  };
  walk(root);
  return out;
}

/** The text of an inline subtree, a line break where it has a `<br>`. */
function inlineText(node: Node): string {
  if (node.nodeType === 3) return node.textContent ?? '';
  if (node.nodeType !== 1) return '';
  const el = node as Element;
  const tag = el.tagName.toLowerCase();
  if (tag === 'br') return '\n';
  if (SKIP.has(tag)) return '';
  if (!el.getElementsByTagName('br').length) return el.textContent ?? '';
  return Array.from(el.childNodes).map(inlineText).join('');
}

/** Paragraphs of markup the parser could not read: tags stripped, block tags as paragraph breaks. */
function strippedParagraphs(html: string): string[] {
  const text = html
    .replace(/<(script|style|noscript|template|head|title)\b[\s\S]*?<\/\1\s*>/gi, ' ')
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
