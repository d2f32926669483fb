/**
 * An integer vocabulary shared by every Doc a pipeline makes (wink-nlp's design): a token's surface
 * form is stored once as an id, and anything derived from a word (its lower case, shape, model
 * features) can be cached per id instead of recomputed per occurrence.
 */
export class Vocab {
  private readonly ids = new Map<string, number>();
  private readonly strings: string[] = [];

  /** The id of `s`, adding it when new. */
  id(s: string): number {
    let id = this.ids.get(s);
    if (id === undefined) {
      id = this.strings.length;
      this.strings.push(s);
      this.ids.set(s, id);
    }
    return id;
  }

  /** The id of `s`, or `undefined` when it has never been seen. */
  find(s: string): number | undefined {
    return this.ids.get(s);
  }

  /** The string of `id`. */
  str(id: number): string {
    const s = this.strings[id];
    if (s === undefined) throw new RangeError(`no vocabulary entry ${id}`);
    return s;
  }

  /** Number of distinct strings. */
  get size(): number {
    return this.strings.length;
  }
}
