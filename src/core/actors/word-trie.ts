/**
 * A trie over word sequences, for finding every multiword name of a lexicon in a text in one pass:
 * at each start position it walks as far as the text's words allow and reports every complete
 * entry on the way (so the caller can prefer the longest, or weigh shorter ones).
 */
interface TrieNode<T> {
  next: Map<string, TrieNode<T>> | null;
  values: T[] | null;
}

export class WordTrie<T> {
  private readonly root: TrieNode<T> = { next: null, values: null };

  /** Adds `value` under the word sequence `words` (at least one word). */
  add(words: readonly string[], value: T): void {
    if (words.length === 0) return;
    let node = this.root;
    for (const w of words) {
      node.next ??= new Map();
      let child = node.next.get(w);
      if (!child) {
        child = { next: null, values: null };
        node.next.set(w, child);
      }
      node = child;
    }
    (node.values ??= []).push(value);
  }

  /**
   * Entries that start at `words[from]`: each as the number of words it spans and its values,
   * shortest first.
   */
  matchesAt(words: readonly string[], from: number): { length: number; values: readonly T[] }[] {
    const out: { length: number; values: readonly T[] }[] = [];
    let node: TrieNode<T> | undefined = this.root;
    for (let i = from; i < words.length && node?.next; i++) {
      node = node.next.get(words[i]);
      if (!node) break;
      if (node.values) out.push({ length: i - from + 1, values: node.values });
    }
    return out;
  }

  /**
   * Entries that start at `words[from]` when exactly one word is read as another: the first word as
   * one of `firstVariants`, or a later word as a child key that `insideFits(word, key)` accepts. Each
   * comes with the index (from `from`) of the word read differently.
   */
  matchesWithOneEdit(
    words: readonly string[],
    from: number,
    firstVariants: readonly string[],
    insideFits: (word: string, key: string) => boolean,
  ): { length: number; values: readonly T[]; edited: number }[] {
    const out: { length: number; values: readonly T[]; edited: number }[] = [];
    // The rest of the words read exactly, from `node` on at word `i`.
    const walkExact = (node: TrieNode<T> | undefined, i: number, edited: number) => {
      for (; node; i++) {
        if (node.values) out.push({ length: i - from, values: node.values, edited });
        if (i >= words.length || !node.next) break;
        node = node.next.get(words[i]);
      }
    };
    for (const v of firstVariants) walkExact(this.root.next?.get(v), from + 1, 0);
    let node: TrieNode<T> | undefined = this.root.next?.get(words[from]);
    for (let i = from + 1; node?.next && i < words.length; i++) {
      for (const [key, child] of node.next) if (key !== words[i] && insideFits(words[i], key)) walkExact(child, i + 1, i - from);
      node = node.next.get(words[i]);
    }
    return out;
  }

  /**
   * Entries that start at `words[from]` when words `skippable` accepts are passed over inside the
   * entry (a middle initial: "Ferdinand R. Marcos Jr." for "Ferdinand Marcos Jr."): only entries
   * that needed at least one word passed over, each with the number of text words it spans.
   */
  matchesSkipping(words: readonly string[], from: number, skippable: (word: string) => boolean, maxSkips = 2): { length: number; values: readonly T[] }[] {
    const out: { length: number; values: readonly T[] }[] = [];
    let node: TrieNode<T> | undefined = this.root.next?.get(words[from]);
    let skipped = 0;
    for (let i = from + 1; node?.next && i < words.length; i++) {
      const next = node.next.get(words[i]);
      if (next) {
        node = next;
        if (skipped && node.values) out.push({ length: i - from + 1, values: node.values });
      } else if (skipped < maxSkips && skippable(words[i])) skipped++;
      else break;
    }
    return out;
  }
}
