/**
 * Bylines of bare text: "By Reid Standish September 15, 2022", "Sumaira FH Published March 28,
 * 2023 | 08:30 AM", "By Josh Pennington Jun 10, 2023 1 hr ago", "Edited by Ivan Martínez",
 * "By Jane Doe and John Roe, Reuters". A byline gives authors, often a date and sometimes a credit.
 */
import { dateLine, findDate, type FoundDate } from './meta-dates.js';
import { DEFAULT_READER_LEXICON, type NewsAgency } from './reader-lexicon.js';

/** What a byline says. */
export interface Byline {
  readonly authors: string[];
  readonly date: FoundDate | null;
  /** Organisations named in the byline ("Reuters", "BBC News"). */
  readonly credits: string[];
}

const BY = /^(?:by|written by|edited by|reported by|reporting by|words by|story by|compiled by|text by|interview by|interviewed by|analysis by|commentary by|posted by|report by|authors?|writers?|reporters?|byline)\s*[:\-–]?\s+(.+)$/i;
const NAME_THEN_STAMP = /^(.+?)\s+(?:published|posted|updated|last updated|first published)\b\s*:?\s*(.*)$/i;
// "Posted on March 3, 2024 by Tom Ellis", "March 12, 2024 by Sione Latu": the stamp first, the names after "by".
const STAMP_THEN_NAME = /^(?:(?:posted|published|written|updated|submitted|added)(?:\s+on)?\s*:?\s*)?(.+?)\s+(?:by|\|)\s+(?:by\s+)?(.+)$/i;
// What a blog prints after the names on the same line ("… Leave a Comment", "… | 3 Comments").
const AFTER_NAMES = /\s+(?:leave a (?:comment|reply)|\d+\s+comments?|no comments|comments?(?:\s*\(\d+\))?)\s*$/i;
const HONORIFIC = /^(?:dr|prof|professor|mr|mrs|ms|mx|sir|dame)\.?\s+/i;
// Institutions a byline gives as an author's affiliation: neither an author nor the publisher.
const AFFILIATION = /\b(?:university|universit[ée]|institute|institut|centre|center|college|school|academy|foundation|think tank|department of)\b/i;
// Where the names of a byline end: a date, a stamp word, a separator.
const NAMES_END = /\s(?:published|posted|updated|last updated|on)\b|\s+at\s+(?=\d)|\s*[|•·]\s*|\s+[-–—]\s+|\s+\d/i;
const PARTICLE = /^(?:de|da|del|della|di|do|dos|das|du|van|von|der|den|le|la|bin|ibn|bint|al|el|ter|y|e|mac|st\.?)$/;
const NAME_TOKEN = /^(?:\p{Lu}[\p{L}'’\-.]*|\p{Lu}\.|(?:al|el)-\p{Lu}[\p{L}'’\-]*)$/u;
const CALENDAR_WORD = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$|^(?:january|february|march|april|june|july|august|september|october|november|december|today|yesterday)$/i;
const ORG_WORDS = /\b(?:news|agency|agencies|press|times|post|service|services|correspondent|correspondents|editor|editors|reporter|reporters|staff|desk|bureau|writer|writers|media|network|radio|tv|television|online|daily|journal|herald|tribune|institute|university|team|group|newsroom|contributor|wire|digital|magazine)\b/i;

