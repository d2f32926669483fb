/**
 * The plain-text reader: a page as text (a scrape, a wire story, a press release) → an
 * {@link Article} with clean body text, metadata and a map back to the source.
 *
 * The page is cut into units (lines or paragraphs) and each is judged by its shape, its words and
 * where it stands: the header (before the first paragraph of prose: masthead, menus, labels,
 * headline, byline, date line, standfirst), the body, and the tail (after the last paragraph of
 * prose: credits, notices, lists of other stories, comments, contacts). Furniture is dropped,
 * metadata lines become metadata, section headings stay as heading blocks, paragraphs stay as
 * paragraph blocks. Nothing here is keyed to a site or an article.
 */
import type { Article, ArticleMeta, SourceKind } from './article.js';
import { agencyNamed, parseByline } from './byline.js';
import { isCopyrightLine, parseCopyright, parseReprintCredit, repairUrl, sourceLineReader, tailStart, trailingCredit } from './credits.js';
import { parseDateline } from './dateline.js';
import { furnitureTests, type FurnitureTests } from './furniture.js';
import { foldLine, isHeadingShaped, isNameShaped, labelOf, wordCount } from './line-shape.js';
import { readHeaderLines } from './header-lines.js';
import { readMasthead } from './masthead.js';
import { assembleBlocks, type BlockDraft } from './mapped-text.js';
import { dateLine, isStampLine } from './meta-dates.js';
import { cutClosing, dropMenuRuns, dropRepeats, dropStoryLists } from './page-blocks.js';
import { metaFromEvidence, noEvidence, type PageEvidence } from './page-evidence.js';
import { isLive, isProseItem, isReaderProse as isProse, shapeOf, type Item } from './page-items.js';
import { DEFAULT_READER_LEXICON, type ReaderLexicon } from './reader-lexicon.js';
import { textUnits } from './text-units.js';
import { pickTitle } from './title-pick.js';
import { detectLanguage } from '../lang/detect-language.js';
import { EntenteError } from '../errors/errors.js';

/** Options of {@link readText}. */
export interface ReadTextOptions {
  /** Where the text was read from (file path, URL, `-`); becomes `meta.source` and names the input in errors. */
  name?: string;
  sourceKind?: SourceKind;
  /** Metadata already known (from HTML tags or a feed item); the page's own evidence fills the gaps. */
  meta?: Partial<ArticleMeta>;
  /** The site's name when the caller knows it (`og:site_name`): the publisher when nothing credits another. */
  siteName?: string | null;
  /** A page title that may hold the headline among other words (an HTML `<title>`): confirms a headline, never imposes one. */
  titleHint?: string | null;
  lexicon?: ReaderLexicon;
}

/** The header (labels, headline, byline, standfirst) is looked for among the first units only. */
const HEADER_MAX = 40;

/** Reads a plain-text page. Throws E100 when it is empty and E109 when nothing of it is article text. */
export function readText(raw: string, options: ReadTextOptions = {}): Article {
  const input = options.name;
  if (!/[^\s\uFEFF\u200B]/.test(raw)) throw new EntenteError('E100', 'the input is empty; give a file or page with article text', { input });
  const lex = options.lexicon ?? DEFAULT_READER_LEXICON;
  const furniture = furnitureTests(lex);
  const ev = noEvidence();
  const items: Item[] = textUnits(raw).map((body) => ({ body, role: null }));
  const live = () => items.filter(isLive);

  // 1. Lines that are credits, notices or furniture wherever they stand.
  readCreditLines(items, lex, furniture, ev);
  // Banners and labels above the article may be shaped like a sentence ("Make a donation today!").
  const top = live().slice(0, HEADER_MAX);
  for (let i = 0; i < top.length; i++) {
    const line = top[i].body.text;
    if (furniture.isFurniture(line, 'header') && (!isProse(line) || wordCount(line) <= 14)) top[i].role = 'drop';
    else if (furniture.isTicker(line) && hasHeadlineBelow(top.slice(i + 1))) top[i].role = 'drop';
    else if (isProse(line)) break;
  }
  // 2. The page's closing matter: from an end marker, comments, an About box or contacts to the end.
  cutClosing(items, furniture, ev);
  // 3. The header: bylines and date lines; the masthead, menus and lists of other stories; the headline.
  readHeaderLines(items, lex, ev);
  readMasthead(items, lex, furniture, ev, options.titleHint ?? null);
  dropStoryLists(items, furniture, ev);
  dropMenuRuns(items, lex, furniture);
  // The header: every unit above the first paragraph of prose (within the first HEADER_MAX live ones).
  const now = live();
  const firstAt = now.findIndex((it) => isProseItem(it));
  const headerEnd = firstAt >= 0 && firstAt < HEADER_MAX ? items.indexOf(now[firstAt]) : now.length > HEADER_MAX ? items.indexOf(now[HEADER_MAX]) : items.length;
  const header = items.slice(0, headerEnd);
  for (const it of header) if (it.role === null && furniture.isFurniture(it.body.text, 'header')) it.role = 'drop';
  const known = options.meta?.title ?? null;
  pickTitle(items, header, { known, hint: options.titleHint ?? null }, ev);
  dropRepeats(items, known ?? ev.title);

  // 4. The body: headings, the dateline, the closing credit and notices; the tail's furniture.
  readBody(items, lex, furniture, ev);

  const drafts: BlockDraft[] = items
    .filter((it) => it.role === 'paragraph' || it.role === 'heading')
    .map((it) => ({ kind: it.role === 'heading' ? 'heading' : 'paragraph', body: it.body }));
  ev.sections = drafts.filter((d) => d.kind === 'heading').map((d) => d.body.text);
  const { text, blocks, offsets } = assembleBlocks(drafts);
  if (!text) throw new EntenteError('E109', 'no article text found: every line looks like page furniture or metadata', { input });
  const meta = metaFromEvidence(ev, options.meta ?? {}, options.siteName ?? null);
  meta.language = detectLanguage(text).code ?? options.meta?.language ?? null;
  if (input !== undefined) meta.source = input;
  return { text, meta, blocks, offsets, sourceKind: options.sourceKind ?? 'text' };
}

