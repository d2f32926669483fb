/**
 * The plain-text reader: a page as text (a scrape, a wire story, a press release) → an
 * {@link Article} with clean body text, metadata and a map back to the source.
 *
 * The page is cut into units (lines or paragraphs) and each is judged by its shape, its words and
 * where it stands: the header (before the first paragraph of prose: labels, headline, byline, date
 * line, standfirst), the body, and the tail (after the last paragraph of prose: credits, notices,
 * newsletter boxes). Furniture is dropped, metadata lines become metadata, section headings stay as
 * heading blocks, paragraphs stay as paragraph blocks. Nothing here is keyed to a site or an article.
 */
import type { Article, ArticleMeta, SourceKind } from './article.js';
import { agencyNamed, bareNames, parseByline } from './byline.js';
import { isCopyrightLine, parseCopyright, repairUrl, sourceLineReader, tailStart, trailingCredit } from './credits.js';
import { parseDateline } from './dateline.js';
import { furnitureTests } from './furniture.js';
import { foldLine, isHeadingShaped, isProse as isSentenceProse, isTitleCaseHeadline, isTitleShaped as isShapedLikeTitle, labelOf, wordCount } from './line-shape.js';
import { assembleBlocks, type BlockDraft, type MappedText } from './mapped-text.js';
import { dateLine } from './meta-dates.js';
import { metaFromEvidence, noEvidence, type PageEvidence } from './page-evidence.js';
import { DEFAULT_READER_LEXICON, type ReaderLexicon } from './reader-lexicon.js';
import { textUnits } from './text-units.js';
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
  lexicon?: ReaderLexicon;
}

// A headline in title case may end with a full stop; it is then not prose but a headline.
const isProse = (line: string) => isSentenceProse(line) && !isTitleCaseHeadline(line);
const isTitleShaped = (line: string) => isShapedLikeTitle(line) || isTitleCaseHeadline(line);

type Role = 'drop' | 'meta' | 'title' | 'paragraph' | 'heading';
/** The header (labels, headline, byline, standfirst) is looked for among the first units only. */
const HEADER_MAX = 40;
interface Item {
  body: MappedText;
  role: Role | null;
}

