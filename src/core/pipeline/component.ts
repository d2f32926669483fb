/**
 * A pipeline component (spaCy's design): a named step that declares which Doc layers it reads and
 * which it writes, and shares nothing with other components but the Doc. Resources a component
 * needs (a model, a knowledge base, a lexicon) are given to its factory, never held in module state.
 */
import type { Doc, Layer } from '../doc/doc.js';

export interface Component {
  readonly name: string;
  readonly reads: readonly Layer[];
  readonly writes: readonly Layer[];
  /** Adds the component's layers to `doc`. Must not print, exit, or touch anything but `doc`. */
  run(doc: Doc): void;
}