/** True when a headline-shaped line stands in `units` before the first paragraph of prose. */
function hasHeadlineBelow(units: readonly Item[]): boolean {
  for (const it of units) {
    if (isProseItem(it)) return false;
    if (shapeOf(it).headline && wordCount(it.body.text) >= 4) return true;
  }
  return false;
}

/** Step 1: source lines, copyright and reprint notices, the site's newsletter box, bare URLs, and furniture lines. */
function readCreditLines(items: Item[], lex: ReaderLexicon, furniture: FurnitureTests, ev: PageEvidence): void {
  const parseSourceLine = sourceLineReader(lex);
  for (const it of items) {
    const line = it.body.text;
    const words = wordCount(line);
    const site = words <= 12 ? furniture.siteName(line) : null;
    const source = words <= 30 ? parseSourceLine(line) : null;
    const reprintOf = words <= 45 ? parseReprintCredit(line) : null;
    if (source) {
      ev.sourceUrl ??= source.url;
      ev.sourceName ??= source.name;
      if (source.date) ev.headerDates.push(source.date);
      it.role = 'meta';
    } else if (isStampLine(line)) {
      // "Published: …", "Updated: …": the page's time stamps, wherever they stand.
      const d = dateLine(line);
      if (d) (/\b(?:published|posted)\b/i.test(line) || !/\b(?:updated|modified)\b/i.test(line) ? ev.headerDates : ev.updatedDates).push(d);
      it.role = 'meta';
      it.mark = 'byline';
    } else if (reprintOf) {
      ev.reprintOf ??= reprintOf;
      ev.reprint = true;
      it.role = 'meta';
    } else if (words <= 60 && isCopyrightLine(line)) {
      const c = parseCopyright(line);
      if (ev.copyrightHolder === null) ev.copyrightReprint = c.reprint;
      ev.copyrightHolder ??= c.holder;
      ev.permissionOf ??= c.permissionOf;
      ev.reprint ||= c.reprint;
      it.role = 'meta';
    } else if (site) {
      ev.siteName ??= site;
      it.role = 'drop';
    } else if (furniture.isNavLine(line) && !furniture.isShareLine(line)) {
      // A menu or breadcrumb is the site's structure: the headline stands below it.
      it.role = 'drop';
      it.mark = 'barrier';
    } else if (furniture.isFurniture(line, 'any')) it.role = 'drop';
    else if (repairUrl(line) !== null && !/\s\p{L}{2,}\s\p{L}{2,}/u.test(line.slice(repairUrl(line)!.length))) {
      ev.sourceUrl ??= repairUrl(line);
      it.role = 'meta';
    }
  }
}

