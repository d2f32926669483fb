/** Units of a page built from lines, for tests of the reader's passes. */
import { MappedText } from '../mapped-text.js';
import type { Item } from '../page-items.js';

/** One undecided unit per line. */
export function itemsOf(lines: readonly string[]): Item[] {
  return lines.map((l) => ({ body: MappedText.fromSource(l), role: null }));
}

/** The text of the units still undecided or kept. */
export function kept(items: readonly Item[]): string[] {
  return items.filter((it) => it.role !== 'drop' && it.role !== 'meta').map((it) => it.body.text);
}
