import { describe, expect, it } from 'vitest';
import { assembleBlocks, MappedText } from './mapped-text.js';

describe('MappedText', () => {
  const src = '  Hello   world \nSecond line';
  it('keeps the source offset of every character through trim, squeeze, slice and insert', () => {
    const line = MappedText.fromSource(src, 0, 16).trim().squeezeSpaces();
    expect(line.text).toBe('Hello world');
    expect(Array.from(line.src)).toEqual([2, 3, 4, 5, 6, 7, 10, 11, 12, 13, 14]);
    const joined = line.insertAt([5], ',');
    expect(joined.text).toBe('Hello, world');
    expect(joined.src[5]).toBe(-1);
  });

  it('assembles blocks separated by blank lines with an offset map into the source', () => {
    const a = MappedText.fromSource(src, 2, 7);
    const b = MappedText.fromSource(src, 17);
    const out = assembleBlocks([{ kind: 'heading', body: a }, { kind: 'paragraph', body: b }]);
    expect(out.text).toBe('Hello\n\nSecond line');
    expect(out.blocks).toEqual([{ start: 0, end: 5, kind: 'heading' }, { start: 7, end: 18, kind: 'paragraph' }]);
    expect(out.offsets.toSource(7)).toBe(17);
    expect(out.offsets.toSource(3)).toBe(5);
  });
});
