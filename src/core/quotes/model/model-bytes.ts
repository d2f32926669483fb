/**
 * Little-endian byte writing and reading for the attribution model file: fixed-width numbers, LEB128
 * varints, length-prefixed UTF-8 strings, raw bytes and Int16 arrays. Kept apart from the syntax
 * model's reader so that each file format changes on its own.
 */
import { EntenteError } from '../../errors/errors.js';

/** A growable byte buffer. */
export class ModelWriter {
  private buf = new Uint8Array(1 << 16);
  private pos = 0;

  private room(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    let c = this.buf.length * 2;
    while (c < this.pos + n) c *= 2;
    const b = new Uint8Array(c);
    b.set(this.buf.subarray(0, this.pos));
    this.buf = b;
  }

  u8(v: number): void {
    this.room(1);
    this.buf[this.pos++] = v & 0xff;
  }

  u32(v: number): void {
    this.room(4);
    new DataView(this.buf.buffer).setUint32(this.pos, v >>> 0, true);
    this.pos += 4;
  }

  f64(v: number): void {
    this.room(8);
    new DataView(this.buf.buffer).setFloat64(this.pos, v, true);
    this.pos += 8;
  }

  /** An unsigned integer below 2^32 as a LEB128 varint. */
  varint(v: number): void {
    let x = v >>> 0;
    do {
      let b = x & 0x7f;
      x >>>= 7;
      if (x) b |= 0x80;
      this.u8(b);
    } while (x);
  }

  bytes(b: Uint8Array): void {
    this.room(b.length);
    this.buf.set(b, this.pos);
    this.pos += b.length;
  }

  i16s(a: Int16Array): void {
    this.room(a.length * 2);
    const view = new DataView(this.buf.buffer);
    for (let i = 0; i < a.length; i++) view.setInt16(this.pos + 2 * i, a[i], true);
    this.pos += a.length * 2;
  }

  string(s: string): void {
    const b = new TextEncoder().encode(s);
    this.u32(b.length);
    this.bytes(b);
  }

  finish(): Uint8Array {
    return this.buf.slice(0, this.pos);
  }
}

/** Reads what a {@link ModelWriter} wrote; throws E201 naming `source` when the bytes run out. */
export class ModelReader {
  private pos = 0;
  private readonly view: DataView;

  constructor(private readonly buf: Uint8Array, private readonly source: string) {
    this.view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  }

  private need(n: number): void {
    if (this.pos + n > this.buf.length) throw new EntenteError('E201', `the model file ends early (at byte ${this.pos}); it is truncated or not a model file`, { input: this.source });
  }

  u8(): number {
    this.need(1);
    return this.buf[this.pos++];
  }

  u32(): number {
    this.need(4);
    const v = this.view.getUint32(this.pos, true);
    this.pos += 4;
    return v;
  }

  f64(): number {
    this.need(8);
    const v = this.view.getFloat64(this.pos, true);
    this.pos += 8;
    return v;
  }

  varint(): number {
    let v = 0;
    for (let shift = 0; shift < 35; shift += 7) {
      const b = this.u8();
      v += (b & 0x7f) * 2 ** shift;
      if (!(b & 0x80)) return v;
    }
    throw new EntenteError('E201', `malformed number at byte ${this.pos} of the model file`, { input: this.source });
  }

  bytes(n: number): Uint8Array {
    this.need(n);
    const b = this.buf.slice(this.pos, this.pos + n);
    this.pos += n;
    return b;
  }

  i16s(n: number): Int16Array {
    this.need(2 * n);
    const out = new Int16Array(n);
    for (let i = 0; i < n; i++) out[i] = this.view.getInt16(this.pos + 2 * i, true);
    this.pos += 2 * n;
    return out;
  }

  string(): string {
    const n = this.u32();
    return new TextDecoder().decode(this.bytes(n));
  }
}
