/**
 * The unlabelled text the word clusters are computed from (`build-word-clusters.ts`): the words of the
 * treebanks' training documents (EWT train, GUM train in the licence-cleared genres; no
 * annotation is read) and the training articles of PolNeAR, tokenised by Entente's tokenizer.
 * Development and test documents are never read, so dev/test scores stay honest. Only the
 * derived cluster table ends up in the model; no text is stored.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { emptyMeta } from '../core/article/article.js';
import { Doc } from '../core/doc/doc.js';
import { Vocab } from '../core/doc/vocab.js';
import { normaliseWord } from '../core/syntax/word-table.js';
import { paragraphBlocks } from '../core/text/segment.js';
import { createTokenizer } from '../core/text/tokenizer-component.js';
import { GUM_TRAIN_GENRES, loadSplit, sentencesOf } from './treebank.js';

/** Sentences of normalised words, and a line per source saying what was read. */
export interface ClusterCorpus {
  sentences: string[][];
  sources: string[];
}

/**
 * Reads the unlabelled training text.
 * @param treebanks  folder holding the UD treebanks
 * @param polnear    PolNeAR's `data` folder (its `train/text/*.txt` are read); skipped when absent
 */
export function readClusterCorpus(treebanks: string, polnear: string | null): ClusterCorpus {
  // only the train split is read: dev and test stay unseen
  const sentences: string[][] = [];
  const sources: string[] = [];
  const ewt = sentencesOf(loadSplit(treebanks, 'ewt', 'train'));
  const gum = sentencesOf(loadSplit(treebanks, 'gum', 'train', GUM_TRAIN_GENRES));
  for (const s of [...ewt, ...gum]) sentences.push(s.words.map((w) => normaliseWord(w.form)));
  sources.push(`treebank train words: ${ewt.length + gum.length} sentences`);
  const dir = polnear === null ? '' : join(polnear, 'train', 'text');
  if (dir !== '' && existsSync(dir)) {
    const tokenizer = createTokenizer();
    const vocab = new Vocab();
    const files = readdirSync(dir).filter((x) => x.endsWith('.txt')).sort();
    for (const f of files) {
      const text = readFileSync(join(dir, f), 'utf8');
      const doc = new Doc(text, emptyMeta(), paragraphBlocks(text), vocab);
      tokenizer.run(doc);
      const { tokStart, tokEnd } = doc.sentences;
      for (let s = 0; s < tokStart.length; s++) {
        const words: string[] = [];
        for (let i = tokStart[s]; i < tokEnd[s]; i++) words.push(normaliseWord(doc.tokenText(i)));
        sentences.push(words);
      }
    }
    sources.push(`PolNeAR train articles: ${files.length}`);
  }
  return { sentences, sources };
}
