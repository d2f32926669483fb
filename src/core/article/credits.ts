/**
 * Credit lines: "Source: <url or name>", copyright and reprint notices, a wire credit closing the
 * body ("... world.(ANI)"), and the copyright and "more to come" tails of wire copy. They are not
 * article text; they tell who published the article first and where it can be found.
 */
import { agencyNamed } from './byline.js';
import { escapeRe } from './furniture.js';
import { wordCount } from './line-shape.js';
import { findDate, type FoundDate } from './meta-dates.js';
import { DEFAULT_READER_LEXICON, type ReaderLexicon } from './reader-lexicon.js';

/** What a "Source:" line says. */
export interface SourceLine {
  readonly url: string | null;
  /** The named source, unless it is a generic one ("agencies"). */
  readonly name: string | null;
  /** A date the line gives with the source ("Source: X | 2024-03-03 14:02"), when it gives one. */
  readonly date?: FoundDate;
}

/** What a copyright or reprint notice says. */
export interface CopyrightNotice {
  /** The holder, without years and company suffixes ("RFE/RL"). */
  readonly holder: string | null;
  /** Whom the page thanks for permission to reprint ("Radio Free Europe/Radio Liberty"). */
  readonly permissionOf: string | null;
  /** True when the notice says the text is reprinted or republished. */
  readonly reprint: boolean;
}

const URL_CHARS = /^[\w\-./~%?=&#:+@!$,;*'()]+$/;
// A notice, not a sentence about copyright law: the mark, "copyright" with a year or mark, the rights formula.
const COPYRIGHT = /©|\(c\)\s*\d{4}|\bcopyright\s*(?:©|\(c\)|\d{4})|all rights reserved|\u2122|\(tm\)/i;
const COMPANY_SUFFIX = /(?:,?\s+(?:inc|ltd|llc|plc|corp|corporation|co|gmbh|s\.a|limited)\.?)+$/i;

/** Reads a "Source: …" line; null when the line is not one. Build once with {@link sourceLineReader} for many lines. */
export function parseSourceLine(line: string, lex: ReaderLexicon): SourceLine | null {
  return sourceLineReader(lex)(line);
}

/**
 * A reader of "Source: …" lines for a lexicon. The default lexicon's is built once at load
 * ({@link DEFAULT_SOURCE_LINE_READER}): its expression has no g or y flag, so it keeps no state.
 */
export function sourceLineReader(lex: ReaderLexicon): (line: string) => SourceLine | null {
  return lex === DEFAULT_READER_LEXICON ? DEFAULT_SOURCE_LINE_READER : buildSourceLineReader(lex);
}

function buildSourceLineReader(lex: ReaderLexicon): (line: string) => SourceLine | null {
  const labels = lex.sourceLabels.map(escapeRe).join('|');
  const re = new RegExp(String.raw`^(?:${labels})\s*:\s*(.*)$`, 'i');
  return (line) => readSourceLine(re.exec(line.trim()), lex);
}

const DEFAULT_SOURCE_LINE_READER = buildSourceLineReader(DEFAULT_READER_LEXICON);

function readSourceLine(m: RegExpExecArray | null, lex: ReaderLexicon): SourceLine | null {
  if (!m) return null;
  // "Source: X | 2024-03-03 14:02:11 | Editor: Y": the name first, then a stamp and other credits.
  const [value, ...more] = m[1].split(/\s+\|\s+/).map((p) => p.trim());
  const date = more.map((p) => findDate(p)).find((d): d is FoundDate => d !== null && d.year !== null);
  const withDate = <T extends SourceLine>(s: T): SourceLine => (date ? { ...s, date } : s);
  const url = repairUrl(value);
  if (url) return withDate({ url, name: null });
  if (!value || wordCount(value) > 8) return withDate({ url: null, name: null });
  const generic = lex.genericSources.some((g) => g.toLowerCase() === value.toLowerCase().replace(/[.\s]+$/, ''));
  return withDate({ url: null, name: generic ? null : agencyNamed(value, lex.agencies) ?? value.replace(/[.\s]+$/, '') });
}

/**
 * The URL at the start of `s`, with stray spaces inside it removed ("https://x.org/a/what- we-know/1.html"
 * → "https://x.org/a/what-we-know/1.html"); null when `s` does not start with an http(s) URL.
 */
export function repairUrl(s: string): string | null {
  const tokens = s.trim().split(/\s+/);
  if (!/^https?:\/\/[^\s/]+\.[^\s/]+/i.test(tokens[0] ?? '')) return null;
  let url = tokens[0];
  for (const t of tokens.slice(1)) {
    // A break inside a URL leaves a piece that ends or starts with URL punctuation; a word after it does not.
    const joins = /[-/_.=&?%+]$/.test(url) || /^[-/_.=&?%]/.test(t) || (/^[\w\-]*\/[\w\-./]*$/.test(t) && !/\.$/.test(url));
    if (!joins || !URL_CHARS.test(t)) break;
    url += t;
  }
  return url.replace(/[.,;)]+$/, '');
}

