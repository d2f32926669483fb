/**
 * Bytes → text. Order of evidence: a byte-order mark; the UTF-16 pattern of zero bytes; a refusal
 * of binary data (NUL bytes, control characters, known binary signatures); the charset the caller
 * was told (HTTP header, `<meta charset>`); valid UTF-8; mostly valid UTF-8 with a few broken bytes
 * (decoded with U+FFFD); windows-1252 (the usual encoding of older Western pages, a superset of
 * latin-1 for printable text). Anything else is refused as undecodable (E107).
 */
import { EntenteError } from '../core/errors/errors.js';

/** The decoded text and the encoding used. */
export interface Decoded {
  readonly text: string;
  readonly encoding: string;
}

/** Options of {@link decodeBytes}. */
export interface DecodeOptions {
  /** Names the input in errors. */
  input?: string;
  /** A charset declared outside the bytes (HTTP `Content-Type`). */
  declaredCharset?: string | null;
  /** Look for `<meta charset>` in the first bytes. */
  html?: boolean;
}

const SIGNATURES: readonly [number[], string][] = [
  [[0x25, 0x50, 0x44, 0x46], 'a PDF document'],
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
  [[0x50, 0x4b, 0x03, 0x04], 'a ZIP archive (or an Office document)'],
  [[0x1f, 0x8b], 'a gzip archive'],
  [[0x7f, 0x45, 0x4c, 0x46], 'an executable'],
];
// Bytes windows-1252 leaves undefined: their presence rules it out.
const UNDEFINED_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

/** Decodes `bytes` to text; throws E100 (empty), E101 (binary) or E107 (undecodable). */
export function decodeBytes(bytes: Uint8Array, options: DecodeOptions = {}): Decoded {
  const { input } = options;
  if (bytes.length === 0) throw new EntenteError('E100', 'the input is empty; give a file or page with article text', { input });
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: decode('utf-8', bytes.subarray(3)), encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: decode('utf-16le', bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: decodeUtf16be(bytes.subarray(2)), encoding: 'utf-16be' };
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return { text: utf16 === 'utf-16le' ? decode('utf-16le', bytes) : decodeUtf16be(bytes), encoding: utf16 };
  refuseBinary(bytes, input);

  const declared = normaliseCharset(options.declaredCharset ?? (options.html ? metaCharset(bytes) : null));
  const utf8 = utf8Evidence(bytes);
  if (declared && declared !== 'utf-8') {
    // Pages labelled latin-1 are often UTF-8 in fact; valid multi-byte UTF-8 is the stronger evidence.
    const latin = declared === 'iso-8859-1' || declared === 'windows-1252' || declared === 'us-ascii';
    if (!(latin && utf8.invalid === 0 && utf8.multibyte > 0)) {
      try {
        return { text: decode(declared, bytes), encoding: declared };
      } catch {
        throw new EntenteError('E107', `the declared charset '${options.declaredCharset ?? declared}' is not one Entente can decode`, { input });
      }
    }
  }
  if (utf8.invalid === 0) return { text: decode('utf-8', bytes), encoding: 'utf-8' };
  // Windows-1252 text rarely forms valid UTF-8 sequences; several of them outweigh a few broken bytes.
  if (utf8.multibyte >= 2 && utf8.invalid * 2 <= utf8.multibyte) return { text: decode('utf-8', bytes), encoding: 'utf-8 (with invalid bytes replaced)' };
  let high = 0;
  for (const b of bytes) {
    if (UNDEFINED_1252.has(b)) throw undecodable(input);
    if (b >= 0x80) high++;
  }
  // Western text in a single-byte encoding has a few accented letters, not a majority of high bytes.
  if (high / bytes.length > 0.3) throw undecodable(input);
  return { text: decode('windows-1252', bytes), encoding: 'windows-1252' };
}

function undecodable(input?: string): EntenteError {
  return new EntenteError('E107', 'the text is neither UTF-8, UTF-16 nor windows-1252/latin-1; convert it to UTF-8', { input });
}

function decode(encoding: string, bytes: Uint8Array): string {
  if (encoding === 'windows-1252') return decodeWindows1252(bytes);
  return new TextDecoder(encoding, { fatal: false, ignoreBOM: true }).decode(bytes);
}

// windows-1252 differs from latin-1 in 0x80–0x9F (curly quotes, dashes, €). Node's TextDecoder
// decodes the label as latin-1, so the 32 code points are mapped here (undefined bytes kept as C1).
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out += String.fromCharCode(...chunk).replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]);
  }
  return out;
}

function decodeUtf16be(bytes: Uint8Array): string {
  const swapped = new Uint8Array(bytes.length - (bytes.length % 2));
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    swapped[i] = bytes[i + 1];
    swapped[i + 1] = bytes[i];
  }
  return decode('utf-16le', swapped);
}

/** UTF-16 without a BOM shows up as zero bytes in every other position (for mostly Latin text). */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (n < 8) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero / pairs > 0.3 && evenZero / pairs < 0.05) return 'utf-16le';
  if (evenZero / pairs > 0.3 && oddZero / pairs < 0.05) return 'utf-16be';
  return null;
}

function refuseBinary(bytes: Uint8Array, input?: string): void {
  for (const [sig, what] of SIGNATURES) {
    if (sig.every((b, i) => bytes[i] === b)) throw new EntenteError('E101', `the input is ${what}, not text`, { input });
  }
  const n = Math.min(bytes.length, 65536);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) throw new EntenteError('E101', 'the input is binary (it holds NUL bytes), not text', { input });
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) || b === 0x7f) control++;
  }
  if (control / n > 0.05) throw new EntenteError('E101', 'the input is binary (too many control characters), not text', { input });
}

/** Counts of valid multi-byte UTF-8 sequences and of bytes that cannot be UTF-8. */
function utf8Evidence(bytes: Uint8Array): { multibyte: number; invalid: number } {
  let multibyte = 0;
  let invalid = 0;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    const len = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let ok = len > 0 && i + len <= bytes.length;
    for (let k = 1; ok && k < len; k++) ok = (bytes[i + k] & 0xc0) === 0x80;
    if (ok && len === 3) ok = !(b === 0xe0 && bytes[i + 1] < 0xa0) && !(b === 0xed && bytes[i + 1] >= 0xa0);
    if (ok && len === 4) ok = !(b === 0xf0 && bytes[i + 1] < 0x90) && !(b === 0xf4 && bytes[i + 1] >= 0x90);
    if (ok) {
      multibyte++;
      i += len;
    } else {
      invalid++;
      i++;
    }
  }
  return { multibyte, invalid };
}

/** The charset a page declares in its first 2 KB (`<meta charset>` or `http-equiv` Content-Type). */
export function metaCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i.exec(head);
  return m ? m[1] : null;
}

/** The charset parameter of a Content-Type header value. */
export function charsetOf(contentType: string | null | undefined): string | null {
  const m = /charset\s*=\s*"?([\w:.-]+)/i.exec(contentType ?? '');
  return m ? m[1] : null;
}

/** A charset label as TextDecoder knows it (lower case; latin-1 labels → windows-1252, as browsers do). */
function normaliseCharset(label: string | null): string | null {
  if (!label) return null;
  const l = label.trim().toLowerCase();
  if (l === 'utf8' || l === 'utf-8') return 'utf-8';
  if (['latin1', 'latin-1', 'iso-8859-1', 'iso8859-1', 'l1', 'cp1252', 'windows-1252', 'x-cp1252', 'ascii', 'us-ascii'].includes(l)) return 'windows-1252';
  try {
    return new TextDecoder(l).encoding;
  } catch {
    return l;
  }
}