/** Step 4: roles of the units left: headings, paragraphs, the tail's furniture and credits. */
function readBody(items: Item[], lex: ReaderLexicon, furniture: FurnitureTests, ev: PageEvidence): void {
  const kept = items.filter(isLive);
  let lastIndex = -1;
  kept.forEach((it, i) => {
    if (it.role !== 'title' && isProseItem(it)) lastIndex = i;
  });
  if (lastIndex < 0) lastIndex = kept.length - 1;
  const authors = ev.authors.map(foldLine);
  kept.forEach((it, i) => {
    if (it.role !== null) return;
    const text = it.body.text;
    const tail = i > lastIndex;
    const agency = tail ? agencyNamed(labelOf(text).replace(/[()]/g, ''), lex.agencies) : null;
    const byline = tail && !ev.authors.length && /^(?:posted|written|published|filed|reported|by)\b/i.test(text) ? parseByline(text, lex.agencies, lex.bylineJobWords) : null;
    // Only the page's last lines: dates further down a tail may belong to lists of other stories.
    const closingDate = tail && i >= kept.length - 3 ? dateLine(text) : null;
    if (closingDate && closingDate.year !== null) ev.closingDates.push(closingDate);
    if (agency) {
      // A closing line that only names an agency ("— Reuters", "AFP") is its credit.
      ev.wireCredits.push(agency);
      it.role = 'meta';
    } else if (byline?.authors.length) {
      // A byline under the article, as blogs print it ("Posted by Jane Doe at 10:15 AM").
      ev.authors.push(...byline.authors);
      if (byline.date) ev.headerDates.push(byline.date);
      it.role = 'meta';
    } else if (furniture.isFurniture(text, tail ? 'tail' : 'body')) it.role = 'drop';
    else if (tail && isTailLabel(text, kept[i + 1]?.body.text ?? null, authors)) it.role = 'drop';
    else if (i < lastIndex && kept[i - 1] && isHeadingShaped(text) && opensText(kept[i + 1].body.text)) it.role = 'heading';
    else it.role = 'paragraph';
  });
  const first = kept.find((it) => it.role === 'paragraph' && isProseItem(it));
  if (first) readDateline(first, ev, lex);
  trimClosing(items, ev, lex);
}

/** What may follow a heading: prose, a line announcing a list, a list item, a question or answer. */
function opensText(line: string): boolean {
  return isProse(line) || (/:$/.test(line) && wordCount(line) >= 3) || /^(?:[-•*–]|\d{1,2}[.)]|[QA]\s*:)\s*\S/.test(line);
}

/**
 * A short line after the article that is not text: a capitalised label ("Print Edition"), an
 * author's name with an affiliation. A place above a date line is a sign-off and stays.
 */
function isTailLabel(line: string, next: string | null, authors: readonly string[]): boolean {
  const f = foldLine(line);
  if (authors.some((a) => a && (f === a || f.startsWith(`${a} `)))) return wordCount(line) <= 20 && !isProse(line);
  if (next !== null && dateLine(next)) return false;
  return wordCount(line) <= 5 && !/\d/.test(line) && !/^["“‘'«\-•*–]/.test(line) && isNameShaped(line, 5);
}

/** Removes the dateline opening the first paragraph and records what it says. */
function readDateline(first: Item, ev: PageEvidence, lex: ReaderLexicon): void {
  const d = parseDateline(first.body.text, lex.agencies);
  if (!d) return;
  ev.datelinePlace = d.place;
  ev.datelineDate = d.date;
  ev.wireCredits.push(...d.credits);
  first.body = first.body.slice(d.end).trim();
}

const AUTHOR_BIO = /^\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3} (?:is|was|has been) (?:a|an|the)\b.{0,160}\b(?:columnist|correspondent|reporter|writer|editor|contributor|journalist|author|fellow|host|producer|professor|lecturer|researcher|analyst|director|adviser|advisor)\b/u;

/** Removes biographies, notes, reprint credits, copyright and wire tails and the closing wire credit from the last paragraphs. */
function trimClosing(items: Item[], ev: PageEvidence, lex: ReaderLexicon): void {
  for (let k = 0; k < 4; k++) {
    const lastPara = [...items].reverse().find((it) => it.role === 'paragraph');
    if (!lastPara) return;
    // An author's biography or an editor's note closing the page is not article text, nor a note in brackets.
    const last = lastPara.body.text;
    if (AUTHOR_BIO.test(last) || /^editor[’'`]?s[’']? note\b/i.test(last) || (/^\([^()]*\)$|^\[[^\[\]]*\]$/.test(last) && wordCount(last) <= 40)) {
      lastPara.role = 'drop';
      continue;
    }
    let body = lastPara.body;
    // A reprint credit closing the last paragraph ("… This analysis was first published by X.").
    const credit = /(?:^|[.!?]["”’]?\s+)((?:This|The post|Originally|First|Republished|Reprinted|Courtesy)\b[^]*)$/.exec(body.text);
    const reprintOf = credit ? parseReprintCredit(credit[1]) : null;
    if (credit && reprintOf) {
      ev.reprintOf ??= reprintOf;
      ev.reprint = true;
      body = body.slice(0, credit.index + credit[0].length - credit[1].length).trim();
    }
    const tail = tailStart(body.text, lex);
    if (tail.copyright) {
      const c = parseCopyright(tail.copyright);
      ev.copyrightHolder ??= c.holder;
      ev.reprint ||= c.reprint;
    }
    body = body.slice(0, tail.start).trim();
    const wire = trailingCredit(body.text, lex);
    if (wire) {
      ev.wireCredits.push(wire.credit);
      body = body.slice(0, wire.start).trim();
    }
    lastPara.body = body;
    if (body.length) return;
    lastPara.role = 'drop';
  }
}
