/**
 * The headline of a plain-text page: the line the caller knows (an HTML title), the line the page
 * prints twice, or the first headline-shaped line below the site's menus and above the byline,
 * passing over a section label above it. The lines above the headline go; a line between it and
 * the byline is the standfirst (kept as the first paragraph, and the description).
 */
import { foldLine, wordCount } from './line-shape.js';
import { isProseItem, shapeOf, type Item } from './page-items.js';
import type { PageEvidence } from './page-evidence.js';

/** What the caller knows of the title: from structured data (`known`) or a `<title>` tag (`hint`, which may hold the site's name too). */
export interface TitleClues {
  readonly known: string | null;
  readonly hint: string | null;
}

/**
 * Chooses the headline among the `header` units (the live units above the first paragraph of
 * prose), drops the lines above it and its copies, and records it and the standfirst in `ev`.
 */
export function pickTitle(items: Item[], header: readonly Item[], clues: TitleClues, ev: PageEvidence): void {
  const at = (it: Item) => items.indexOf(it);
  const free = header.filter((it) => it.role === null);
  const firstByline = header.find((it) => it.mark === 'byline');
  const limit = firstByline ? at(firstByline) : header.length ? at(header[header.length - 1]) + 1 : 0;
  // The site's structure (masthead, menus, list labels) stands above the headline.
  let barrier = -1;
  for (let i = 0; i < limit; i++) if (items[i].mark === 'barrier') barrier = i;
  let aboveByline = free.filter((it) => at(it) < limit && shapeOf(it).headline);
  // Some pages print the date above the headline: below the first date line stands a headline in
  // title case under a mere label, or a headline under the site's tagline.
  const belowByline = free.filter((it) => at(it) > limit && shapeOf(it).headline);
  const weak = (it: Item) =>
    isTagline(items, it) || (isLabelLike(it.body.text) && belowByline.length > 0 && isTitleCase(belowByline[0].body.text) && wordCount(belowByline[0].body.text) > wordCount(it.body.text));
  if (firstByline && belowByline.length && aboveByline.every(weak)) {
    for (const it of aboveByline) if (isTagline(items, it)) it.role = 'drop';
    aboveByline = belowByline;
  }
  const belowMenus = aboveByline.filter((it) => at(it) > barrier);
  let candidates = belowMenus.length ? belowMenus : aboveByline;
  // The masthead's block (a tagline, a letterhead's ministry and address under the name), with
  // the headline in a block of its own below: the block is the site's, not the headline.
  const letterhead = mastheadBlock(items);
  const below = candidates.filter((it) => !letterhead.includes(it));
  if (below.length && below.length < candidates.length) {
    for (const it of candidates) if (letterhead.includes(it)) it.role = 'drop';
    candidates = below;
  }
  const start = belowMenus.length ? barrier : -1;

  // Only lines about as long as a candidate can repeat it; the others are not folded.
  const longest = candidates.reduce((m, it) => Math.max(m, it.body.length), 0);
  // A copy that is a sentence of the body repeats a standfirst, not the headline: only lines that are not prose count.
  const folds = items
    .filter((it) => it.role !== 'drop' && it.role !== 'meta' && it.body.length <= 2 * longest + 10 && !isProseItem(it))
    .map((it) => shapeOf(it).fold);
  let title: Item | undefined;
  if (clues.known) title = free.find((it) => shapeOf(it).fold === foldLine(clues.known!));
  if (!title && !clues.known && clues.hint) {
    const h = ` ${foldLine(clues.hint)} `;
    title = candidates.find((it) => wordCount(it.body.text) >= 3 && h.includes(` ${shapeOf(it).fold} `));
  }
  title ??= candidates.find((it) => folds.filter((f) => f === shapeOf(it).fold).length > 1);
  if (!title && !clues.known) {
    let k = 0;
    while (k + 1 < candidates.length && isLabelLike(candidates[k].body.text) && wordCount(candidates[k + 1].body.text) >= wordCount(candidates[k].body.text)) k++;
    // Without a byline, only the first line below the menus (or the one under its label) can be the headline.
    const firstFree = free.filter((it) => at(it) > start);
    const above = candidates[k] ? firstFree.slice(0, firstFree.indexOf(candidates[k])) : [];
    if (candidates[k] && (firstByline || above.every((it) => isLabelLike(it.body.text)))) title = candidates[k];
  }
  const titleText = clues.known ?? title?.body.text ?? null;
  if (title) {
    for (const it of header) if (at(it) < at(title) && it.role === null) it.role = 'drop';
    title.role = 'title';
  }
  if (titleText) {
    const f = foldLine(titleText);
    for (const it of items) {
      if (it !== title && it.role !== 'meta' && it.body.length <= 2 * titleText.length + 10 && shapeOf(it).fold === f) it.role = 'drop';
    }
  }
  ev.title = title ? title.body.text : null;
  const standfirst = title ? header.find((it) => at(it) > at(title!) && it.role === null) : undefined;
  if (standfirst && (!firstByline || at(standfirst) < at(firstByline))) ev.description = standfirst.body.text;
}

/** The line right under the masthead, before anything else: where a site prints its tagline. */
function isTagline(items: Item[], it: Item): boolean {
  const i = items.indexOf(it);
  return i > 0 && items[i - 1].masthead === true;
}

/** The units printed on the lines right under the masthead, with no blank line between. */
function mastheadBlock(items: Item[]): Item[] {
  const at = items.findIndex((it) => it.masthead === true);
  const block: Item[] = [];
  if (at < 0) return block;
  for (let i = at + 1; i < items.length && sameBlock(items[i - 1], items[i]); i++) block.push(items[i]);
  return block;
}

/** Two units on consecutive lines of the page, with no blank line between them. */
function sameBlock(a: Item, b: Item): boolean {
  return b.body.src[0] - a.body.src[a.body.src.length - 1] <= 2;
}

/** Most longer words capitalised: a headline in title case. */
function isTitleCase(s: string): boolean {
  const long = s.split(/\s+/).filter((w) => /\p{L}{4,}/u.test(w));
  return long.length > 0 && long.filter((w) => /^[("'“]?\p{Lu}/u.test(w)).length >= 0.7 * long.length;
}

const MINOR = /^(?:of|and|the|in|on|for|to|a|an|at|by|&|de|la|und)$/i;

/** A section label: at most five words, every one capitalised (or a minor word), e.g. "Weapons of Mass Destruction (WMD)". */
export function isLabelLike(s: string): boolean {
  const words = s.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  return words.length <= 5 && words.every((w) => MINOR.test(w) || /^[("'“]?\p{Lu}/u.test(w));
}
