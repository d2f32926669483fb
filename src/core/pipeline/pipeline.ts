/**
 * A pipeline: components run in order over one Doc. Construction checks that every layer a
 * component reads is written by an earlier one, so a misassembled pipeline fails at once with a
 * coded error instead of deep inside a component.
 */
import type { Article } from '../article/article.js';
import { Doc, type Layer } from '../doc/doc.js';
import { Vocab } from '../doc/vocab.js';
import { EntenteError, isEntenteError } from '../errors/errors.js';
import type { Component } from './component.js';

export class Pipeline {
  readonly components: readonly Component[];
  /** The vocabulary shared by every Doc this pipeline makes. */
  readonly vocab: Vocab;

  constructor(components: readonly Component[], vocab: Vocab = new Vocab()) {
    const available = new Set<Layer>();
    for (const c of components) {
      const missing = c.reads.filter((l) => !available.has(l));
      if (missing.length) {
        throw new EntenteError(
          'E300',
          `component '${c.name}' reads ${missing.map((m) => `'${m}'`).join(', ')} but no earlier component writes it; ` +
            `put a component that writes it before '${c.name}'`,
        );
      }
      for (const l of c.writes) available.add(l);
    }
    this.components = components;
    this.vocab = vocab;
  }

  /** Layers the pipeline writes. */
  get layers(): Layer[] {
    return [...new Set(this.components.flatMap((c) => c.writes))];
  }

  /** A new pipeline with only the components up to and including `name`. */
  upTo(name: string): Pipeline {
    const i = this.components.findIndex((c) => c.name === name);
    if (i < 0) throw new EntenteError('E203', `no component named '${name}' in the pipeline; known: ${this.components.map((c) => c.name).join(', ')}`);
    return new Pipeline(this.components.slice(0, i + 1), this.vocab);
  }

  /** Runs every component over a Doc made from `article`. */
  run(article: Article): Doc {
    const doc = Doc.fromArticle(article, this.vocab);
    return this.runDoc(doc);
  }

  /** Runs every component over an existing Doc. */
  runDoc(doc: Doc): Doc {
    for (const c of this.components) {
      try {
        c.run(doc);
      } catch (e) {
        if (isEntenteError(e)) throw e;
        throw new EntenteError('E301', `component '${c.name}' failed: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
      }
      for (const l of c.writes) doc.markWritten(l);
    }
    return doc;
  }
}
