/**
 * A growable pair of `Uint32Array`s receiving token offsets from the tokenizer: no object per
 * token, amortised doubling, trimmed copies at the end.
 */

/** Where the tokenizer writes each token's `[start, end)`. */
export interface TokenSink {
  push(start: number, end: number): void;
}

/** A {@link TokenSink} over typed arrays. */
export class TokenBuffer implements TokenSink {
  start: Uint32Array;
  end: Uint32Array;
  length = 0;

  constructor(capacity = 256) {
    const n = Math.max(16, capacity | 0);
    this.start = new Uint32Array(n);
    this.end = new Uint32Array(n);
  }

  push(start: number, end: number): void {
    if (this.length === this.start.length) this.grow();
    this.start[this.length] = start;
    this.end[this.length] = end;
    this.length++;
  }

  /** Trimmed copies of the offsets written so far. */
  finish(): { start: Uint32Array; end: Uint32Array } {
    return { start: this.start.slice(0, this.length), end: this.end.slice(0, this.length) };
  }

  private grow(): void {
    const n = this.start.length * 2;
    const start = new Uint32Array(n);
    const end = new Uint32Array(n);
    start.set(this.start);
    end.set(this.end);
    this.start = start;
    this.end = end;
  }
}
