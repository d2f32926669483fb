/**
 * `entente export --format gdelt|plover|csv|jsonl|graphml|gexf [--out FILE]`: the corpus in a format
 * other tools read. Writes to standard output unless `--out` names a file.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Command } from 'commander';
import { EntenteError } from '../../core/errors/errors.js';
import { EXPORT_FORMATS, exportCorpus, isExportFormat, type ExportSink } from '../../corpus/export/export.js';
import type { CliIo } from '../io.js';
import { openExisting } from './query.js';

// The exit codes of `main.ts` (not imported from there: main imports every command, a slow start for workers and children).
const EXIT = { ok: 0, failed: 1 } as const;

interface ExportFlags {
  db: string;
  format: string;
  out?: string;
  from?: string;
  to?: string;
  negated?: boolean;
}

/** Registers `export` on the program. */
export function registerExport(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command('export')
    .description('write the corpus as GDELT 2.0 TSV, PLOVER JSON, CSV, JSON Lines (events) or GraphML/GEXF (actor network)')
    .requiredOption('--format <format>', EXPORT_FORMATS.join(', '))
    .option('--out <file>', 'write to this file instead of standard output')
    .option('--db <path>', 'the SQLite store', 'entente.db')
    .option('--from <date>', 'only events from this date (YYYY, YYYY-MM or YYYY-MM-DD)')
    .option('--to <date>', 'only events up to this date, inclusive')
    .option('--negated', 'also export negated and hypothetical events (flagged)')
    .action(async (flags: ExportFlags) => setExit(await exportCommand(flags, io)));
}

async function exportCommand(flags: ExportFlags, io: CliIo): Promise<number> {
  if (!isExportFormat(flags.format)) throw new EntenteError('E203', `unknown export format "${flags.format}": use one of ${EXPORT_FORMATS.join(', ')}`);
  const store = openExisting(flags.db);
  const file = flags.out ? createWriteStream(flags.out) : null;
  if (file) await once(file, 'open');
  // Waits for the file to drain so a large export does not pile up in memory.
  const sink: ExportSink = file ? { write: async (s) => void (file.write(s) || (await once(file, 'drain'))) } : { write: (s) => io.stdout.write(s) };
  try {
    const n = await exportCorpus(store, flags.format, sink, { filter: { from: flags.from, to: flags.to, includeNegated: flags.negated } });
    if (file) {
      file.end();
      await once(file, 'finish');
      const what = flags.format === 'graphml' || flags.format === 'gexf' ? 'edges' : 'events';
      io.stderr.write(`exported ${n} ${what} to ${flags.out}\n`);
    }
    return EXIT.ok;
  } finally {
    if (file && !file.writableFinished) file.destroy();
    await store.close();
  }
}
