/**
 * What the lines around an article say about it (bylines, date lines, datelines, credits, copyright,
 * the site's own name), gathered while the reader walks the page, and how that evidence becomes
 * the article's metadata. The order of preference is documented on {@link metaFromEvidence}.
 */
import type { ArticleMeta } from './article.js';
import { emptyMeta } from './article.js';
import { foldLine } from './line-shape.js';
import { dateFromUrl, isoDay, type FoundDate } from './meta-dates.js';

/** Evidence found on the page. Arrays keep page order. */
export interface PageEvidence {
  authors: string[];
  /** Dates of bylines, date lines and publication stamps, in page order. */
  headerDates: FoundDate[];
  /** Dates of stamps that give only the last update ("Updated: …"): the publication date when nothing else gives one. */
  updatedDates: FoundDate[];
  /** Dates of a sign-off under the text ("Ministry of Foreign Affairs / New Delhi / 1 June 2023"), as releases print their date. */
  closingDates: FoundDate[];
  datelinePlace: string | null;
  datelineDate: FoundDate | null;
  /** Credits of the dateline ("(AA)") and of the closing wire credit ("(ANI)"). */
  wireCredits: string[];
  /** Organisations named in bylines ("By Jane Doe, Reuters"). */
  bylineCredits: string[];
  sourceUrl: string | null;
  sourceName: string | null;
  copyrightHolder: string | null;
  permissionOf: string | null;
  reprint: boolean;
  /** True when the copyright notice itself speaks of a reprint ("Reprinted with the permission of …"). */
  copyrightReprint: boolean;
  /** The outlet a reprint credit names ("This story was first published by X"). */
  reprintOf: string | null;
  /** The site's name from its newsletter or follow box ("Join the X mailing list"). */
  siteName: string | null;
  /** The masthead above the headline. */
  masthead: string | null;
  /** The site's name appended to a copy of the headline ("Headline | Site"). */
  titleSuffix: string | null;
  /** The site named by a list of its other stories ("More from X"). */
  listSite: string | null;
  /** The organisation of an "About X" box at the end (the issuer of a press release). */
  aboutOrg: string | null;
  title: string | null;
  description: string | null;
  sections: string[];
}

/** Evidence with nothing found. */
export function noEvidence(): PageEvidence {
  return {
    authors: [], headerDates: [], updatedDates: [], closingDates: [], datelinePlace: null, datelineDate: null, wireCredits: [], bylineCredits: [],
    sourceUrl: null, sourceName: null, copyrightHolder: null, permissionOf: null, reprint: false, copyrightReprint: false,
    reprintOf: null, siteName: null, masthead: null, titleSuffix: null, listSite: null, aboutOrg: null,
    title: null, description: null, sections: [],
  };
}

/**
 * The article's metadata from the page evidence and what the caller already knew (`known`, e.g.
 * from HTML meta tags). Known values win, except the publisher, which the article's own credits
 * decide: the original publisher is the outlet a reprint credit names ("first published by X"),
 * else the agency or outlet the copy credits (dateline, closing credit, byline, "Source:" name),
 * else the copyright holder (unless it is the site's own company), else the outlet thanked for
 * permission to reprint, else the site itself. The site is known from its metadata, its masthead,
 * its newsletter box, a "More from X" list, a "Headline | Site" line, or an About box. When the
 * page reprints another outlet's article, the site is `reprintedBy`.
 */
