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
}
