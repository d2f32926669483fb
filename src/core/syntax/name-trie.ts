/**
 * A token trie of multi-word proper names ("South Korea", "United Nations", "Kabul"), for the tag
 * repair: nodes are integers, edges exact word forms, so a caller can cache a first word's node
 * per vocabulary id and walk on only where a name may continue.
 */

/** The names as a trie over their words (split on white space). */
export class NameTrie {
  /** The root node. */
  static readonly ROOT = 0;
  private readonly edges: Map<string, number>[] = [new Map()];
  private readonly ends: boolean[] = [false];

  constructor(names: Iterable<string>) {
    for (const name of names) {
      const words = name.trim().split(/\s+/).filter(Boolean);
      if (words.length === 0) continue;
      // "the States" is a name only with its article (the common noun "States" opens sentences);
      // written "The States" at a sentence start
      if (words[0] === 'the' && words.length > 1) this.add(['The', ...words.slice(1)]);
      this.add(words);
    }
  }

  private add(words: readonly string[]): void {
    let node = NameTrie.ROOT;
    for (const w of words) {
      let next = this.edges[node].get(w);
      if (next === undefined) {
        next = this.edges.length;
        this.edges.push(new Map());
        this.ends.push(false);
        this.edges[node].set(w, next);
      }
      node = next;
    }
    this.ends[node] = true;
  }

  /** Number of nodes (the root included). */
  get size(): number {
    return this.edges.length;
  }

  /** The node reached from `node` by `word`, or -1. */
  child(node: number, word: string): number {
    return this.edges[node].get(word) ?? -1;
  }

  /** True when a name ends at `node`. */
  terminal(node: number): boolean {
    return this.ends[node];
  }
}
