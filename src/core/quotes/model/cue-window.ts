/**
 * The window of tokens a cue's source and content are looked for in: the cue's sentence, widened
 * over every quotation that touches it (a quote of several sentences followed by '…," he said') and
 * over the next sentence when the cue's sentence ends with a colon ('The ministry said:').
 */
import type { DocView } from './doc-view.js';
import type { CueWindow } from './role-features.js';

/** Most tokens a window holds on each side of its cue. */
const MAX_SIDE = 120;

/** The window of the cue whose head is token `head`. */
export function cueWindow(v: DocView, head: number, colonWord: number): CueWindow {
  const s = v.sentence[head];
  let from = v.sentStart[s];
  let to = v.sentEnd[s];
  const last = to - 1;
  if ((v.word[last] === colonWord || (last > from && v.word[last - 1] === colonWord && v.mark[last] === 1)) && s + 1 < v.sentStart.length) {
    to = v.sentEnd[s + 1];
  }
  // a quotation that ends right where the sentence starts ('"Good morning!" she wrote'): the
  // sentence splitter cut after its closing mark
  const adjacent = v.quotes.find((q) => q.outer.to === from && q.quote.closed && v.paragraph[q.outer.from] === v.paragraph[from]);
  if (adjacent) from = v.sentStart[v.sentence[adjacent.outer.from]];
  for (let changed = true, rounds = 0; changed && rounds < 4; rounds++) {
    changed = false;
    for (const q of v.quotes) {
      if (q.outer.to <= from || q.outer.from >= to) continue;
      const a = v.sentStart[v.sentence[q.outer.from]];
      const b = v.sentEnd[v.sentence[Math.max(q.outer.from, q.outer.to - 1)]];
      if (a < from) {
        from = a;
        changed = true;
      }
      if (b > to) {
        to = b;
        changed = true;
      }
    }
  }
  from = Math.max(from, head - MAX_SIDE);
  to = Math.min(to, head + 1 + MAX_SIDE);
  return { head, from, to };
}