/** Reads a byline line; null when the line is not one. */
export function parseByline(line: string, agencies: readonly NewsAgency[], jobWords: readonly string[] = DEFAULT_READER_LEXICON.bylineJobWords): Byline | null {
  if (line.length > 160 || dateLine(line)) return null;
  let rest: string;
  const by = BY.exec(line);
  const stampFirst = by ? null : STAMP_THEN_NAME.exec(line.replace(AFTER_NAMES, ''));
  // Without a stamp word, the part before "by" must be a date and nothing else.
  const stampDate = stampFirst ? findDate(stampFirst[1]) : null;
  // "Nour Haddad | 11 April 2024": names, a separator, a stamp.
  const piped = by ? null : /^([^|•·]+?)\s*[|•·]\s*(.+)$/.exec(line);
  if (by) rest = by[1].replace(AFTER_NAMES, '');
  else if (piped && dateLine(piped[2]) && piped[1].split(/\s*(?:,|&|\band\b)\s*/).every((n) => isPersonName(n) && /\s/.test(n))) rest = `${piped[1]} published ${piped[2]}`;
  else if (stampFirst && stampDate && (/^(?:posted|published|written|updated|submitted|added)\b/i.test(line) || dateLine(stampFirst[1]))) {
    rest = `${stampFirst[2]} published ${stampFirst[1]}`;
  }
  else {
    const stamp = NAME_THEN_STAMP.exec(line);
    if (!stamp) return null;
    rest = `${stamp[1]} published ${stamp[2]}`;
  }
  const date = findDate(rest);
  let namesPart = date ? rest.slice(0, date.start) : rest;
  const end = NAMES_END.exec(namesPart);
  if (end) namesPart = namesPart.slice(0, end.index);
  const authors: string[] = [];
  const credits: string[] = [];
  for (const raw of namesPart.split(/\s*(?:,|;|&|\band\b)\s*/)) {
    let part = raw.replace(/\s+(?:in|at|for|from)\s+.*$/, '').replace(HONORIFIC, '').trim();
    if (!part || isJobLine(part, jobWords)) continue;
    if (AFFILIATION.test(part) && !agencyNamed(part, agencies)) continue;
    // "JOHN ROE Associated Press": a name followed by the agency it writes for.
    const suffix = agencySuffix(part, agencies);
    if (suffix) {
      credits.push(suffix.agency);
      part = suffix.rest;
    }
    const agency = agencyNamed(part, agencies);
    if (agency) credits.push(agency);
    else if (ORG_WORDS.test(part)) credits.push(part);
    else if (isPersonName(part)) authors.push(titleCase(part));
    else return null;
  }
  if (!authors.length && !credits.length && !date) return null;
  if (!by && !authors.length) return date ? { authors, date, credits } : null;
  return { authors, date, credits };
}

/**
 * True for a line that names only a job or a desk ("Staff Correspondent", "Online Desk",
 * "Political Editor"): a byline without a person.
 */
export function isJobLine(s: string, jobWords: readonly string[] = DEFAULT_READER_LEXICON.bylineJobWords): boolean {
  const words = s.toLowerCase().replace(/[^\p{L}\s'-]/gu, ' ').split(/\s+/).filter(Boolean);
  return words.length > 0 && words.length <= 5 && words.every((w) => jobWords.includes(w) || /^(?:the|of|and|in|at)$/.test(w));
}

/** True for "Reid Standish", "Sumaira FH", "Ivan Martínez", "Jean-Yves Le Drian", "Mohammed bin Salman". */
export function isPersonName(s: string): boolean {
  const tokens = s.split(/\s+/);
  if (tokens.length > 5) return false;
  let capitals = 0;
  for (const t of tokens) {
    if (CALENDAR_WORD.test(t)) return false;
    if (NAME_TOKEN.test(t)) capitals++;
    else if (!PARTICLE.test(t.toLowerCase())) return false;
  }
  return capitals >= 1 && /\p{L}{2}/u.test(s);
}

/** A name line standing alone above or below a date line ("Jane Doe in Moscow", "Jane Doe and John Roe"): its authors. */
export function bareNames(line: string, agencies: readonly NewsAgency[]): string[] | null {
  if (line.length > 100 || /^by\s/i.test(line)) return null;
  // The whole line must be names: "Joint Statement on the Dialogue" is a headline, not a byline.
  const parts = line.replace(/\s+(?:in|at)\s+\p{Lu}[\p{L}'’.\- ]*$/u, '').split(/\s*(?:,|;|&|\band\b)\s*/).filter(Boolean);
  if (!parts.every((p) => isPersonName(p.replace(HONORIFIC, '')) && p.split(/\s+/).length <= 4)) return null;
  const b = parseByline(`By ${line}`, agencies);
  return b && b.authors.length && !b.date ? b.authors : null;
}

function agencySuffix(part: string, agencies: readonly NewsAgency[]): { agency: string; rest: string } | null {
  const lower = part.toLowerCase();
  for (const a of agencies) {
    for (const f of a.forms) {
      if (f.length > 3 && lower.endsWith(` ${f.toLowerCase()}`)) return { agency: a.name, rest: part.slice(0, part.length - f.length).trim() };
    }
  }
  return null;
}

/** "JOHN ROE" → "John Roe"; names in mixed case are kept as written. */
function titleCase(name: string): string {
  if (/\p{Ll}/u.test(name)) return name;
  return name.toLowerCase().replace(/(^|[\s\-'’])(\p{Ll})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

/** The usual name of the agency `s` names ("AA" → "Anadolu Agency"), or null. */
export function agencyNamed(s: string, agencies: readonly NewsAgency[]): string | null {
  const t = s.trim().toLowerCase();
  for (const a of agencies) if (a.forms.some((f) => f.toLowerCase() === t)) return a.name;
  return null;
}
