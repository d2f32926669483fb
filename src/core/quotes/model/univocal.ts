/**
 * PolNeAR's one-role-per-word convention: a word is the cue, source or content of one attribution
 * only, so a cue that lies inside another attribution's content ("X said Y claimed Z") is not an
 * attribution of its own there — unless the cue tagger is surer of the inner cue than of the outer
 * one: an outer cue found at the edge of the tagger's confidence ("documents how … . DuVernay said
 * she felt …", where the role tagger ran the weak cue's content on into the next sentence) does not
 * hide a sure one. Both are then kept (dropping the outer one instead lost more than it won on
 * PolNeAR dev). Mutual nesting (each cue in the other's content) drops neither.
 */
import { inRuns, type TokenSpan } from '../attribution.js';

/** What the rule reads of an attribution: its cue head, the cue tagger's margin and its content. */
export interface NestableAttribution {
  readonly head: number;
  /** The cue tagger's score margin for the head (higher: surer). */
  readonly margin: number;
  readonly content: readonly TokenSpan[];
}

/**
 * The attributions of `found` that keep their cue: those whose head lies in no other attribution's
 * content (or lies there with a higher margin than that attribution's, or the two hold each other's
 * heads) and in none of `outer` (attributions that always win, such as transcript turns).
 */
export function univocalAttributions<T extends NestableAttribution>(found: readonly T[], outer: readonly { readonly content: readonly TokenSpan[] }[] = []): T[] {
  const hides = (y: T, x: T) => y !== x && inRuns(y.content, x.head) && !inRuns(x.content, y.head) && x.margin <= y.margin;
  return found.filter((x) => !found.some((y) => hides(y, x)) && !outer.some((o) => inRuns(o.content, x.head)));
}
