/**
 * Scores a freshly trained model on the treebanks' dev (and, when asked, test) documents:
 * EWT, GUM (all genres, including those not trained on) and GUM news, gold tokenisation.
 */
import type { SyntaxModel } from '../core/syntax/syntax-model.js';
import { formatScores, type SyntaxScores } from '../eval/syntax/conll18-metrics.js';
import { evaluateModel } from '../eval/syntax/evaluate-model.js';
import { loadSplit, sentencesOf, type Split } from './treebank.js';

export type EvalReport = Record<string, SyntaxScores>;

/** Scores `model` on the evaluation sets; logs one line per set. */
export function evaluateOnTreebanks(model: SyntaxModel, cfg: { treebanks: string; evalTest: boolean }, log: (s: string) => void): EvalReport {
  const report: EvalReport = {};
  const splits: Split[] = cfg.evalTest ? ['dev', 'test'] : ['dev'];
  for (const split of splits) {
    const sets: Array<[string, ReturnType<typeof loadSplit>]> = [
      [`ewt-${split}`, loadSplit(cfg.treebanks, 'ewt', split)],
      [`gum-${split}`, loadSplit(cfg.treebanks, 'gum', split)],
      [`gum-${split}-news`, loadSplit(cfg.treebanks, 'gum', split, ['news'])],
    ];
    for (const [name, docs] of sets) {
      const scores = evaluateModel(model, sentencesOf(docs)).scores();
      report[name] = roundScores(scores);
      log(`${name.padEnd(14)} ${formatScores(scores)}`);
    }
  }
  return report;
}

function roundScores(s: SyntaxScores): SyntaxScores {
  const r = (x: number): number => Number(x.toFixed(2));
  return { words: s.words, upos: r(s.upos), xpos: r(s.xpos), uas: r(s.uas), las: r(s.las), lasFull: r(s.lasFull) };
}