/** True when the line is a copyright or reprint notice. */
export function isCopyrightLine(line: string): boolean {
  return COPYRIGHT.test(line) || /^copyright\b/i.test(line) || /^(?:reprinted|republished) (?:with|by) (?:the )?permission\b/i.test(line);
}

/** Reads a copyright or reprint notice. */
export function parseCopyright(text: string): CopyrightNotice {
  const permission = /\b(?:reprinted|republished|used|reproduced)\s+(?:with|by)\s+(?:the\s+)?(?:kind\s+)?permission\s+(?:of|from)\s+(?:the\s+)?([^,.;]+(?:\.(?:org|com|net)\b[^,.;]*)?)/i.exec(text);
  const reprint = /\b(?:reprinted|republished|reproduced|syndicated)\b/i.test(text);
  // The holder stands after the mark and the years, before the reprint clause or the rights formula.
  let holder: string | null = null;
  const mark = /(?:©|\(c\)|copyright)\s*/i.exec(text);
  if (mark) {
    let rest = text.slice(mark.index + mark[0].length);
    rest = rest.replace(/^(?:(?:©|\(c\)|copyright)\s*)*/i, '').replace(/^(?:\d{4}(?:\s*[-–]\s*\d{2,4})?[.,]?\s*)+/, '');
    rest = rest.split(/\b(?:reprinted|republished|reproduced|used with|all rights reserved|a\s+\p{Lu}[^,]*\bcompany\b)/iu)[0];
    rest = rest.replace(/[\s.,;:]+$/, '').replace(/\s*\d{4}(?:\s*[-–]\s*\d{2,4})?$/, '');
    rest = rest.replace(COMPANY_SUFFIX, '').replace(/[\s.,;:]+$/, '').trim();
    if (rest && wordCount(rest) <= 8) holder = rest;
  }
  return { holder, permissionOf: permission ? permission[1].trim() : null, reprint };
}

