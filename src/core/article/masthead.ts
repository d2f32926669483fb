/**
 * The site's own name as a page prints it: the masthead above the headline ("The Meridian
 * Tribune" over a menu, "Ministry of Foreign Affairs" over a press release), its tagline, and the
 * title-tag line some scrapes keep ("Headline | Site"). The name becomes evidence of the site
 * (the publisher, unless the article credits another outlet); the lines are dropped. (A tagline
 * under the masthead goes with the other lines above the headline: see the title's choice.)
 */
import { foldLine, isNameShaped, isTitleCaseHeadline, wordCount } from './line-shape.js';
import type { FurnitureTests } from './furniture.js';
import { dateLine } from './meta-dates.js';
import { dropAsBarrier, isLive, isProseItem, isReaderProse, shapeOf, type Item } from './page-items.js';
import type { PageEvidence } from './page-evidence.js';
import type { ReaderLexicon } from './reader-lexicon.js';
import { isJobLine, parseByline } from './byline.js';

const WEB_NAME = /^(?:www\.)?[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.(?:com|org|net|info|news|co|tv|uk|in|ng|ke|za|pk|au|ca|eu|asia)$/iu;
const TITLE_TAG = /^(.{8,}?)\s+[|\-–—:·]\s+([^|\-–—:]{2,60})$/;
// Words that open the name of an issuing body when "of"/"for"/"on" follows ("Ministry of …", "Centre for …").
const BODY_HEAD = /^(?:the\s+)?(?:ministry|embassy|office|department|consulate|mission|permanent mission|presidency|secretariat|government|council|commission|institute|centre|center|foundation|agency|bureau|directorate|state department|prime minister's office|high commission)\s+(?:of|for|on|to)\b/i;

/** Finds the masthead and the title-tag line among the first units, records the site's name and drops them. */
export function readMasthead(items: Item[], lex: ReaderLexicon, furniture: FurnitureTests, ev: PageEvidence, titleHint: string | null = null): void {
  const live = items.filter(isLive);
  const firstProse = live.findIndex((it) => isProseItem(it));
  const head = live.slice(0, firstProse < 0 ? Math.min(live.length, 12) : firstProse);
  // Folds of the short lines only: a masthead recurs in a copyright line, a menu or a list label, never in a paragraph.
  const folds = items.map((it) => (it.body.length <= 160 ? shapeOf(it).fold : ''));

  // "Headline | Site": a copy of a headline printed below it, with the site's name appended.
  for (const it of head.slice(0, 4)) {
    const m = TITLE_TAG.exec(it.body.text);
    if (!m || !isNameShaped(m[2], 6)) continue;
    const f = foldLine(m[1]);
    if (items.some((o) => o !== it && o.body.length <= 2 * m[1].length + 10 && shapeOf(o).fold === f)) {
      ev.titleSuffix ??= m[2].trim();
      dropAsBarrier(it);
    }
  }

  const rest = head.filter(isLive);
  // A date-and-weather bar or a ticker may stand above the masthead.
  const top = rest.slice(0, 3).find((it) => isMastheadShaped(it.body.text, lex));
  if (!top) return;
  // The headline itself may be short and capitalised: a masthead needs a headline below it.
  const at = items.indexOf(top);
  const f = folds[at];
  // A line printed twice above the article is its headline, not the site's name.
  const after = rest.slice(rest.indexOf(top) + 1);
  const below = after.filter((it) => shapeOf(it).headline && shapeOf(it).fold !== f);
  if (!below.length || after.some((it) => shapeOf(it).fold === f)) return;
  const next = items.slice(at + 1).find((it) => it.role !== 'meta');
  const siteNames = [ev.siteName, ev.titleSuffix, ev.aboutOrg].filter((s): s is string => !!s).map(foldLine);
  if (titleHint && ` ${foldLine(titleHint)} `.includes(` ${f} `)) siteNames.push(f);
  // It recurs below the article (a copyright line, "More from X", a footer), not in a headline above it ("Kenya Airways" over "Kenya Airways strike …").
  const headSet = new Set(head);
  const recurs =
    siteNames.includes(f) ||
    folds.some((g, i) => i !== at && g.length > 0 && !headSet.has(items[i]) && (g === f || (g.length > f.length && ` ${g} `.includes(` ${f} `) && !isProseItem(items[i]))));
  const navNext = !!next && (furniture.isNavLine(next.body.text) || (next.role === 'drop' && next.mark === 'barrier'));
  if (!(isNameplate(top.body.text, lex) || recurs || navNext || stackedOverHeadline(items, top))) return;
  ev.masthead = top.body.text.trim();
  dropAsBarrier(top);
  top.masthead = true;
  for (let i = 0; i < items.length; i++) if (i !== at && folds[i] === f && isLive(items[i])) items[i].role = 'drop';
}

/** A short name: capitalised words, no clause, not a date, byline or job line. */
function isMastheadShaped(line: string, lex: ReaderLexicon): boolean {
  const t = line.trim();
  if (wordCount(t) > 10 || !isNameShaped(t, 10) || isReaderProse(t) || isTitleCaseHeadline(t)) return false;
  if (dateLine(t) || parseByline(t, lex.agencies) || isJobLine(t, lex.bylineJobWords)) return false;
  return !lex.sectionLabels.some((l) => l.toLowerCase() === t.toLowerCase());
}

/** Shaped like an outlet's or an issuing body's name: "… Tribune", "Daily …", "Ministry of …", "RegionWatch", "site.com". */
function isNameplate(line: string, lex: ReaderLexicon): boolean {
  const words = line.trim().replace(/^the\s+/i, '').split(/\s+/);
  const last = words[words.length - 1].toLowerCase().replace(/[^\p{L}]/gu, '');
  const first = words[0].toLowerCase().replace(/[^\p{L}]/gu, '');
  if (lex.nameplateWords.includes(last) && words.length <= 6) return true;
  if ((first === 'daily' || first === 'weekly') && words.length <= 5) return true;
  if (BODY_HEAD.test(line)) return true;
  // One coined word ("RegionWatch", "EnergyPulse") or a web name ("asiatimes.com").
  return words.length <= 2 && words.some((w) => /^\p{Lu}\p{Ll}+\p{Lu}\p{Ll}+/u.test(w) || WEB_NAME.test(w));
}

/**
 * A name and its tagline stacked in the page's first block ("The Long View" over "Essays on …"),
 * a blank line, then a headline with its byline or date line under it: the block is the site's.
 */
function stackedOverHeadline(items: Item[], top: Item): boolean {
  const live = items.filter(isLive);
  if (live[0] !== top || live.length < 4) return false;
  const gap = (a: Item, b: Item) => b.body.src[0] - a.body.src[a.body.src.length - 1];
  const tagline = live[1];
  if (gap(top, tagline) > 2 || isProseItem(tagline) || wordCount(tagline.body.text) > 10) return false;
  // The block ends at a blank line; the headline below it has a byline or date line right under it.
  const k = live.findIndex((it, i) => i > 1 && gap(live[i - 1], it) > 2);
  if (k < 0 || k > 3) return false;
  const headline = live[k];
  if (!shapeOf(headline).headline || isProseItem(headline)) return false;
  const at = items.indexOf(headline);
  return items.slice(at + 1, at + 4).some((it) => it.mark === 'byline');
}
