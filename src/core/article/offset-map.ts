/**
 * A monotone map from offsets in a derived text (the clean article body) to offsets in the source it
 * was derived from (the raw file or HTML). Built from copied runs: each run says "these `length`
 * characters of the clean text are a verbatim copy of the source starting at `sourceStart`".
 * Characters the reader inserted (paragraph breaks, decoded entities) map to the nearest run before them.
 */
export interface OffsetRun {
  readonly start: number;
  readonly sourceStart: number;
  readonly length: number;
}

/** Map from clean-text offsets to source offsets. Immutable once built. */
export class OffsetMap {
  private readonly starts: Uint32Array;
  private readonly sources: Uint32Array;
  private readonly lengths: Uint32Array;

  /** @param runs copied runs in increasing `start` order, not overlapping */
  constructor(runs: readonly OffsetRun[]) {
    this.starts = new Uint32Array(runs.length);
    this.sources = new Uint32Array(runs.length);
    this.lengths = new Uint32Array(runs.length);
    let prevEnd = 0;
    runs.forEach((r, i) => {
      if (r.start < prevEnd) throw new RangeError(`offset runs overlap or are out of order at run ${i}`);
      this.starts[i] = r.start;
      this.sources[i] = r.sourceStart;
      this.lengths[i] = r.length;
      prevEnd = r.start + r.length;
    });
  }

  /** The identity map for a text that is its own source. */
  static identity(length: number): OffsetMap {
    return new OffsetMap(length > 0 ? [{ start: 0, sourceStart: 0, length }] : []);
  }

  /** Number of copied runs. */
  get size(): number {
    return this.starts.length;
  }

  /** The copied runs, in order. */
  runs(): OffsetRun[] {
    return Array.from(this.starts, (start, i) => ({ start, sourceStart: this.sources[i], length: this.lengths[i] }));
  }

  /**
   * Source offset of clean-text offset `offset`. Inside a run the mapping is exact; in inserted text
   * it is the end of the previous run (or 0 before the first).
   */
  toSource(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid] <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (found < 0) return this.starts.length ? this.sources[0] : offset;
    const delta = offset - this.starts[found];
    return this.sources[found] + Math.min(delta, this.lengths[found]);
  }
}
