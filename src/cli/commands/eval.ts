/**
 * `entente eval <gold-dir> <pred-dir>`: scores analyses against gold annotations with the referee's
 * rules and figures (see `src/eval/score/`); `--per-article` lists what was missed and what was
 * spurious, `--json` prints the figures as JSON.
 */
import type { Command } from 'commander';
import { formatScoreJson, formatScoreText } from '../../eval/score/format-score.js';
import { scoreCorpus } from '../../eval/score/score-corpus.js';
import type { CliIo } from '../io.js';
import { EXIT } from '../main.js';

/** Registers `eval` on the program. */
export function registerEval(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command('eval')
    .description('score analyses (PRED/NAME.json) against gold files (GOLD/NAME.gold.json)')
    .argument('<gold-dir>', 'folder of NAME.gold.json files')
    .argument('<pred-dir>', 'folder of NAME.json analyses, e.g. written by `entente analyze DIR --json --out PRED`')
    .option('--per-article', 'list what was missed and what was spurious in each article')
    .option('--json', 'print the figures as JSON')
    .action((goldDir: string, predDir: string, flags: { perArticle?: boolean; json?: boolean }) => {
      const { summary, articles } = scoreCorpus(goldDir, predDir);
      const per = flags.perArticle === true;
      io.stdout.write(flags.json ? formatScoreJson(summary, articles, per) : formatScoreText(summary, articles, per));
      setExit(EXIT.ok);
    });
}
