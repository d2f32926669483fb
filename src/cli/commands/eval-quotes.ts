/**
 * `entente eval-quotes [DIR] [--split train|dev|test]`: runs the attribution extractor over the
 * PolNeAR corpus and prints source, cue and content precision, recall and F1, exact and overlap.
 */
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { EntenteError } from '../../core/errors/errors.js';
import { annotatorAgreement, evaluatePolnear, formatPolnearResult } from '../../eval/quotes/evaluate-polnear.js';
import { polnearPipeline } from '../../eval/quotes/polnear-pipeline.js';
import { readPolnear, type PolnearSplit } from '../../eval/quotes/polnear-reader.js';
import { ATTRIBUTION_MODEL_FILE, loadAttributionModel } from '../../engine/load-quote-resources.js';
import { dataPath } from '../../package-info.js';
import type { CliIo } from '../io.js';
import { EXIT } from '../main.js';

const DEFINITIONS = `
Scoring (as BBC citron's evaluation, over a tokenisation independent of Entente's: runs of letters
and digits, and every other non-space character on its own):
  exact    a predicted attribution counts for a role when its cue shares a token with a gold
           attribution's cue and its spans for that role cover the same words (punctuation, quote
           marks and the split of a role into several spans ignored); precision over predicted
           attributions, recall over gold ones; attributions without a source are left out of the
           source figures.
  overlap  token level: precision = share of the tokens predicted in a role that gold gives that
           role (in any attribution), recall = share of the gold role tokens predicted so.
Articles annotated by several annotators count once, with the first annotation (file name order).
Tune on train and dev; run test only to report.`;

/** Registers `eval-quotes` on the program. */
export function registerEvalQuotes(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command('eval-quotes')
    .description('score attribution extraction (source, cue, content) on the PolNeAR corpus, exact and overlap')
    .argument('[dir]', 'the PolNeAR folder (holding data/<split>/text and data/<split>/attributions)', resolve(process.env.ENTENTE_SHARED ?? resolve(process.cwd(), '..', 'shared'), 'yardsticks', 'polnear'))
    .option('--split <split>', 'train, dev or test', 'dev')
    .option('--rules', 'use the rules instead of the trained attribution model')
    .option('--model <file>', 'attribution model file', dataPath('models', ATTRIBUTION_MODEL_FILE))
    .option('--syntax-model <file>', 'syntax model file (default: the shipped one)')
    .option('--limit <n>', 'score only the first N articles', (v) => Number(v))
    .option('--agreement', 'score the annotators of multiply annotated articles against each other instead (no extraction)')
    .option('--json', 'print the figures as JSON')
    .addHelpText('after', DEFINITIONS)
    .action(async (dir: string, flags: { split: string; rules?: boolean; model: string; syntaxModel?: string; limit?: number; json?: boolean; agreement?: boolean }) => {
      if (!['train', 'dev', 'test'].includes(flags.split)) throw new EntenteError('E203', `--split takes train, dev or test, not '${flags.split}'`);
      if (flags.limit !== undefined && !(flags.limit > 0)) throw new EntenteError('E203', '--limit takes a positive number');
      if (flags.agreement) {
        const r = annotatorAgreement(readPolnear(dir, flags.split as PolnearSplit, { allAnnotations: true }));
        io.stdout.write(flags.json ? JSON.stringify({ split: flags.split, agreement: true, ...r }, null, 1) + '\n' : formatPolnearResult(r, `PolNeAR ${flags.split}: annotator against annotator (articles ${r.counts.articles} = ordered pairs)`));
        setExit(EXIT.ok);
        return;
      }
      const model = flags.rules ? null : loadAttributionModel(flags.model);
      if (!flags.rules && !model) throw new EntenteError('E200', 'the attribution model is missing; train it with npm run train:quotes, or pass --rules', { input: flags.model });
      const docs = readPolnear(dir, flags.split as PolnearSplit, { limit: flags.limit });
      const pipeline = await polnearPipeline(model, { syntaxModel: flags.syntaxModel });
      const result = evaluatePolnear(docs, (article) => pipeline.run(article).quotes);
      const title = `PolNeAR ${flags.split}: ${model ? 'attribution model' : 'rules'}`;
      io.stdout.write(flags.json ? JSON.stringify({ split: flags.split, extractor: model ? 'model' : 'rules', ...result }, null, 1) + '\n' : formatPolnearResult(result, title));
      setExit(EXIT.ok);
    });
}
