/**
 * The shape of a line of a page: prose, a headline, a heading, a label. The plain-text reader
 * decides what a line is from these shapes and from its position, never from what one article says.
 */

/** Lower case, no accents, letters and digits separated by single spaces: for comparing lines. */
export function foldLine(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The line as a furniture vocabulary spells it: lower case, no bullets, no closing colon or arrow. */
export function labelOf(s: string): string {
  return s
    .toLowerCase()
    .replace(/^[\s\-–—•·*>|»›«‹]+/, '')
    .replace(/[\s\-–—•·*|:>»›«‹]+$/, '')
    .replace(/\s+/g, ' ')
    // "LETTERS." is the label "letters"; a longer line keeps its full stop.
    .replace(/^([^\s.]+(?: [^\s.]+){0,2})\.$/, '$1');
}

/** Number of words (tokens holding a letter or digit). */
export function wordCount(s: string): number {
  let n = 0;
  let inToken = false;
  let counted = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isSpaceCode(c)) {
      inToken = false;
      continue;
    }
    if (!inToken) {
      inToken = true;
      counted = false;
    }
    if (!counted && isAlnum(c, s, i)) {
      counted = true;
      n++;
    }
  }
  return n;
}

/**
 * True for the code units `\s` matches: ASCII blanks, no-break space, the Unicode space separators,
 * line and paragraph separators and the byte-order mark. (Tested against `\s` itself: a regular
 * expression per non-ASCII character, curly quotes included, was most of counting a line's words.)
 */
export function isSpaceCode(c: number): boolean {
  if (c < 0x80) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

function isAlnum(c: number, s: string, i: number): boolean {
  if (c < 0x80) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return /[\p{L}\p{N}]/u.test(String.fromCodePoint(s.codePointAt(i)!));
}

// A sentence end, possibly followed by a credit in parentheses ("... said.(ANI)").
const SENTENCE_END = /[.!?…]["”’»)\]]*(?:\s*\([^()]{1,30}\))?$/;
const OPENING_QUOTE = /^["“‘'«„]/;

/** True for running prose: a long line, or a medium one that ends like a sentence. */
export function isProse(s: string): boolean {
  const n = wordCount(s);
  // A full stop inside the line marks two sentences, unless it closes a dotted acronym ("U.S. urges").
  const inner = s.replace(/\b(?:\p{L}\.){2,}/gu, 'X');
  return n >= 20 || (n >= 8 && SENTENCE_END.test(s)) || (n >= 10 && /:$/.test(s)) || (n >= 12 && /[.!?]["”’]?\s+\S/.test(inner));
}

/** True for a line shaped like a headline: short, capitalised, not ending like a clause. */
export function isTitleShaped(s: string): boolean {
  const n = wordCount(s);
  if (n < 2 || n > 25 || s.length > 220) return false;
  if (/[.,;:]$/.test(s) && !/\.\.\.$|…$/.test(s)) return false;
  return /^[\p{Lu}\p{N}"“‘'«]/u.test(s);
}

/** True for a line shaped like a section heading inside the body. */
export function isHeadingShaped(s: string): boolean {
  const n = wordCount(s);
  if (n < 1 || n > 12 || s.length > 120) return false;
  if (OPENING_QUOTE.test(s) || /^(?:\d{1,2}[.)]|[-•*–])\s/.test(s)) return false;
  if (/[.,;:]["”’]?$/.test(s)) return false;
  return /^[\p{Lu}\p{N}]/u.test(s);
}

/** True when every letter of `s` is upper case (and there are some). */
export function isAllCaps(s: string): boolean {
  return /\p{Lu}/u.test(s) && !/\p{Ll}/u.test(s);
}

// Words a sentence writes in lower case and a title-case headline capitalises.
const HEADLINE_WORDS = new Set(['the', 'a', 'an', 'to', 'of', 'in', 'on', 'for', 'with', 'and', 'but', 'or', 'at', 'by', 'from', 'over', 'after', 'as', 'is', 'was', 'are', 'were', 'be', 'has', 'have', 'will', 'says', 'into', 'up', 'out', 'not', 'its', 'his', 'her', 'their', 'about', 'against', 'amid', 'new']);

/**
 * A headline written in title case that ends with a full stop ("Envoys Agree To Meet Again."): at
 * most 20 words, with at least two capitalised small words after the first ("To", "Over", "Was"),
 * which a sentence would write in lower case.
 */
export function isTitleCaseHeadline(s: string): boolean {
  if (!/[^.]\.$/.test(s) || wordCount(s) > 20) return false;
  const words = s.split(/\s+/).slice(1);
  return words.filter((w) => HEADLINE_WORDS.has(w.toLowerCase()) && /^\p{Lu}/u.test(w)).length >= 2;
}

// Separators of menus, breadcrumbs and share bars: "News | World", "Home > World", "Home » News".
const NAV_SEPARATOR = /\s*\|\s*|\s+[>»›•·/]\s+|\s+[-–—]{2}\s+/;
const SENTENCE_INSIDE = /[.!?]\s+\p{Lu}|[,;]\s+\p{Ll}+\s+\p{Ll}+\s+\p{Ll}/u;

/**
 * The items of a line that lists links — a menu ("News | Politics | World"), a breadcrumb
 * ("World > Europe"), a share bar ("Facebook | X | Email") — or null when the line is not such a
 * list: at least two items, each short and none a clause.
 */
export function navItems(s: string): string[] | null {
  if (s.length > 300 || !NAV_SEPARATOR.test(s)) return null;
  const items = s.split(NAV_SEPARATOR).map((t) => t.trim()).filter((t) => t.length > 0);
  if (items.length < 2) return null;
  for (const it of items) {
    if (wordCount(it) > 5 || it.length > 48 || SENTENCE_INSIDE.test(it) || /[.;,]$/.test(it)) return null;
  }
  return items;
}

/** True for a short line whose words are all capitalised, minor words or web names: a name ("Ministry of Foreign Affairs"). */
export function isNameShaped(s: string, maxWords = 10): boolean {
  const t = s.trim();
  if (t.length > 90 || (/[.,;:!?]$/.test(t) && !/\.(?:com|org|net|info|news)$/i.test(t))) return false;
  const words = t.split(/\s+/);
  if (words.length > maxWords || !/\p{L}/u.test(t)) return false;
  let capitals = 0;
  for (const w of words) {
    if (/^\p{Lu}|^\d/u.test(w) || /^(?:www\.)?[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.(?:com|org|net|info|news|co|tv|uk|in|ng|ke|za|pk|au|ca|eu|asia)$/iu.test(w)) capitals++;
    else if (!/^(?:of|and|the|for|in|on|at|to|de|del|la|le|du|des|al|el|van|von|&|-|–|—)$/i.test(w)) return false;
  }
  return capitals >= 1;
}

/** True for a line that is only a clock time ("10:42 GMT", "9.15am", "14:02 BST"). */
export function isTimeOnly(s: string): boolean {
  return /^\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?$/i.test(s.trim());
}
