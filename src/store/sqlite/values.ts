/**
 * Small conversions between the analysis contract and column values: dates to day numbers, the
 * outlet of an article, actor keys and event merge keys, the compressed analysis blob.
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { Analysis, EventActorRef } from '../../core/analysis/contract.js';
import { contentId } from '../../core/analysis/content-id.js';
import type { ArticleMeta } from '../../core/article/article.js';

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a `YYYY-MM-DD...` date, or null when the text is not a full day. */
export function epochDay(date: string | null | undefined): number | null {
  if (!date) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (!m) return null;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isFinite(t) ? Math.floor(t / DAY_MS) : null;
}

/** `YYYY-MM-DD` of an epoch day. */
export function dayToIso(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** `YYYYMM` as an integer, for month buckets. */
export function dayToMonth(day: number): number {
  const d = new Date(day * DAY_MS);
  return d.getUTCFullYear() * 100 + d.getUTCMonth() + 1;
}

/**
 * The epoch-day range a date bound covers: `2022` → all of 2022, `2022-09` → September, a full date → that day.
 * Returns null for text that is not a date.
 */
export function dayRange(bound: string): [number, number] | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(bound.trim());
  if (!m) return null;
  const y = Number(m[1]);
  if (m[3]) {
    const d = epochDay(bound.trim());
    return d === null ? null : [d, d];
  }
  if (m[2]) {
    const mo = Number(m[2]) - 1;
    return [Date.UTC(y, mo, 1) / DAY_MS, Date.UTC(y, mo + 1, 1) / DAY_MS - 1];
  }
  return [Date.UTC(y, 0, 1) / DAY_MS, Date.UTC(y + 1, 0, 1) / DAY_MS - 1];
}

/** Where a copy appeared: the reprinting site, else the publisher, else the URL's host. */
export function outletOf(meta: ArticleMeta): string | null {
  if (meta.reprintedBy) return meta.reprintedBy;
  if (meta.publisher) return meta.publisher;
  if (meta.url) {
    try {
      return new URL(meta.url).hostname.replace(/^www\./, '') || null;
    } catch {
      return null;
    }
  }
  return null;
}

/**
 * How an event participant is identified across articles: its knowledge-base id, else its country
 * (people and bodies acting for a state), else its lower-cased name; '' when there is none.
 */
export function actorKey(ref: EventActorRef | null): string {
  if (!ref) return '';
  if (ref.id) return ref.id;
  if (ref.country) return `country:${ref.country}`;
  return `name:${ref.name.trim().toLowerCase()}`;
}

/** Fields that make two event reports the same event. */
export interface EventKeyFields {
  storyId: string;
  srcKey: string;
  tgtKey: string;
  cameo: string;
  /** The event's own date when the text gives one ('' otherwise: copies published on different days still merge). */
  date: string;
  negated: boolean;
  hypothetical: boolean;
}

/** The id of an event: a hash of its merge key, so it is the same whatever order copies arrive in. */
export function eventId(k: EventKeyFields): string {
  return contentId([k.storyId, k.srcKey, k.tgtKey, k.cameo, k.date, k.negated ? 1 : 0, k.hypothetical ? 1 : 0].join('\u001f'));
}

/** Whitespace- and case-folded text, to recognise the same quotation in two copies. */
export function textKey(text: string): string {
  return text.toLowerCase().replace(/[\s\u00a0]+/g, ' ').replace(/[“”"‘’']/g, '').trim();
}

/** Sort key of an article among the reports of one event: earliest publication first, then id. */
export function articleRank(published: string | null, id: string): string {
  return `${published ?? '9999-99-99'}|${id}`;
}

/** The analysis without its text (the text is stored once, in `articles.text`), deflated. */
export function packAnalysis(analysis: Analysis): Buffer {
  const { text: _text, ...rest } = analysis;
  return deflateRawSync(Buffer.from(JSON.stringify(rest)), { level: 6 });
}

/** Inverse of {@link packAnalysis}. */
export function unpackAnalysis(blob: Buffer, text: string): Analysis {
  const rest = JSON.parse(inflateRawSync(blob).toString('utf8')) as Omit<Analysis, 'text'>;
  return { ...rest, text } as Analysis;
}

/** A MinHash signature as a blob and back. */
export function signatureToBlob(sig: Uint32Array): Buffer {
  return Buffer.from(sig.buffer, sig.byteOffset, sig.byteLength);
}

export function blobToSignature(blob: Buffer): Uint32Array {
  const copy = new Uint8Array(blob.byteLength);
  copy.set(blob);
  return new Uint32Array(copy.buffer);
}

/** Estimated Jaccard similarity of two MinHash signatures: the share of equal slots. */
export function signatureSimilarity(a: Uint32Array, b: Uint32Array): number {
  const n = Math.min(a.length, b.length);
  if (n === 0) return 0;
  let same = 0;
  for (let i = 0; i < n; i++) if (a[i] === b[i]) same++;
  return same / n;
}
