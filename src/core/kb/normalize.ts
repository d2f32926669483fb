/**
 * Name normalisation for knowledge-base lookups. "U.S.", "US" and "the U.S." meet on one key, as do
 * "Côte d'Ivoire" and "Cote d’Ivoire", "al-Qaeda" and "Al Qaeda". A mention matcher applies the same
 * function to the words of the text, so that both sides agree.
 */

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const ASCII = /^[\x00-\x7f]*$/;
/** Dropped without a trace: periods ("U.S.") and apostrophes ("d'Ivoire"). */
const DROPPED = /['’‘`´ʼʻ.]/g;
const NON_WORD_ASCII = /[^a-z0-9]+/g;
const NON_WORD = /[^\p{L}\p{N}]+/gu;

/**
 * The lookup key of a name: lower case, accents removed, periods and apostrophes dropped, other
 * punctuation and hyphens turned into spaces, `&` read as "and" and `+` as "plus" ("OPEC+"), a
 * leading "the" removed.
 * Returns `''` for a name with no letters or digits.
 */
export function nameKey(name: string): string {
  // Most names are ASCII: skip Unicode normalisation and property classes for them (hot path of matching).
  const ascii = ASCII.test(name);
  let s = ascii ? name.toLowerCase() : name.normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase();
  if (s.includes('&')) s = s.replace(/&/g, ' and ');
  if (s.includes('+')) s = s.replace(/\+/g, ' plus ');
  s = s.replace(DROPPED, '').replace(ascii ? NON_WORD_ASCII : NON_WORD, ' ').trim();
  return s.startsWith('the ') ? s.slice(4) : s;
}

/** The words of a name's key ("the U.S. Navy" → `['us', 'navy']`). */
export function nameTokens(name: string): string[] {
  const k = nameKey(name);
  return k === '' ? [] : k.split(' ');
}

/**
 * True for forms that a matcher should only take when the text has the same capitals: acronyms and
 * short capitalised codes ("US", "IS", "AU", "U.S.", "PM"), which are common words in lower case.
 */
export function needsExactCase(form: string): boolean {
  let letters = 0;
  let upper = 0;
  for (let i = 0; i < form.length; i++) {
    const c = form.charCodeAt(i);
    if (c >= 65 && c <= 90) {
      letters++;
      upper++;
    } else if (c >= 97 && c <= 122) {
      letters++;
    } else if (c > 127) {
      const ch = form[i]!;
      const lo = ch.toLowerCase();
      if (lo !== ch.toUpperCase()) {
        letters++;
        if (ch !== lo) upper++;
      }
    }
  }
  if (letters < 2) return false;
  // All capitals ("NATO", "U.S."), or mostly capitals in a short code ("AfD", "PiS", "DoD").
  return upper === letters || (letters <= 4 && upper >= 2);
}

/** English plural of a word or phrase (inflects the last word): "minister" → "ministers", "spokesman" → "spokesmen". */
export function pluralOf(phrase: string): string {
  const m = /^(.*?)(\S+)$/.exec(phrase);
  if (!m) return phrase;
  const [, head, last] = m as unknown as [string, string, string];
  return head + pluralWord(last);
}

function pluralWord(w: string): string {
  const lower = w.toLowerCase();
  if (/[A-Z]{2,}$/.test(w)) return w + 's'; // MP → MPs, CEO → CEOs
  if (lower.endsWith('man')) return w.slice(0, -3) + 'men';
  if (lower === 'person') return w.slice(0, -6) + 'people';
  if (lower === 'child') return w + 'ren';
  if (/[^aeiou]y$/.test(lower)) return w.slice(0, -1) + 'ies';
  if (/(s|x|z|ch|sh)$/.test(lower)) return w + 'es';
  return w + 's';
}

/** True when a word or phrase already looks plural ("troops", "authorities"), so no plural is derived. */
export function looksPlural(phrase: string): boolean {
  const last = (/\S+$/.exec(phrase)?.[0] ?? '').toLowerCase();
  return /[^su]s$/.test(last) || /(men|people|police|media|militaries|staff)$/.test(last);
}
