/**
 * Little-endian byte writing and reading for the model file: fixed-width numbers, LEB128
 * varints, length-prefixed UTF-8 strings and raw byte payloads.
 */
import { EntenteError } from '../errors/errors.js';

/** A growable byte buffer. */
export class ByteWriter {
  private buf = new Uint8Array(1 << 16);
  private view = new DataView(this.buf.buffer);
  private pos = 0;

  private room(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    let c = this.buf.length * 2;
    while (c < this.pos + n) c *= 2;
    const b = new Uint8Array(c);
    b.set(this.buf.subarray(0, this.pos));
    this.buf = b;
    this.view = new DataView(b.buffer);
  }

  u8(v: number): void {
    this.room(1);
    this.buf[this.pos++] = v;
  }

  u32(v: number): void {
    this.room(4);
    this.view.setUint32(this.pos, v, true);
    this.pos += 4;
  }

  f64(v: number): void {
    this.room(8);
    this.view.setFloat64(this.pos, v, true);
    this.pos += 8;
  }

  /** Unsigned LEB128 (values < 2^32). */
  varint(v: number): void {
    this.room(5);
    let x = v >>> 0;
    while (x >= 0x80) {
      this.buf[this.pos++] = (x & 0x7f) | 0x80;
      x >>>= 7;
    }
    this.buf[this.pos++] = x;
  }

  bytes(b: Uint8Array): void {
    this.room(b.length);
    this.buf.set(b, this.pos);
    this.pos += b.length;
  }

  string(s: string): void {
    const b = new TextEncoder().encode(s);
    this.u32(b.length);
    this.bytes(b);
  }

  /** The bytes written so far. */
  finish(): Uint8Array {
    return this.buf.slice(0, this.pos);
  }
}

/** A cursor over bytes; every read checks bounds and throws E201 past the end. */
export class ByteReader {
  private readonly dv: DataView;
  pos = 0;

  constructor(private readonly buf: Uint8Array, readonly source: string) {
    this.dv = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  }

  private need(n: number): void {
    if (this.pos + n > this.buf.length) {
      throw new EntenteError('E201', `model file ends early (at byte ${this.pos}, needed ${n} more); it is truncated or not a syntax model — retrain or restore it`, { input: this.source });
    }
  }

  u8(): number {
    this.need(1);
    return this.buf[this.pos++];
  }

  u32(): number {
    this.need(4);
    const v = this.dv.getUint32(this.pos, true);
    this.pos += 4;
    return v;
  }

  f64(): number {
    this.need(8);
    const v = this.dv.getFloat64(this.pos, true);
    this.pos += 8;
    return v;
  }

  varint(): number {
    let v = 0;
    let shift = 0;
    for (;;) {
      this.need(1);
      const b = this.buf[this.pos++];
      v += (b & 0x7f) * 2 ** shift;
      if (b < 0x80) return v;
      shift += 7;
      if (shift > 35) throw new EntenteError('E201', `malformed number at byte ${this.pos} of the model file`, { input: this.source });
    }
  }

  /**
   * Fills `out` with the next `out.length` varints (the values {@link varint} reads). One loop
   * over the bytes instead of a call per number: the model's word tables are a million of them.
   */
  varints(out: Float64Array): void {
    const buf = this.buf;
    const end = buf.length;
    let p = this.pos;
    for (let i = 0; i < out.length; i++) {
      let v = 0;
      let scale = 1;
      for (;;) {
        if (p >= end) {
          this.pos = p;
          this.need(1);
        }
        const b = buf[p++];
        v += (b & 0x7f) * scale;
        if (b < 0x80) break;
        scale *= 128;
        if (scale > 2 ** 35) {
          this.pos = p;
          throw new EntenteError('E201', `malformed number at byte ${p} of the model file`, { input: this.source });
        }
      }
      out[i] = v;
    }
    this.pos = p;
  }

  /** A copy of the next `n` bytes. */
  bytes(n: number): Uint8Array {
    this.need(n);
    const b = this.buf.slice(this.pos, this.pos + n);
    this.pos += n;
    return b;
  }

  /** A view (no copy) of the next `n` bytes. */
  view(n: number): Uint8Array {
    this.need(n);
    const b = this.buf.subarray(this.pos, this.pos + n);
    this.pos += n;
    return b;
  }

  string(): string {
    const n = this.u32();
    return new TextDecoder().decode(this.bytes(n));
  }
}
