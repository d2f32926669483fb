/**
 * The lines of the header that are metadata: bylines ("By Jane Doe", "Posted on … by …", "Nour
 * Haddad | 11 April 2024"), date lines and time stamps, a bare name next to a date line, an
 * agency's credit line ("Reuters", "PTI | New Delhi"), a byline without a person ("Staff
 * Correspondent"). They stand above the body, or between a standfirst and the body.
 */
import { agencyNamed, bareNames, isJobLine, parseByline } from './byline.js';
import { isNameShaped } from './line-shape.js';
import { placeDateLine } from './meta-dates.js';
import type { PageEvidence } from './page-evidence.js';
import { isLive, isProseItem, type Item } from './page-items.js';
import type { ReaderLexicon } from './reader-lexicon.js';

/** The header is looked for among the first units only. */
const HEADER_MAX = 40;

/**
 * Bylines and date lines, which stand above the body or between a standfirst and the body; a bare
 * name next to a date line is the byline ("Jane Doe in Moscow" / "Mon 5 Jun 2023").
 */
export function readHeaderLines(items: Item[], lex: ReaderLexicon, ev: PageEvidence): void {
  // Time stamps read in step 1 stay in view: a bare name next to one is a byline too.
  const now = items.filter((it) => isLive(it) || it.mark === 'byline');
  const prose = now.filter((it) => isLive(it) && isProseItem(it));
  const first = prose[0] ?? null;
  const second = prose[1] ?? null;
  const firstAt = first ? now.indexOf(first) : now.length;
  const beforeSecond = now.slice(0, Math.min(second ? now.indexOf(second) : firstAt + 1, HEADER_MAX));
  for (let i = 0; i < beforeSecond.length; i++) {
    const it = beforeSecond[i];
    if (it === first || (it.role !== null && it.mark !== 'byline')) continue;
    const line = it.body.text;
    const stamped = it.role !== null;
    const byline = stamped ? null : parseByline(line, lex.agencies, lex.bylineJobWords);
    const date = byline || stamped ? null : placeDateLine(line);
    if (byline) {
      ev.authors.push(...byline.authors);
      ev.bylineCredits.push(...byline.credits);
      if (byline.date) ev.headerDates.push(byline.date);
      it.role = 'meta';
      it.mark = 'byline';
    } else if (date || stamped) {
      if (date) ev.headerDates.push(date);
      it.role = 'meta';
      it.mark = 'byline';
      for (const near of [beforeSecond[i - 1], beforeSecond[i + 1]]) {
        const names = near && near.role === null && near !== beforeSecond[0] && near !== first ? bareNames(near.body.text, lex.agencies) : null;
        if (names && names.every((n) => /\s/.test(n))) {
          ev.authors.push(...names);
          near.role = 'meta';
          near.mark = 'byline';
          break;
        }
      }
    } else if (i < firstAt && agencyLine(line, lex)) {
      // "Reuters", "PTI | New Delhi": the agency that wrote the copy.
      ev.bylineCredits.push(agencyLine(line, lex)!);
      it.role = 'meta';
      it.mark = 'byline';
    } else if (i < firstAt && isJobLine(line, lex.bylineJobWords)) {
      // "Staff Correspondent": a byline without a person.
      it.role = 'meta';
      it.mark = 'byline';
    }
  }
}

/** The agency a credit line names: the agency alone, or with a place ("PTI | New Delhi", "Reuters, London"); null otherwise. */
function agencyLine(line: string, lex: ReaderLexicon): string | null {
  const parts = line.split(/\s*[|,/]\s*|\s+[-–—]\s+/).map((p) => p.trim()).filter(Boolean);
  if (parts.length > 3) return null;
  const agency = parts.map((p) => agencyNamed(p.replace(/^by\s+/i, ''), lex.agencies)).find((a) => a !== null) ?? null;
  return agency && parts.every((p) => agencyNamed(p.replace(/^by\s+/i, ''), lex.agencies) || isNameShaped(p, 3)) ? agency : null;
}
