import { describe, expect, it } from 'vitest';
import { isEntenteError } from '../errors/errors.js';
import { ByteReader, ByteWriter } from './bytes.js';

describe('model file bytes', () => {
  it('reads a run of varints in one call as one call per number reads them', () => {
    const values = [0, 1, 127, 128, 300, 16383, 16384, 2 ** 31 - 1, 2 ** 32 - 1, 5];
    const w = new ByteWriter();
    for (const v of values) w.varint(v);
    w.u8(42);
    const bytes = w.finish();
    const one = new ByteReader(bytes, 'test');
    const each = values.map(() => one.varint());
    const bulk = new ByteReader(bytes, 'test');
    const out = new Float64Array(values.length);
    bulk.varints(out);
    expect(Array.from(out)).toEqual(each);
    expect(each).toEqual(values);
    expect(bulk.pos).toBe(one.pos);
    expect(bulk.u8()).toBe(42);
  });

  it('fails with E201 on a run cut short or a number too long', () => {
    const code = (bytes: number[], n: number): string | undefined => {
      try {
        new ByteReader(Uint8Array.from(bytes), 'test').varints(new Float64Array(n));
      } catch (e) {
        return isEntenteError(e) ? e.code : 'other';
      }
      return undefined;
    };
    expect(code([1, 2], 2)).toBeUndefined();
    expect(code([1, 0x80], 2)).toBe('E201');
    expect(code([1, 2], 3)).toBe('E201');
    expect(code([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 1], 1)).toBe('E201');
  });
});
