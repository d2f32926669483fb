/**
 * A half-open character range `[start, end)` into a text (UTF-16 code units, as JavaScript strings
 * index them). Every span Entente reports points into the clean article text.
 */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A span together with the text it covers, as the analysis JSON reports it. */
export interface TextSpan extends Span {
  readonly text: string;
}

/** The text of `span` in `text`. */
export function spanText(text: string, span: Span): string {
  return text.slice(span.start, span.end);
}

/** `{start, end, text}` for `span` over `text`. */
export function textSpan(text: string, span: Span): TextSpan {
  return { start: span.start, end: span.end, text: text.slice(span.start, span.end) };
}

/** True when the two spans share at least one character. */
export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** True when `outer` contains `inner` entirely. */
export function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}
