/**
 * What a fixture page expects of the reader, and the check of an {@link Article} against it. The
 * fixture pages (`../fixtures`, `src/ingest/fixtures`) are invented sites and articles written for
 * the project; each comes with a JSON file of this shape.
 */
import type { Article } from '../article.js';

/** Expectations of one fixture page. A metadata key left out is not checked. */
export interface PageExpectations {
  /** The layout the page stands for, in words. */
  readonly kind: string;
  readonly meta: {
    readonly title?: string | null;
    readonly authors?: readonly string[];
    readonly published?: string | null;
    readonly publisher?: string | null;
    readonly reprintedBy?: string | null;
  };
  readonly sections?: readonly string[];
  /** Lines of the page that must not reach the text (compared as whole words, case and punctuation folded). */
  readonly absent: readonly string[];
  /** Passages that must be in the text (same comparison). */
  readonly present: readonly string[];
}

/** Lower case, accents and punctuation dropped, spaces squeezed: how the gold scorer compares text. */
export function fold(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** True when `line` occurs in `text` as whole words (or, for a line of symbols such as "###", as a block of its own). */
export function contains(text: string, line: string): boolean {
  const f = fold(line);
  // A line without letters ("###", "-30-") is looked for as a line of its own.
  if (!/[a-z]/.test(f)) return text.split('\n').some((l) => l.trim() === line.trim());
  return ` ${fold(text)} `.includes(` ${f} `);
}

/** Publishers match as the gold scorer matches them: one folded name contains the other. */
function samePublisher(expected: string | null, got: string | null): boolean {
  if (expected === null || got === null) return expected === got;
  const a = fold(expected);
  const b = fold(got);
  return a.length > 0 && b.length > 0 && (a.includes(b) || b.includes(a));
}

/** Every way `article` falls short of `x`, as readable lines; empty when it meets them all. */
export function pageFailures(article: Article, x: PageExpectations): string[] {
  const out: string[] = [];
  const m = article.meta;
  const show = (v: unknown) => JSON.stringify(v);
  if (x.meta.title !== undefined && fold(m.title ?? '') !== fold(x.meta.title ?? '')) out.push(`title ${show(m.title)}, expected ${show(x.meta.title)}`);
  if (x.meta.authors !== undefined && show([...m.authors].map(fold).sort()) !== show([...x.meta.authors].map(fold).sort())) {
    out.push(`authors ${show(m.authors)}, expected ${show(x.meta.authors)}`);
  }
  if (x.meta.published !== undefined && (m.published?.slice(0, 10) ?? null) !== x.meta.published) out.push(`published ${show(m.published)}, expected ${show(x.meta.published)}`);
  if (x.meta.publisher !== undefined && !samePublisher(x.meta.publisher, m.publisher)) out.push(`publisher ${show(m.publisher)}, expected ${show(x.meta.publisher)}`);
  if (x.meta.reprintedBy !== undefined && !samePublisher(x.meta.reprintedBy, m.reprintedBy)) out.push(`reprintedBy ${show(m.reprintedBy)}, expected ${show(x.meta.reprintedBy)}`);
  if (x.sections !== undefined && show(m.sections) !== show(x.sections)) out.push(`sections ${show(m.sections)}, expected ${show(x.sections)}`);
  for (const line of x.absent) if (contains(article.text, line)) out.push(`furniture in the text: ${show(line)}`);
  for (const line of x.present) if (!contains(article.text, line)) out.push(`article text lost: ${show(line)}`);
  return out;
}
