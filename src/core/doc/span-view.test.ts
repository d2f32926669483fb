import { describe, expect, it } from 'vitest';
import { createDepWalker } from './dep-walk.js';
import { nameRange, subtreeRange, subtreeSpan } from './span-view.js';
import { buildDoc } from './test-support/build-doc.js';
import type { Doc } from './doc.js';

const walk = createDepWalker();
const text = (doc: Doc, r: { start: number; end: number }): string => doc.text.slice(r.start, r.end);

// UD English today: a name is headed by its first word, the rest attached with flat; titles are nmod:desc.
const LEADERS = buildDoc(`
  1 Russian   ADJ   2 amod
  2 President PROPN 3 nmod:desc
  3 Vladimir  PROPN 5 nsubj
  4 Putin     PROPN 3 flat
  5 met       VERB  0 root meet
  6 Chinese   ADJ   7 amod
  7 leader    NOUN  8 nmod:desc
  8 Xi        PROPN 5 obj
  9 Jinping   PROPN 8 flat
`);

describe('span views', () => {
  it('gives the full name with titles from any token of the name', () => {
    for (const t of [2, 3]) expect(text(LEADERS, nameRange(LEADERS, walk, t))).toBe('Russian President Vladimir Putin');
    expect(text(LEADERS, nameRange(LEADERS, walk, 7))).toBe('Chinese leader Xi Jinping');
  });

  it('gives only the proper name without titles', () => {
    const r = nameRange(LEADERS, walk, 3, { titles: false });
    expect(text(LEADERS, r)).toBe('Vladimir Putin');
    expect([r.tokStart, r.tokEnd]).toEqual([2, 4]);
    expect(text(LEADERS, nameRange(LEADERS, walk, 8, { titles: false }))).toBe('Xi Jinping');
  });

  it('reads names annotated with compound on the last word', () => {
    const doc = buildDoc(`
      1 George PROPN 3 compound
      2 W.     PROPN 3 compound
      3 Bush   PROPN 4 nsubj
      4 spoke  VERB  0 root
    `);
    expect(text(doc, nameRange(doc, walk, 2, { titles: false }))).toBe('George W. Bush');
  });

  it('gives subtree ranges and spans', () => {
    const r = subtreeRange(LEADERS, walk, 4);
    expect([r.tokStart, r.tokEnd]).toEqual([0, 9]);
    expect(text(LEADERS, subtreeSpan(LEADERS, walk, 7))).toBe('Chinese leader Xi Jinping');
  });
});
