/**
 * Furniture that comes in blocks rather than lines: the page's closing matter (from an end marker,
 * a comment section, an "About <organisation>" box or a contact label to the end), lists of other
 * stories under a label ("Related stories", "Most read", "More from X"), menus printed one item a
 * line, and short lines the page prints more than once. Judged by shape and position only.
 */
import { aboutName, type FurnitureTests } from './furniture.js';
import { foldLine, isNameShaped, wordCount } from './line-shape.js';
import { dateLine } from './meta-dates.js';
import { dropAsBarrier, isLive, isProseItem, isReaderProse, shapeOf, type Item } from './page-items.js';
import type { PageEvidence } from './page-evidence.js';
import { parseByline } from './byline.js';
import type { ReaderLexicon } from './reader-lexicon.js';

/** Share of the article's prose that must stand above a closing label for it to close the page. */
const CLOSING_AFTER = 0.4;

/**
 * Drops everything from the first closing label (end marker, comment section, About box, contact
 * label) to the end of the page, once most of the prose stands above it; records the organisation
 * an About box names.
 */
export function cutClosing(items: Item[], furniture: FurnitureTests, ev: PageEvidence): void {
  const prose = items.map((it) => (isLive(it) && isProseItem(it) ? it.body.length : 0));
  const total = prose.reduce((a, b) => a + b, 0);
  let before = 0;
  for (let i = 0; i < items.length; i++) {
    const text = items[i].body.text;
    // Closing labels are often furniture lines themselves ("Leave a reply"): every unit but metadata counts.
    if (items[i].role !== 'meta' && before > 0 && before >= CLOSING_AFTER * total && furniture.isClosingLabel(text)) {
      const about = aboutName(text);
      if (about !== null && !aboutIsBox(about, text, items.slice(i + 1).filter(isLive))) {
        before += prose[i];
        continue;
      }
      for (const it of items.slice(i)) {
        // The first About box names the organisation that issued the page ("About X", or "X is an independent …").
        const org = it.role === 'meta' ? null : aboutName(it.body.text) ?? describedName(it.body.text);
        if (org !== null && /^\p{Lu}/u.test(org) && !/^(?:us|me)$/i.test(org)) ev.aboutOrg ??= org;
        if (it.role === null) it.role = 'drop';
      }
      return;
    }
    before += prose[i];
  }
}

/** The organisation a boilerplate description names ("Human Rights Lens is an independent organisation …"), or null. */
function describedName(line: string): string | null {
  const m = /^(?:the\s+)?(\p{Lu}[\p{L}&'’.-]*(?:\s+(?:(?:of|for|and|the|on|in)\s+)?\p{Lu}[\p{L}&'’.-]*){1,7})\s+(?:is|was|are)\s+(?:a|an|the)\b.{0,200}\b(?:organi[sz]ation|group|agency|institute|institution|foundation|network|coalition|alliance|association|charity|company|body|authority|ministry|centre|center|think tank|non-profit|nonprofit|ngo|publication|outlet|newspaper|broadcaster)\b/u.exec(line);
  return m && isNameShaped(m[1], 8) ? m[1] : null;
}

/** An "About X" line opens a box about X when X's description follows, or when only a few lines remain. */
function aboutIsBox(name: string, line: string, after: readonly Item[]): boolean {
  if (after.length <= 4 || /^the authors?$|^the writers?$/i.test(name)) return true;
  const f = foldLine(name);
  const next = foldLine(/:\s*\S/.test(line) ? line.slice(line.indexOf(':') + 1) : after[0].body.text);
  return next.startsWith(f) || next.startsWith(`the ${f}`);
}

const NUMBERED = /^\d{1,2}[.)]\s+\S/;

/**
 * Drops the labels of lists of other stories and the headlines listed under them. A list ends at
 * the first line that is not headline-shaped (a paragraph of the article), or above a byline or date
 * line (the line above one is this article's headline).
 */
export function dropStoryLists(items: Item[], furniture: FurnitureTests, ev: PageEvidence): void {
  const firstProse = items.findIndex((it) => isLive(it) && isProseItem(it));
  for (let i = 0; i < items.length; i++) {
    const it = items[i];
    if (it.role === 'meta' || isProseItem(it) || !furniture.isListLabel(it.body.text)) continue;
    const site = /^(?:more|latest|also|more stories|more news)\s+(?:from|on|at)\s+(.+?)\s*:?$/i.exec(it.body.text.trim());
    if (site && isNameShaped(site[1], 6)) ev.listSite ??= site[1];
    dropAsBarrier(it);
    const listed: Item[] = [];
    let j = i + 1;
    for (; j < items.length && listed.length < 15; j++) {
      const item = items[j];
      if (!isLive(item)) {
        if (item.mark === 'byline') break;
        continue;
      }
      if (!isListedHeadline(item.body.text) || items.slice(j + 1).find((o) => o.role !== 'drop')?.mark === 'byline') break;
      listed.push(item);
    }
    // Above the article, a list may not take the last headline before the body: that one is the article's.
    if (i < firstProse && !items.slice(j, firstProse).some((o) => isLive(o) && shapeOf(o).headline)) continue;
    for (const item of listed) item.role = 'drop';
  }
}

