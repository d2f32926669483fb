/**
 * Text folding and the few Python behaviours the referee scorer's figures and output depend on:
 * NFKD with combining marks removed, truthiness, code-point ordering, `repr` of strings and
 * tuples, `%.3f` (round half to even on the exact value). Kept together so that the port's
 * agreement with `score.py` rests on one small, tested module.
 */

// Characters of canonical combining class 1 (overlays). Every other non-zero class is found by
// canonical reordering against U+0334 (class 1), see isCombining.
const CCC_ONE = new Set<number>([
  0x334, 0x335, 0x336, 0x337, 0x338, 0x1cd4, 0x1ce2, 0x1ce3, 0x1ce4, 0x1ce5, 0x1ce6, 0x1ce7, 0x1ce8, 0x20d2, 0x20d3,
  0x20d8, 0x20d9, 0x20da, 0x20e5, 0x20e6, 0x20ea, 0x20eb, 0x10a39, 0x16af0, 0x16af1, 0x16af2, 0x16af3, 0x16af4,
  0x1bc9e, 0x1d167, 0x1d168, 0x1d169,
]);

/** Python's `unicodedata.combining(c) != 0`: a non-zero canonical combining class. */
export function isCombining(c: string): boolean {
  if (!/\p{M}/u.test(c)) return false;
  if (CCC_ONE.has(c.codePointAt(0)!)) return true;
  // Canonical ordering moves a mark of class > 1 after U+0334; a class-0 mark stays put.
  return (c + '\u0334').normalize('NFD') === '\u0334' + c;
}

/** The scorer's fold: NFKD, accents removed, lower case, possessive 's dropped, non-alphanumerics → one space. */
export function fold(s: unknown): string {
  let t = (truthy(s) ? String(s) : '').normalize('NFKD');
  t = Array.from(t).filter((c) => !isCombining(c)).join('').toLowerCase();
  t = t.replace(/[\u2019']s(?![\p{L}\p{N}_])/gu, '');
  t = t.replace(/[^a-z0-9]+/g, ' ');
  return t.trim();
}

/** `fold(s).split()`. */
export function words(s: unknown): string[] {
  return fold(s).split(' ').filter(Boolean);
}

/** Python truthiness of a JSON value. */
export function truthy(v: unknown): boolean {
  if (v === null || v === undefined || v === false || v === 0 || v === '') return false;
  if (Array.isArray(v)) return v.length > 0;
  if (typeof v === 'object') return Object.keys(v as object).length > 0;
  return true;
}

/** Python's ordering of strings: by code point. */
export function byCodePoint(a: string, b: string): number {
  const x = Array.from(a);
  const y = Array.from(b);
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = x[i].codePointAt(0)! - y[i].codePointAt(0)!;
    if (d) return d;
  }
  return x.length - y.length;
}

/** `sorted(list_of_str)`. */
export function sortedPy(list: Iterable<string>): string[] {
  return [...list].sort(byCodePoint);
}

/** `s[:n]` on code points. */
export function headPy(s: string, n: number): string {
  return Array.from(s).slice(0, n).join('');
}

/** Python's `repr` of a string. */
export function reprStr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === '\\') out += '\\\\';
    else if (ch === quote) out += '\\' + quote;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (cp < 0x20 || cp === 0x7f || (cp >= 0x80 && !printable(ch))) {
      out += cp < 0x100 ? `\\x${hex(cp, 2)}` : cp < 0x10000 ? `\\u${hex(cp, 4)}` : `\\U${hex(cp, 8)}`;
    } else out += ch;
  }
  return out + quote;
}

function printable(ch: string): boolean {
  return ch === ' ' || !/[\p{C}\p{Z}]/u.test(ch);
}

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, '0');
}

/** Python's `repr` of a value made of strings, None, booleans, numbers, lists and tuples. */
export function repr(v: unknown, tuple = false): string {
  if (v === null || v === undefined) return 'None';
  if (typeof v === 'string') return reprStr(v);
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return tuple ? `(${v.map((x) => repr(x)).join(', ')}${v.length === 1 ? ',' : ''})` : `[${v.map((x) => repr(x)).join(', ')}]`;
  return String(v);
}

/** `"%.3f" % x`: correctly rounded, ties to even. */
export function fixed3(x: number): string {
  const s = x.toFixed(3);
  const exact = Math.abs(x).toFixed(100);
  const dot = exact.indexOf('.');
  const rest = exact.slice(dot + 4);
  if (!/^50*$/.test(rest)) return s;
  // A tie: toFixed rounded away from zero; Python keeps the even digit.
  const digit = Number(exact[dot + 3]);
  if (digit % 2 === 1) return s;
  const truncated = (x < 0 ? '-' : '') + exact.slice(0, dot + 4);
  return truncated === '-0.000' ? '-0.000' : truncated;
}