/** Reads a plain-text page. Throws E100 when it is empty and E109 when nothing of it is article text. */
export function readText(raw: string, options: ReadTextOptions = {}): Article {
  const input = options.name;
  if (!/[^\s\uFEFF\u200B]/.test(raw)) throw new EntenteError('E100', 'the input is empty; give a file or page with article text', { input });
  const lex = options.lexicon ?? DEFAULT_READER_LEXICON;
  const furniture = furnitureTests(lex);
  const parseSourceLine = sourceLineReader(lex);
  const ev = noEvidence();
  const items: Item[] = textUnits(raw).map((body) => ({ body, role: null }));

  // 1. Lines that are credits, notices or furniture wherever they stand.
  for (const it of items) {
    const line = it.body.text;
    const words = wordCount(line);
    const site = words <= 12 ? furniture.siteName(line) : null;
    const source = words <= 30 ? parseSourceLine(line) : null;
    if (source) {
      ev.sourceUrl ??= source.url;
      ev.sourceName ??= source.name;
      it.role = 'meta';
    } else if (words <= 60 && isCopyrightLine(line)) {
      const c = parseCopyright(line);
      ev.copyrightHolder ??= c.holder;
      ev.permissionOf ??= c.permissionOf;
      ev.reprint ||= c.reprint;
      it.role = 'meta';
    } else if (site) {
      ev.siteName ??= site;
      it.role = 'drop';
    } else if (furniture.isFurniture(line, 'body')) it.role = 'drop';
    else if (repairUrl(line) !== null && !/\s\p{L}{2,}\s\p{L}{2,}/u.test(line.slice(repairUrl(line)!.length))) {
      ev.sourceUrl ??= repairUrl(line);
      it.role = 'meta';
    }
  }
  const live = () => items.filter((it) => it.role !== 'drop' && it.role !== 'meta');
  // Banners and labels above the article may be shaped like a sentence ("Make a donation today!").
  for (const it of live().slice(0, HEADER_MAX)) {
    const line = it.body.text;
    if (furniture.isFurniture(line, 'header') && (!isProse(line) || wordCount(line) <= 14)) it.role = 'drop';
    else if (isProse(line)) break;
  }
  const prose = live().filter((it) => isProse(it.body.text));
  const first = prose[0] ?? null;
  const second = prose[1] ?? null;
  const last = prose[prose.length - 1] ?? null;

  // 2. The header: bylines and date lines, then the headline; labels before the headline go.
  const now = live();
  const firstAt = first ? now.indexOf(first) : now.length;
  const header = now.slice(0, Math.min(firstAt, HEADER_MAX));
  // Bylines and date lines stand above the body, or between a standfirst and the body.
  const beforeSecond = now.slice(0, Math.min(second ? now.indexOf(second) : firstAt + 1, HEADER_MAX));
  for (let i = 0; i < beforeSecond.length; i++) {
    const it = beforeSecond[i];
    if (it === first) continue;
    const byline = parseByline(it.body.text, lex.agencies);
    const date = byline ? null : dateLine(it.body.text);
    if (byline) {
      ev.authors.push(...byline.authors);
      ev.bylineCredits.push(...byline.credits);
      if (byline.date) ev.headerDates.push(byline.date);
      it.role = 'meta';
    } else if (date) {
      ev.headerDates.push(date);
      it.role = 'meta';
      // A bare name next to the date line is the byline ("Jane Doe in Moscow" / "Mon 5 Jun 2023").
      for (const near of [beforeSecond[i - 1], beforeSecond[i + 1]]) {
        const names = near && near.role === null && near !== beforeSecond[0] ? bareNames(near.body.text, lex.agencies) : null;
        if (names) {
          ev.authors.push(...names);
          near.role = 'meta';
          break;
        }
      }
    }
  }
  for (const it of header) if (it.role === null && furniture.isFurniture(it.body.text, 'header')) it.role = 'drop';
  pickTitle(items, header, options.meta?.title ?? null, ev);

  // 3. The body: headings, the dateline, the closing credit and notices; the tail's furniture.
  const kept = live();
  const lastIndex = last ? kept.indexOf(last) : kept.length - 1;
  kept.forEach((it, i) => {
    if (it.role !== null) return;
    const agency = i > lastIndex ? agencyNamed(labelOf(it.body.text).replace(/[()]/g, ''), lex.agencies) : null;
    if (agency) {
      // A closing line that only names an agency ("— Reuters", "AFP") is its credit.
      ev.wireCredits.push(agency);
      it.role = 'meta';
    } else if (i > lastIndex && furniture.isFurniture(it.body.text, 'tail')) it.role = 'drop';
    else if (i < lastIndex && kept[i - 1] && isHeadingShaped(it.body.text) && isProse(kept[i + 1].body.text)) it.role = 'heading';
    else it.role = 'paragraph';
  });
  if (first) readDateline(first, ev, lex);
  trimClosing(items, ev, lex);

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

/**
 * The headline: a line the page prints twice; else the first headline-shaped line of the header
 * (above the byline or date line, when there is one), skipping a section label above it — a short
 * line of capitalised words ("Arms Control (AC)") over a headline in title case. Header lines above
 * the headline are dropped; copies of it anywhere are dropped; a line between it and the byline is
 * the standfirst (kept as the first paragraph, and the description).
 */
function pickTitle(items: Item[], header: readonly Item[], known: string | null, ev: PageEvidence): void {
  const free = header.filter((it) => it.role === null);
  const firstMeta = header.findIndex((it) => it.role === 'meta');
  const beforeMeta = firstMeta < 0 ? free.slice(0, 2) : free.filter((it) => header.indexOf(it) < firstMeta);
  const candidates = beforeMeta.filter((it) => isTitleShaped(it.body.text));
  // Only lines about as long as a candidate can repeat it; the others are not folded.
  const longest = candidates.reduce((m, it) => Math.max(m, it.body.length), 0);
  const folds = items.filter((it) => it.role !== 'drop' && it.role !== 'meta' && it.body.length <= 2 * longest + 10).map((it) => foldLine(it.body.text));
  let title: Item | undefined;
  if (known) title = free.find((it) => foldLine(it.body.text) === foldLine(known));
  title ??= candidates.find((it) => folds.filter((f) => f === foldLine(it.body.text)).length > 1);
  if (!title && !known) {
    let k = 0;
    while (k + 1 < candidates.length && isLabelLike(candidates[k].body.text) && isTitleCase(candidates[k + 1].body.text)) k++;
    // Without a byline, only the page's first line (or the one under its label) can be the headline.
    if (candidates[k] && (firstMeta >= 0 || free.indexOf(candidates[k]) <= k)) title = candidates[k];
  }
  const titleText = known ?? title?.body.text ?? null;
  if (title) {
    for (const it of header) if (header.indexOf(it) < header.indexOf(title) && it.role === null) it.role = 'drop';
    title.role = 'title';
  }
  if (titleText) {
    const f = foldLine(titleText);
    for (const it of items) {
      if (it !== title && it.role !== 'meta' && it.body.length <= 2 * titleText.length + 10 && foldLine(it.body.text) === f) it.role = 'drop';
    }
  }
  ev.title = title ? title.body.text : null;
  const standfirst = title ? header.find((it) => header.indexOf(it) > header.indexOf(title!) && it.role === null) : undefined;
  if (standfirst && (firstMeta < 0 || header.indexOf(standfirst) < firstMeta)) ev.description = standfirst.body.text;
}

const MINOR = /^(?:of|and|the|in|on|for|to|a|an|at|by|&|de|la|und)$/i;

/** A section label: at most five words, every one capitalised (or a minor word), e.g. "Weapons of Mass Destruction (WMD)". */
function isLabelLike(s: string): boolean {
  const words = s.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  return words.length <= 5 && words.every((w) => MINOR.test(w) || /^[("'“]?\p{Lu}/u.test(w));
}

/** Most longer words capitalised: a headline in title case. */
function isTitleCase(s: string): boolean {
  const long = s.split(/\s+/).filter((w) => /\p{L}{4,}/u.test(w));
  return long.length > 0 && long.filter((w) => /^[("'“]?\p{Lu}/u.test(w)).length >= 0.7 * long.length;
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

const AUTHOR_BIO = /^\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3} (?:is|was|has been) (?:a|an|the)\b.{0,160}\b(?:columnist|correspondent|reporter|writer|editor|contributor|journalist|author|fellow|host|producer)\b/u;

/** Removes biographies, notes, copyright and wire tails and the closing wire credit from the last paragraphs. */
function trimClosing(items: Item[], ev: PageEvidence, lex: ReaderLexicon): void {
  for (let k = 0; k < 3; k++) {
    const lastPara = [...items].reverse().find((it) => it.role === 'paragraph');
    if (!lastPara) return;
    // An author's biography or an editor's note closing the page is not article text.
    if (AUTHOR_BIO.test(lastPara.body.text) || /^editor[’'`]?s[’']? note\b/i.test(lastPara.body.text)) {
      lastPara.role = 'drop';
      continue;
    }
    const tail = tailStart(lastPara.body.text, lex);
    if (tail.copyright) {
      const c = parseCopyright(tail.copyright);
      ev.copyrightHolder ??= c.holder;
      ev.reprint ||= c.reprint;
    }
    let body = lastPara.body.slice(0, tail.start).trim();
    const credit = trailingCredit(body.text, lex);
    if (credit) {
      ev.wireCredits.push(credit.credit);
      body = body.slice(0, credit.start).trim();
    }
    lastPara.body = body;
    if (body.length) return;
    lastPara.role = 'drop';
  }
}

