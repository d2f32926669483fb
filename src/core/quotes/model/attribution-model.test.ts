import { describe, expect, it } from 'vitest';
import type { LinearModelParts } from '../../syntax/linear-model.js';
import { attributionModelFromParts, decodeAttributionModelParts, encodeAttributionModel, linearScorer } from './attribution-model.js';
import { ROLE_LABELS, transitionKey } from './role-features.js';

function parts(nClasses: number, keys: number[], weights: [number, number][][]): LinearModelParts {
  const start = [0];
  const cls: number[] = [];
  const w: number[] = [];
  weights.forEach((entries) => {
    for (const [c, x] of entries) {
      cls.push(c);
      w.push(x);
    }
    start.push(cls.length);
  });
  return { nClasses, keys: Uint32Array.from(keys), start: Uint32Array.from(start), entryClass: Uint8Array.from(cls), entryWeight: Int16Array.from(w), scale: 0.5 };
}

describe('attribution model file', () => {
  const cue = parts(2, [7, 90, 1234], [[[1, 10]], [[0, -3], [1, 4]], [[1, 2]]]);
  const t = transitionKey(0) >>> 0;
  const role = parts(ROLE_LABELS, [Math.min(t, 5), Math.max(t, 5)], t < 5 ? [[[3, 8]], [[1, 2]]] : [[[1, 2]], [[3, 8]]]);

  it('round-trips its parts and info', () => {
    const bytes = encodeAttributionModel({ info: { name: 'test', cueBias: 2 }, cue, role });
    const back = decodeAttributionModelParts(bytes);
    expect(back.info).toEqual({ name: 'test', cueBias: 2 });
    expect(Array.from(back.cue.keys)).toEqual([7, 90, 1234]);
    expect(Array.from(back.cue.entryWeight)).toEqual([10, -3, 4, 2]);
    expect(back.role.scale).toBe(0.5);
  });

  it('scores features and reads the transition scores from the role model', () => {
    const m = attributionModelFromParts({ info: {}, cue, role });
    const scores = new Float64Array(2);
    linearScorer(m.cue)(Int32Array.from([90, 7, 555]), 3, scores);
    expect(Array.from(scores)).toEqual([-3, 14]);
    // the transition feature from label O (0) adds 8 to label 3
    expect(m.transitions[0 * ROLE_LABELS + 3]).toBe(8);
    expect(m.transitions[1 * ROLE_LABELS + 3]).toBe(0);
  });

  it('refuses a file of another kind or format version', () => {
    expect(() => decodeAttributionModelParts(new TextEncoder().encode('ENTSYN........'))).toThrow(/not an attribution model file/);
    const bytes = encodeAttributionModel({ info: {}, cue, role });
    bytes[6] = 99;
    expect(() => decodeAttributionModelParts(bytes)).toThrow(/format 99 is not supported/);
  });

  it('names the attribution model when its file is cut short', () => {
    const bytes = encodeAttributionModel({ info: {}, cue, role });
    expect(() => decodeAttributionModelParts(bytes.subarray(0, bytes.length - 3))).toThrow(/attribution model file ends early/);
  });
});
