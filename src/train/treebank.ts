/**
 * Reading the UD English treebanks from `../shared/treebanks` (or a given folder): the official
 * per-document sources and train/dev/test file lists, with GUM's genres filtered by licence.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EntenteError } from '../core/errors/errors.js';
import { parseConllu, type ConlluSentence } from '../core/syntax/conllu.js';

export type Split = 'train' | 'dev' | 'test';
export type TreebankName = 'ewt' | 'gum';

/**
 * GUM genres whose texts the GUM licence file names as CC-BY or public domain (Wikimedia news,
 * interviews, bios and Wikivoyage; OpenStax textbooks; YouTube CC vlogs; public-domain speeches;
 * the Santa Barbara conversations). A shipped model is trained on these only: fiction and wikiHow
 * are CC BY-NC-SA, and academic, court, essay, letter and podcast are not covered by the licence
 * statement, so they are left out too (they stay usable for evaluation).
 */
export const GUM_TRAIN_GENRES: readonly string[] = ['news', 'interview', 'bio', 'voyage', 'textbook', 'vlog', 'speech', 'conversation'];

/** A document of a treebank. */
export interface TreebankDoc {
  readonly treebank: TreebankName;
  /** Document name (EWT: path under sources/, GUM: `GUM_<genre>_<name>`). */
  readonly name: string;
  readonly genre: string;
  readonly sentences: ConlluSentence[];
}

/** Folder of a treebank under the treebanks root. */
export function treebankDir(root: string, tb: TreebankName): string {
  return join(root, tb === 'ewt' ? 'UD_English-EWT' : 'UD_English-GUM', 'not-to-release');
}

/** The file list of a split: document names, in order. */
export function splitList(root: string, tb: TreebankName, split: Split): string[] {
  const p = join(treebankDir(root, tb), 'file-lists', `files.${split}`);
  if (!existsSync(p)) throw new EntenteError('E501', `treebank file list ${p} is missing; pass --treebanks with the folder holding UD_English-EWT and UD_English-GUM`, { input: p });
  return readFileSync(p, 'utf8').split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
}

/** Path of a document's source file. */
export function docPath(root: string, tb: TreebankName, name: string): string {
  return join(treebankDir(root, tb), 'sources', tb === 'ewt' ? name : `${name}.conllu`);
}

/** Genre of a document name. */
export function genreOf(tb: TreebankName, name: string): string {
  return tb === 'ewt' ? name.split('/')[0] : name.split('_')[1] ?? '';
}

/**
 * Loads the documents of a split. `genres` keeps only documents of those genres (GUM); documents
 * listed but absent from the sources (GUM's Reddit texts are not distributed) are skipped.
 */
export function loadSplit(root: string, tb: TreebankName, split: Split, genres?: readonly string[]): TreebankDoc[] {
  const docs: TreebankDoc[] = [];
  for (const name of splitList(root, tb, split)) {
    const genre = genreOf(tb, name);
    if (genres && !genres.includes(genre)) continue;
    const p = docPath(root, tb, name);
    if (!existsSync(p)) continue;
    docs.push({ treebank: tb, name, genre, sentences: parseConllu(readFileSync(p, 'utf8'), p) });
  }
  return docs;
}

/** Every sentence of `docs`, in order. */
export function sentencesOf(docs: readonly TreebankDoc[]): ConlluSentence[] {
  return docs.flatMap((d) => d.sentences);
}
