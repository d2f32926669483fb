/**
 * `entente eval-events plover|petrarch`: runs the event coder over the PLOVER gold-standard records
 * or PETRARCH-2's real-actor validation set and prints the figures. By default every sentence goes
 * through the engine's full pipeline from raw text; `--gold-parses` (PETRARCH only) codes from the
 * parses the records come with and knowledge-base name matching, to study the coder on its own.
 */
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { EntenteError } from '../../core/errors/errors.js';
import { DEFAULT_COMPONENTS, defaultComponents } from '../../engine/components.js';
import { sharedResources } from '../../engine/resources.js';
import { createEngine } from '../../engine/engine.js';
import { eventsEntry, loadEventResources } from '../../engine/load-event-resources.js';
import { loadKnowledgeBase } from '../../engine/load-kb.js';
import { engineAnalyzer, type EventAnalyzer, type Split } from '../../eval/events/analyzer.js';
import { formatPetrarch, formatPlover } from '../../eval/events/format-event-eval.js';
import { goldParseAnalyzer } from '../../eval/events/gold-parse-analyzer.js';
import { readPetrarchRecords, scorePetrarch } from '../../eval/events/petrarch-gsr.js';
import { readPloverRecords, scorePlover } from '../../eval/events/plover-gsr.js';
import type { CliIo } from '../io.js';
import { EXIT } from '../main.js';

interface Flags {
  file?: string;
  split: string;
  json?: boolean;
  perRecord?: boolean;
  goldParses?: boolean;
  lexicon?: string[];
  participants?: string;
}

const SETS = {
  plover: ['yardsticks', 'plover', 'PLOVER_GSR_CAMEO.txt'],
  petrarch: ['yardsticks', 'petrarch', 'validation', 'petr2_gsr_validation.jsonl'],
} as const;

/** The pipeline entries that build tokens and the parse; `--gold-parses` takes those from the records. */
const PARSE_BUILDERS = new Set(['tokenizer', 'tagger', 'parser', 'lemmatizer']);

/** The shared folder: $ENTENTE_SHARED or `../shared` next to the working directory. */
function sharedFile(parts: readonly string[]): string {
  return resolve(process.env.ENTENTE_SHARED ?? resolve(process.cwd(), '..', 'shared'), ...parts);
}

/** Registers `eval-events` on the program. */
export function registerEvalEvents(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command('eval-events')
    .description('score the event coder on the PLOVER gold-standard records or the PETRARCH-2 validation set')
    .argument('<set>', 'plover or petrarch')
    .option('--file <path>', 'the data file (default: under ../shared/yardsticks or $ENTENTE_SHARED)')
    .option('--split <split>', 'dev, test or all: a stable half of the records by id', 'all')
    .option('--per-record', 'list what each record missed')
    .option('--json', 'print the figures as JSON')
    .option('--gold-parses', 'PETRARCH only: code from the records\' own parses with knowledge-base name matching (development)')
    .option('--lexicon <file...>', 'extra trigger lexicon files')
    .option('--participants <mode>', 'strict (events need a source, frames a target) or lenient; default: lenient for plover, whose records need no recipient, strict for petrarch')
    .action(async (set: string, flags: Flags) => {
      if (set !== 'plover' && set !== 'petrarch') throw new EntenteError('E203', `unknown evaluation set '${set}'; use plover or petrarch`);
      if (!['dev', 'test', 'all'].includes(flags.split)) throw new EntenteError('E203', `--split must be dev, test or all, not '${flags.split}'`);
      const split = flags.split as Split;
      const participants = (flags.participants ?? (set === 'plover' ? 'lenient' : 'strict')) as 'strict' | 'lenient';
      if (participants !== 'strict' && participants !== 'lenient') throw new EntenteError('E203', `--participants must be strict or lenient, not '${String(flags.participants)}'`);
      const file = flags.file ?? sharedFile(SETS[set]);
      // The records are read first, so a missing or malformed file is named before any model loads.
      const records = set === 'plover' ? { plover: readPloverRecords(file) } : { petrarch: readPetrarchRecords(file) };
      let analyze: EventAnalyzer;
      if (flags.goldParses) {
        if (set !== 'petrarch') throw new EntenteError('E203', '--gold-parses needs records that carry a parse: only the petrarch set does');
        // The engine's components that read only tokens and sentences (dates, actors) run over the gold parse.
        const resources = sharedResources();
        // Those that build the parse are never created, so this mode needs no syntax model.
        const readers = DEFAULT_COMPONENTS.filter((e) => !PARSE_BUILDERS.has(e.name) && e.name !== 'events');
        const built = (await defaultComponents(resources, readers)).filter((c) => c.reads.every((l) => l === 'tokens' || l === 'sentences' || l === 'dates'));
        const actorComponents = built.filter((c) => !c.writes.some((l) => l === 'tokens' || l === 'pos' || l === 'deps' || l === 'lemmas'));
        analyze = goldParseAnalyzer(loadKnowledgeBase(), loadEventResources({ userLexicon: flags.lexicon }), { includeStatements: true, participants }, actorComponents);
      } else {
        // The default pipeline, with the coder set up for this set: PETRARCH's gold codes public statements (01x).
        const components = DEFAULT_COMPONENTS.map((e) => (e.name === 'events' ? eventsEntry({ includeStatements: set === 'petrarch', participants, userLexicon: flags.lexicon }) : e));
        const engine = await createEngine({ components });
        if (!engine.pipeline.components.some((c) => c.writes.includes('events'))) {
          io.stderr.write('entente: the pipeline has no events component yet: every sentence will be coded as having no events\n');
        }
        analyze = engineAnalyzer(engine);
      }
      const per = flags.perRecord === true;
      if (records.plover) {
        const score = await scorePlover(records.plover, analyze, split);
        io.stdout.write(flags.json ? JSON.stringify(per ? score : { ...score, results: undefined }, null, 1) + '\n' : formatPlover(score, per));
      } else {
        const score = await scorePetrarch(records.petrarch ?? [], analyze, split);
        io.stdout.write(flags.json ? JSON.stringify(per ? score : { ...score, results: undefined }, null, 1) + '\n' : formatPetrarch(score, per));
      }
      setExit(EXIT.ok);
    });
}