export function metaFromEvidence(ev: PageEvidence, known: Partial<ArticleMeta>, siteHint: string | null): ArticleMeta {
  const meta = { ...emptyMeta(), ...stripUndefined(known) };
  meta.title = known.title ?? ev.title;
  meta.authors = known.authors?.length ? known.authors : dedupe(ev.authors);
  meta.url = ev.sourceUrl ?? known.url ?? null;
  let site = siteHint ?? (ev.masthead === null ? null : nameCase(ev.masthead)) ?? ev.siteName ?? ev.listSite ?? ev.titleSuffix ?? null;
  const holder = ev.copyrightHolder;
  // A notice in the site's own name (or its company's: "Lakeside Media Group" for "Lakeside Herald") credits no one else.
  const ownNotice = holder !== null && site !== null && !ev.copyrightReprint && related(holder, site);
  const credited = ev.reprintOf ?? ev.wireCredits[0] ?? ev.bylineCredits[0] ?? ev.sourceName ?? (ownNotice ? null : holder) ?? ev.permissionOf ?? null;
  site ??= ev.aboutOrg;
  const original = credited ?? known.publisher ?? null;
  const reprint = ev.reprint || ev.reprintOf !== null || ev.permissionOf !== null || (credited !== null && site !== null && !sameName(credited, site));
  meta.publisher = original ?? site ?? null;
  meta.reprintedBy = known.reprintedBy ?? (reprint && site && meta.publisher && !sameName(site, meta.publisher) ? site : null);
  meta.published =
    known.published ?? isoDay(ev.headerDates.find((d) => d.year !== null) ?? null) ?? isoDay(ev.datelineDate) ?? dateFromUrl(meta.url) ?? dateFromUrl(known.pageUrl) ??
    isoDay(ev.closingDates[0] ?? null) ?? isoDay(ev.updatedDates[0] ?? null);
  meta.sections = ev.sections;
  meta.description = known.description ?? ev.description;
  meta.dateline = ev.datelinePlace;
  return meta;
}

/** True when two names are the same organisation written alike ("RFE/RL" and "rfe-rl", "CNN" and "Cable News Network"). */
export function sameName(a: string, b: string): boolean {
  const fa = foldLine(a).replace(/\s+/g, '');
  const fb = foldLine(b).replace(/\s+/g, '');
  if (fa === fb || (fa.length >= 4 && fb.length >= 4 && (fa.includes(fb) || fb.includes(fa)))) return true;
  return acronym(a) === fb || acronym(b) === fa;
}

/** The initials of a name of several words ("Cable News Network" → "cnn"), or null. */
function acronym(name: string): string | null {
  const words = foldLine(name).split(' ').filter((w) => !/^(?:the|of|and|for|de|la)$/.test(w));
  return words.length >= 2 ? words.map((w) => w[0]).join('') : null;
}

// Words too common in outlets' names to tie two names together.
const GENERIC_NAME_WORDS = new Set(['news', 'media', 'group', 'daily', 'times', 'post', 'press', 'network', 'international', 'global', 'world', 'online', 'the', 'and', 'of', 'inc', 'ltd', 'company', 'corporation', 'holdings', 'publishing', 'publications']);

/** True when two names belong together: the same name, or a distinctive word in common ("Lakeside Herald", "Lakeside Media Group"). */
export function related(a: string, b: string): boolean {
  if (sameName(a, b)) return true;
  const wa = new Set(foldLine(a).split(' ').filter((w) => w.length >= 4 && !GENERIC_NAME_WORDS.has(w)));
  return foldLine(b).split(' ').some((w) => wa.has(w));
}

function dedupe(names: readonly string[]): string[] {
  const seen = new Set<string>();
  return names.filter((n) => {
    const k = foldLine(n);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

const SMALL_WORDS = new Set(['the', 'of', 'and', 'for', 'on', 'in', 'a', 'an', 'at', 'to']);

/**
 * A name printed in capitals as a masthead ("NORTHERN FLANK", "THE DAILY STAR") in the case it is
 * written in ("Northern Flank"); short words that are not function words stay capitals ("BBC").
 */
export function nameCase(name: string): string {
  // One word in capitals is as likely an acronym ("RFE/RL", "NHK") as a name: left alone.
  if (!/\p{Lu}{2}/u.test(name) || /\p{Ll}/u.test(name) || !/\s/.test(name.trim())) return name;
  return name
    .split(/(\s+)/)
    .map((w, i) => {
      const lower = w.toLowerCase();
      if (SMALL_WORDS.has(lower)) return i === 0 ? lower[0].toUpperCase() + lower.slice(1) : lower;
      if (w.replace(/[^\p{L}]/gu, '').length <= 3 || /[^\p{L}'’.-]/u.test(w)) return w;
      return lower.replace(/\p{L}/u, (c) => c.toUpperCase());
    })
    .join('');
}
