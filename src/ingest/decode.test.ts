import { describe, expect, it } from 'vitest';
import { EntenteError } from '../core/errors/errors.js';
import { charsetOf, decodeBytes, metaCharset } from './decode.js';

const TEXT = 'Talks in Genève — “a step forward”, said the envoy.';
const utf8 = (s: string) => new TextEncoder().encode(s);
const utf16le = (s: string) => Uint8Array.from(Array.from(s).flatMap((c) => [c.charCodeAt(0) & 255, c.charCodeAt(0) >> 8]));
const utf16be = (s: string) => Uint8Array.from(Array.from(s).flatMap((c) => [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 255]));
// windows-1252 bytes of TEXT: è = E8, — = 97, “ = 93, ” = 94.
const cp1252 = Uint8Array.from(Array.from(TEXT).map((c) => ({ 'è': 0xe8, '—': 0x97, '“': 0x93, '”': 0x94 })[c] ?? c.charCodeAt(0)));

function codeOf(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    return e instanceof EntenteError ? e.code : 'not an EntenteError';
  }
  return undefined;
}

describe('decodeBytes', () => {
  it('decodes UTF-8 with and without a BOM', () => {
    expect(decodeBytes(utf8(TEXT))).toEqual({ text: TEXT, encoding: 'utf-8' });
    expect(decodeBytes(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(TEXT)])).text).toBe(TEXT);
  });

  it('decodes UTF-16 with a BOM (both byte orders) and without one', () => {
    expect(decodeBytes(Uint8Array.from([0xff, 0xfe, ...utf16le(TEXT)]))).toEqual({ text: TEXT, encoding: 'utf-16le' });
    expect(decodeBytes(Uint8Array.from([0xfe, 0xff, ...utf16be(TEXT)]))).toEqual({ text: TEXT, encoding: 'utf-16be' });
    expect(decodeBytes(utf16le(TEXT)).text).toBe(TEXT);
  });

  it('decodes windows-1252 when the bytes are not UTF-8', () => {
    expect(decodeBytes(cp1252)).toEqual({ text: TEXT, encoding: 'windows-1252' });
  });

  it('keeps mostly valid UTF-8 with its few broken bytes replaced', () => {
    const bytes = Uint8Array.from([...utf8('Genève, Zürich, Kraków and Łódź hosted talks '), 0xff, ...utf8(' — both sides agreed.')]);
    const { text } = decodeBytes(bytes);
    expect(text).toContain('Genève, Zürich, Kraków and Łódź');
    expect(text).toContain('\ufffd');
  });

  it('follows a declared charset, but prefers valid UTF-8 over a latin-1 label', () => {
    expect(decodeBytes(cp1252, { declaredCharset: 'windows-1252' }).text).toBe(TEXT);
    expect(decodeBytes(utf8(TEXT), { declaredCharset: 'iso-8859-1' }).text).toBe(TEXT);
    expect(decodeBytes(Uint8Array.from([0xc8, 0xe5, 0xf0]), { declaredCharset: 'windows-1251' }).text).toBe('Иер');
    expect(codeOf(() => decodeBytes(utf8('abc'), { declaredCharset: 'x-unknown-charset' }))).toBe('E107');
  });

  it('refuses empty input (E100), binary input (E101) and bytes no supported encoding explains (E107)', () => {
    expect(codeOf(() => decodeBytes(new Uint8Array(0)))).toBe('E100');
    expect(codeOf(() => decodeBytes(Uint8Array.from([0x41, 0x00, 0x00, 0x00, 0x42, 0x43, 0x01, 0x02])))).toBe('E101');
    expect(codeOf(() => decodeBytes(utf8('%PDF-1.7\n...')))).toBe('E101');
    expect(codeOf(() => decodeBytes(Uint8Array.from([0x41, 0x81, 0x8d, 0x42, 0x90, 0x9d, 0x43])))).toBe('E107');
  });

  it('reads declared charsets from a Content-Type and from <meta charset>', () => {
    expect(charsetOf('text/html; charset="ISO-8859-1"')).toBe('ISO-8859-1');
    expect(charsetOf('text/html')).toBeNull();
    expect(metaCharset(utf8('<html><head><meta charset="windows-1252"></head>'))).toBe('windows-1252');
    expect(metaCharset(utf8('<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'))).toBe('utf-8');
  });
});
