/**
 * The units of a page as the plain-text reader judges them: each has its text (mapped to the
 * source) and the role it has been given so far. The reader's passes share these and the shapes
 * that decide prose from headlines.
 */
import { foldLine, isProse as isSentenceProse, isTitleCaseHeadline, isTitleShaped as isShapedLikeTitle, wordCount } from './line-shape.js';
import type { MappedText } from './mapped-text.js';

/** What a unit turned out to be; null while undecided. */
export type Role = 'drop' | 'meta' | 'title' | 'paragraph' | 'heading';

/** A unit of the page. */
export interface Item {
  body: MappedText;
  role: Role | null;
  /**
   * `barrier`: dropped as site structure (masthead, menu, list label): the headline stands below it.
   * `byline`: a byline or date line of the header: the headline stands above it.
   */
  mark?: 'barrier' | 'byline';
  /** The site's masthead (a barrier too): the line under it is where a tagline stands. */
  masthead?: boolean;
  /** The shape of `body.text`, computed once (see {@link shapeOf}). */
  shape?: Shape;
}

/** What the reader's passes ask of a unit's text, again and again; each answer is computed on first use. */
export class Shape {
  private proseAnswer?: boolean;
  private headlineAnswer?: boolean;
  private foldAnswer?: string;
  constructor(readonly text: string) {}
  get prose(): boolean {
    return (this.proseAnswer ??= isReaderProse(this.text));
  }
  get headline(): boolean {
    return (this.headlineAnswer ??= isHeadlineShaped(this.text));
  }
  get fold(): string {
    return (this.foldAnswer ??= foldLine(this.text));
  }
}

/** The shape of a unit's current text, cached on the unit until its text changes. */
export function shapeOf(it: Item): Shape {
  const text = it.body.text;
  if (it.shape?.text !== text) it.shape = new Shape(text);
  return it.shape;
}

/** True when the unit's text is running prose ({@link isReaderProse}). */
export function isProseItem(it: Item): boolean {
  return shapeOf(it).prose;
}

/** True while a unit may still be article text. */
export function isLive(it: Item): boolean {
  return it.role !== 'drop' && it.role !== 'meta';
}

/**
 * Running prose. A headline in title case ending with a full stop is not ("Envoys Agree To Meet
 * Again."), nor a short question standing alone ("What is in the new pact?"), a headline's form.
 */
export function isReaderProse(line: string): boolean {
  if (/\?["”’]?$/.test(line) && wordCount(line) < 12 && !/[.!?]["”’]?\s+\S/.test(line)) return false;
  return isSentenceProse(line) && !isTitleCaseHeadline(line);
}

/** Shaped like a headline. */
export function isHeadlineShaped(line: string): boolean {
  return isShapedLikeTitle(line) || isTitleCaseHeadline(line);
}

/** Marks a unit dropped as site structure. */
export function dropAsBarrier(it: Item): void {
  it.role = 'drop';
  it.mark = 'barrier';
}
