/**
 * Datelines: the place, date and credit that open the first paragraph of agency-style copy —
 * "WASHINGTON (AP) —", "Washington, Mar. 21:", "(CNN) —", "ISTANBUL (AA) -",
 * "Caracas, September 4 (teleSUR-RHC)--", "MOSCOW, March 3. /TASS/.",
 * "Accra, (Agency - 28th Mar, 2023 ) :".
 *
 * The reader removes the dateline from the body (it is not part of the first sentence's grammar, and
 * a parser would take the place for the sentence's subject) and keeps what it says in the metadata:
 * `meta.dateline` (the place), the credit (publisher when nothing better names it) and the date.
 */
import { agencyNamed } from './byline.js';
import { findDate, type FoundDate } from './meta-dates.js';
import type { NewsAgency } from './reader-lexicon.js';

/** What a dateline says; `end` is where the paragraph's own text starts. */
export interface Dateline {
  readonly place: string | null;
  readonly date: FoundDate | null;
  /** Organisations credited ("Anadolu Agency", "CNN"), usual names for known agencies. */
  readonly credits: string[];
  readonly end: number;
}

/** `word` matched in any letter case, without the `i` flag (which would make `\p{Lu}` match lower case too). */
const ci = (word: string): string => word.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`);
const MONTH = `(?:${['jan(?:uary)?', 'feb(?:ruary)?', 'mar(?:ch)?', 'apr(?:il)?', 'may', 'june?', 'july?', 'aug(?:ust)?', 'sept?(?:ember)?', 'oct(?:ober)?', 'nov(?:ember)?', 'dec(?:ember)?'].map(ci).join('|')})\\.?`;
const WORD = String.raw`\p{Lu}[\p{L}'’.\-]*`;
const PLACE = String.raw`(?!${MONTH}\s)${WORD}(?:\s+(?:(?:de|da|del|al|el|es|la|le|of|upon|on)\s+)?(?!${MONTH}\s)${WORD}){0,3}`;
const DATE = String.raw`${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|\d{1,2}(?:st|nd|rd|th)?\s+${MONTH}(?:,?\s+\d{4})?`;
const DATELINE = new RegExp(
  String.raw`^(?<place>${PLACE}(?:\s*,\s*${PLACE})?)?` +
    String.raw`(?:\s*,?\s*(?<date>${DATE}))?` +
    String.raw`(?:\s*,?\s*\((?<credit>[^()\n]{1,80})\))?` +
    String.raw`\s*(?<sep>--|[-–—:]|\.?\s*\/(?<slash>[^/\n]{1,24})\/\.?)?\s*`,
  'u',
);
// Labels that open a paragraph in capitals but are not places.
const KICKERS = /^(?:update|updated|breaking|breaking news|exclusive|watch|analysis|opinion|editorial|comment|live|video|photos|note|correction|editor'?s note|fact check|explainer)$/i;

/** Reads the dateline at the start of `s`; null when `s` does not open with one. */
export function parseDateline(s: string, agencies: readonly NewsAgency[]): Dateline | null {
  const m = DATELINE.exec(s);
  if (!m?.groups || m[0].length > 130) return null;
  const { place, date, credit, sep, slash } = m.groups;
  if (!sep) return null;
  const rest = s.slice(m[0].length);
  if (!/^[\p{Lu}\p{N}"“‘'«]/u.test(rest)) return null;
  // The place's case decides on its own only in capitals ("NEW DELHI —"); otherwise a date or credit must back it.
  if (place && !date && !credit && !slash) {
    if (!(place === place.toUpperCase() && /\p{Lu}{3}/u.test(place)) || KICKERS.test(place) || sep === '.') return null;
  }
  if (!place && !credit && !slash) return null;
  // A place written in mixed case needs a date or credit and must not run into the sentence ("Russia: ...").
  if (place && !/^[\p{Lu}\s.'’\-,]+$/u.test(place) && !date && !credit && !slash) return null;

  const credits: string[] = [];
  let when = date ? findDate(date) : null;
  for (const c of [credit, slash]) {
    if (!c) continue;
    let text = c.trim();
    const inner = findDate(text);
    if (inner) {
      when ??= inner;
      text = (text.slice(0, inner.start) + text.slice(inner.end)).replace(/[\s\-–—,]+$/, '').trim();
    }
    for (const part of text.split(/\s+[/|;]\s+|\s*,\s*/)) {
      const p = part.trim();
      if (p) credits.push(agencyNamed(p, agencies) ?? p);
    }
  }
  return { place: place?.trim() || null, date: when, credits, end: m[0].length };
}
