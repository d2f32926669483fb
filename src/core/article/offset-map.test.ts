import { describe, expect, it } from 'vitest';
import { OffsetMap } from './offset-map.js';

describe('OffsetMap', () => {
  it('maps offsets inside copied runs exactly and inserted text to the previous run end', () => {
    // source: "JUNK\nHello\n\n\nWorld" ; clean: "Hello\n\nWorld"
    const map = new OffsetMap([
      { start: 0, sourceStart: 5, length: 5 },
      { start: 7, sourceStart: 13, length: 5 },
    ]);
    expect(map.toSource(0)).toBe(5);
    expect(map.toSource(4)).toBe(9);
    expect(map.toSource(6)).toBe(10); // inserted break → end of "Hello"
    expect(map.toSource(7)).toBe(13);
    expect(map.toSource(12)).toBe(18);
  });

  it('refuses overlapping runs', () => {
    expect(() => new OffsetMap([{ start: 0, sourceStart: 0, length: 5 }, { start: 3, sourceStart: 9, length: 2 }])).toThrow(RangeError);
  });

  it('identity maps every offset to itself', () => {
    const map = OffsetMap.identity(10);
    expect(map.toSource(7)).toBe(7);
    expect(map.runs()).toEqual([{ start: 0, sourceStart: 0, length: 10 }]);
  });
});
