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
  /** Dates of bylines and of date lines in the header, in page order. */
  headerDates: FoundDate[];
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
  siteName: string | null;
  title: string | null;
  description: string | null;
  sections: string[];
}

/** Evidence with nothing found. */
export function noEvidence(): PageEvidence {
  return {
    authors: [], headerDates: [], datelinePlace: null, datelineDate: null, wireCredits: [], bylineCredits: [],
    sourceUrl: null, sourceName: null, copyrightHolder: null, permissionOf: null, reprint: false, siteName: null,
    title: null, description: null, sections: [],
  };
}

/**
 * The article's metadata from the page evidence and what the caller already knew (`known`, e.g.
 * from HTML meta tags). Known values win, except the publisher, which the article's own credits
 * decide: the original publisher is the agency or outlet the copy credits (dateline, closing credit,
 * byline, "Source:" name), else the copyright holder, else the outlet thanked for permission to
 * reprint, else the site itself. When the page reprints another outlet's article, the site is
 * `reprintedBy`.
 */
export function metaFromEvidence(ev: PageEvidence, known: Partial<ArticleMeta>, siteHint: string | null): ArticleMeta {
  const meta = { ...emptyMeta(), ...stripUndefined(known) };
  meta.title = known.title ?? ev.title;
  meta.authors = known.authors?.length ? known.authors : dedupe(ev.authors);
  meta.url = ev.sourceUrl ?? known.url ?? null;
  const site = ev.siteName ?? siteHint;
  const credited = ev.wireCredits[0] ?? ev.bylineCredits[0] ?? ev.sourceName ?? ev.copyrightHolder ?? ev.permissionOf ?? null;
  const original = credited ?? known.publisher ?? null;
  const reprint = ev.reprint || ev.permissionOf !== null || (credited !== null && site !== null && !sameName(credited, site));
  meta.publisher = original ?? site ?? null;
  meta.reprintedBy = known.reprintedBy ?? (reprint && site && meta.publisher && !sameName(site, meta.publisher) ? site : null);
  meta.published =
    known.published ?? isoDay(ev.headerDates.find((d) => d.year !== null) ?? null) ?? isoDay(ev.datelineDate) ?? dateFromUrl(meta.url) ?? dateFromUrl(known.pageUrl);
  meta.sections = ev.sections;
  meta.description = known.description ?? ev.description;
  meta.dateline = ev.datelinePlace;
  return meta;
}

/** True when two names are the same organisation written alike ("RFE/RL" and "rfe-rl"). */
export function sameName(a: string, b: string): boolean {
  const fa = foldLine(a).replace(/\s+/g, '');
  const fb = foldLine(b).replace(/\s+/g, '');
  return fa === fb || (fa.length >= 4 && fb.length >= 4 && (fa.includes(fb) || fb.includes(fa)));
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
