/**
 * Reads the PolNeAR corpus (Newell, Margolin & Ruths, LREC 2018) from its distribution folder:
 * `data/<split>/text/<article>.txt` and `data/<split>/attributions/<article>_<annotator>.ann`.
 *
 * A few articles were annotated by several annotators (to measure agreement). For evaluation each
 * article counts once, with the annotation whose file name sorts first; training may ask for all.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EntenteError } from '../../core/errors/errors.js';
import { parseBratAttributions, type Attribution } from './brat-attributions.js';

/** The core splits of PolNeAR. */
export type PolnearSplit = 'train' | 'dev' | 'test';

/** One annotated article. */
export interface PolnearDoc {
  /** The article's file stem. */
  readonly name: string;
  /** Id of the annotator whose annotation this is. */
  readonly annotator: string;
  readonly text: string;
  readonly attributions: readonly Attribution[];
}

/** Options of {@link readPolnear}. */
export interface ReadPolnearOptions {
  /** Every annotation of a multiply annotated article (default: the first only). */
  readonly allAnnotations?: boolean;
  /** Read at most this many articles (in name order). */
  readonly limit?: number;
}

/**
 * The articles of `split` under `dir` (the folder holding `data/`, or `data/` itself). Throws E501
 * when the split's folders are missing.
 */
export function readPolnear(dir: string, split: PolnearSplit, options: ReadPolnearOptions = {}): PolnearDoc[] {
  const root = existsSync(join(dir, 'data', split)) ? join(dir, 'data', split) : join(dir, split);
  const textDir = join(root, 'text');
  const annDir = join(root, 'attributions');
  if (!existsSync(textDir) || !existsSync(annDir)) {
    throw new EntenteError('E501', `${dir}: no PolNeAR '${split}' split (expected ${join('data', split, 'text')} and ${join('data', split, 'attributions')})`, {
      input: dir,
    });
  }
  const texts = readdirSync(textDir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => f.slice(0, -4))
    .sort();
  const annFiles = readdirSync(annDir)
    .filter((f) => f.endsWith('.ann'))
    .sort();
  const byArticle = new Map<string, string[]>();
  for (const f of annFiles) {
    const m = /^(.*)_([0-9a-f]+)\.ann$/.exec(f);
    if (!m) continue;
    const list = byArticle.get(m[1]) ?? [];
    list.push(f);
    byArticle.set(m[1], list);
  }
  const out: PolnearDoc[] = [];
  for (const name of texts.slice(0, options.limit ?? texts.length)) {
    const anns = byArticle.get(name);
    if (!anns) continue;
    const text = readFileSync(join(textDir, name + '.txt'), 'utf8');
    for (const f of options.allAnnotations ? anns : anns.slice(0, 1)) {
      const annotator = /_([0-9a-f]+)\.ann$/.exec(f)?.[1] ?? '';
      out.push({ name, annotator, text, attributions: parseBratAttributions(readFileSync(join(annDir, f), 'utf8'), f) });
    }
  }
  return out;
}