/** A headline in a list: numbered, or short and not ending like a sentence or a lead-in. */
function isListedHeadline(line: string): boolean {
  const n = wordCount(line);
  if (NUMBERED.test(line) && n <= 25) return true;
  return n >= 2 && n <= 20 && !/[.:;,]["”’]?$/.test(line) && !/^["“‘'«]/.test(line) && !/\.\s+\p{Lu}/u.test(line);
}

/**
 * Drops menus printed one item a line: three or more short capitalised lines in a row (four inside
 * the body, and never under a line that announces a list). The last line of a run stays when a
 * byline follows it: it is the headline.
 */
export function dropMenuRuns(items: Item[], lex: ReaderLexicon, furniture: FurnitureTests): void {
  // Menu items the furniture vocabulary already dropped still belong to the run.
  const units = items.filter((it) => it.role === null || (it.role === 'drop' && it.mark !== 'barrier'));
  const proseAt = units.map((it) => isLive(it) && isProseItem(it));
  const firstProse = proseAt.indexOf(true);
  const lastProse = proseAt.lastIndexOf(true);
  let i = 0;
  while (i < units.length) {
    if (!isMenuItem(units[i].body.text, lex, furniture)) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < units.length && isMenuItem(units[j + 1].body.text, lex, furniture)) j++;
    let end = j;
    const after = items.slice(items.indexOf(units[end]) + 1).find((o) => o.role !== 'drop');
    if (after?.mark === 'byline') end--;
    const inBody = firstProse >= 0 && i > firstProse && j < lastProse;
    const lead = units.slice(0, i).reverse().find(isLive)?.body.text ?? '';
    const enough = end - i + 1 >= (inBody ? 4 : 3);
    if (enough && !/:$/.test(lead)) for (let k = i; k <= end; k++) dropAsBarrier(units[k]);
    i = j + 1;
  }
}

/** A menu item: one to three words, capitalised, no punctuation of a sentence, not a date or byline. */
function isMenuItem(line: string, lex: ReaderLexicon, furniture: FurnitureTests): boolean {
  const n = wordCount(line);
  if (n < 1 || n > 3 || line.length > 32 || /[.!?:;,"“”]$/.test(line) || /^[-•*–]\s/.test(line)) return false;
  if (!/^[\p{Lu}\p{N}]/u.test(line) && !furniture.isInterfaceWord(line)) return false;
  return !dateLine(line) && !parseByline(line, lex.agencies) && !/^\d+$/.test(line);
}

/**
 * Drops short lines printed more than once (a site name at the top and the bottom, a menu in the
 * header and the footer), except the headline and headings of the body.
 */
export function dropRepeats(items: Item[], title: string | null): void {
  // Only short lines can be dropped as repeats, and only short lines can repeat them.
  const folds = items.map((it) => (it.body.length <= 120 ? shapeOf(it).fold : ''));
  const live = items.filter(isLive);
  const proseAt = live.map((it) => isProseItem(it));
  const first = items.indexOf(live[proseAt.indexOf(true)]);
  const last = items.indexOf(live[proseAt.lastIndexOf(true)]);
  const outside = (i: number) => first < 0 || i < first || i > last;
  const where = new Map<string, number[]>();
  folds.forEach((f, i) => {
    if (f) where.set(f, [...(where.get(f) ?? []), i]);
  });
  const t = title ? foldLine(title) : null;
  items.forEach((it, i) => {
    const f = folds[i];
    const copies = where.get(f) ?? [];
    if (it.role !== null || !f || f === t || copies.length < 2) return;
    // A name or a label, not a signature, attribution or stage direction ("- Sanders.", "(CROSSTALK.)").
    const text = it.body.text;
    if (wordCount(text) > 10 || isReaderProse(text) || /[.!?]["”’)]*$/.test(text) || /^[-–—•*"“‘'(«]/.test(text)) return;
    // Site furniture repeats outside the article (the masthead at the top and the bottom).
    if (copies.some(outside)) it.role = 'drop';
  });
}
