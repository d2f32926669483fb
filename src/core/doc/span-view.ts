/**
 * Span views over a parsed Doc: the character span of a token's subtree ("the Chinese leader"),
 * and the full name around a name's head ("Russian President Vladimir Putin"). Spans are token
 * ranges `[tokStart, tokEnd)` together with their character offsets into `doc.text`.
 */
import type { Span } from '../span.js';
import type { DepWalker } from './dep-walk.js';
import type { Doc } from './doc.js';

/** A token range with its character span. */
export interface TokenRange extends Span {
  readonly tokStart: number;
  readonly tokEnd: number;
}

/** Options of {@link nameRange}. */
export interface NameOptions {
  /**
   * Include titles and modifiers before the name ("Russian President Vladimir Putin"): nmod:desc,
   * amod and compound dependents. When false only the proper name ("Vladimir Putin"). Default true.
   */
  readonly titles?: boolean;
}

const NAME_RELS = new Set(['flat', 'flat:name', 'flat:foreign']);
const TITLE_RELS = new Set(['nmod:desc', 'amod', 'compound']);

function range(doc: Doc, from: number, to: number): TokenRange {
  const { start, end } = doc.tokenSpan(from, to);
  return { tokStart: from, tokEnd: to, start, end };
}

/** The tokens of `i`'s subtree (the smallest range covering them: UD trees of news are projective). */
export function subtreeRange(doc: Doc, walker: DepWalker, i: number): TokenRange {
  let lo = i;
  let hi = i;
  const stack = [i];
  // the walk visits each descendant once; the bound guards against a malformed, cyclic tree
  for (let steps = 0; stack.length && steps <= doc.length; steps++) {
    const t = stack.pop() as number;
    if (t < lo) lo = t;
    if (t > hi) hi = t;
    for (const c of walker.children(doc, t)) stack.push(c);
  }
  return range(doc, lo, hi + 1);
}

/** Character span of `i`'s subtree. */
export function subtreeSpan(doc: Doc, walker: DepWalker, i: number): Span {
  const r = subtreeRange(doc, walker, i);
  return { start: r.start, end: r.end };
}

/**
 * The full name around token `i` (any token of the name): the name's head (UD heads a name by its
 * first word and attaches the rest with `flat`; older annotation uses `compound` on proper nouns),
 * extended over the contiguous tokens that belong to it.
 */
export function nameRange(doc: Doc, walker: DepWalker, i: number, options: NameOptions = {}): TokenRange {
  const titles = options.titles !== false;
  let head = i;
  for (let d = 0; d < 16 && NAME_RELS.has(doc.deprel(head)) && doc.head(head) >= 0; d++) head = doc.head(head);
  const inName = (t: number): boolean => {
    const rel = doc.deprel(t);
    if (NAME_RELS.has(rel)) return true;
    if (rel === 'compound') return titles || doc.pos(t) === 'PROPN';
    return titles && TITLE_RELS.has(rel);
  };
  const members = new Set<number>([head]);
  const stack = [head];
  while (stack.length && members.size <= doc.length) {
    const t = stack.pop() as number;
    for (const c of walker.children(doc, t)) {
      if (!members.has(c) && inName(c)) {
        members.add(c);
        stack.push(c);
      }
    }
  }
  let from = head;
  let to = head + 1;
  while (members.has(from - 1)) from--;
  while (members.has(to)) to++;
  return range(doc, from, to);
}