// A credit naming where a reprinted text first ran. It must open its sentence ("This analysis was
// first published by …", "The post … appeared first on …", "Republished from …"), so that a sentence
// of the article that mentions another outlet's report is never taken for one.
const REPRINT_OPENING = /^[\[(]?\s*(?:this (?:article|story|piece|analysis|commentary|op-?ed|interview|essay|column|blog post|post|report|item|text|version|feature|opinion piece)\b|the post\b|(?:it was |was )?(?:originally|first) (?:published|appeared|posted)|(?:re)?published (?:from|courtesy|with)|reprinted (?:from|courtesy|with)|courtesy(?: of)?\b|originally at\b)/i;
const REPRINT_CREDIT = /\b(?:(?:first|originally) (?:published|appeared|posted|ran|printed)(?: online)? (?:by|in|on|at)|appeared first (?:on|in|at)|(?:re)?published (?:here )?(?:with (?:kind )?permission )?(?:from|courtesy of)|reprinted (?:with (?:kind )?permission )?(?:from|courtesy of)|^[\[(]?courtesy(?: of)?:?|originally at)\s+(?:the\s+(?=[\p{Lu}]))?([\p{Lu}\d][^,;:()\n]{0,80}?)(?=\s+(?:and|under|on|in|with|as|where|which|via|is|was|it|for)\b|[,;:()\]]|\.(?:\s|$)|\s*$)/iu;

/**
 * The outlet a reprint credit names ("This story was first published by Coastal Voice …" →
 * "Coastal Voice"), or null when `sentence` is not such a credit.
 */
export function parseReprintCredit(sentence: string): string | null {
  const s = sentence.trim();
  // A credit names the outlet and stops; a sentence of the article goes on to say what the report said.
  if (wordCount(s) > 45 || !REPRINT_OPENING.test(s) || /\b(?:said|says|reported|found|showed|claimed)\b/i.test(s)) return null;
  const m = REPRINT_CREDIT.exec(s);
  if (!m) return null;
  const name = m[1].replace(/[\s.]+$/, '').trim();
  if (!name || wordCount(name) > 8 || !/^[\p{Lu}\d]/u.test(name) && !/\.\w{2,}$/.test(name)) return null;
  const article = /\bthe\s+$/i.test(s.slice(0, m.index + m[0].length - m[1].length)) ? 'The ' : '';
  return article + name;
}

/** The wire credit closing a paragraph ("... world.(ANI)", "... on Monday. — Reuters"), or null. */
export function trailingCredit(s: string, lex: ReaderLexicon): { credit: string; start: number } | null {
  const paren = /\s*\(([^()]{2,40})\)\s*$/.exec(s);
  if (paren) {
    const inner = paren[1].replace(/^with inputs? from\s+/i, '').trim();
    const agency = agencyNamed(inner, lex.agencies);
    if (agency || (/^[\p{Lu}\-/]{2,8}$/u.test(inner) && /[.!?"”]\s*$/.test(s.slice(0, paren.index)))) {
      return { credit: agency ?? inner, start: paren.index };
    }
  }
  const dash = /[.!?"”]\s*[-–—]+\s*([\p{L}\s]{2,30}?)\.?\s*$/u.exec(s);
  if (dash) {
    const agency = agencyNamed(dash[1], lex.agencies);
    if (agency) return { credit: agency, start: dash.index + 1 };
  }
  return null;
}

/**
 * Where the copyright and wire-tail sentences at the end of a paragraph begin (the paragraph's length
 * when there are none), and the copyright text found there.
 */
export function tailStart(s: string, lex: ReaderLexicon): { start: number; copyright: string | null } {
  const segments: { start: number; text: string }[] = [];
  const re = /[^.!?]*(?:[.!?]+["”’)]*|$)\s*/g;
  for (let m = re.exec(s); m && m[0]; m = re.exec(s)) segments.push({ start: m.index, text: m[0].trim() });
  const isTail = (t: string) => lex.wireTails.some((w) => t.toLowerCase().replace(/[.!\s]+$/, '') === w);
  let cut = segments.length;
  // The earliest copyright sentence among the last few, when only notices and fragments follow it.
  for (let k = Math.max(0, segments.length - 8); k < segments.length; k++) {
    if (!COPYRIGHT.test(segments[k].text)) continue;
    if (segments.slice(k + 1).every((g) => COPYRIGHT.test(g.text) || wordCount(g.text) <= 6)) {
      cut = k;
      break;
    }
  }
  const copyright = cut < segments.length ? s.slice(segments[cut].start).trim() : null;
  while (cut > 0 && isTail(segments[cut - 1].text)) cut--;
  return { start: cut < segments.length ? segments[cut].start : s.length, copyright };
}
