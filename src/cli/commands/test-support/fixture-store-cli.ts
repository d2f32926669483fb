/**
 * A store filled with the fixture corpus in a temporary folder, and a way to run one `entente`
 * command against it in-process: the setup of the tests of the commands that read a store
 * (`query`, `export`).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { openSqliteStore } from '../../../store/sqlite/sqlite-store.js';
import { fixtureCorpus } from '../../../store/test-support/corpus-fixture.js';
import { similarityOptions } from '../../../store/test-support/fixtures.js';
import { memoryIo } from '../../io.js';
import { run } from '../../main.js';

/** What one run of the command printed and the exit code it returned. */
export interface CliResult {
  code: number;
  out: string;
  err: string;
}

/** The fixture store of a test file and its command. */
export interface FixtureStoreCli {
  /** The temporary folder, removed after the file's tests. */
  readonly dir: string;
  /** The store's path, inside `dir`. */
  readonly db: string;
  /** Runs `entente <command> ...args --db <db>`. */
  run(...args: string[]): Promise<CliResult>;
}

/**
 * Registers (in the calling test file) the hooks that fill a fresh store with the fixture corpus
 * before its tests and remove it after them; `command` is the command the returned `run` calls.
 */
export function fixtureStoreCli(command: string): FixtureStoreCli {
  const dir = mkdtempSync(join(tmpdir(), `entente-${command}-cli-`));
  const db = join(dir, 'corpus.db');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  beforeAll(async () => {
    const store = openSqliteStore(db);
    for (const d of fixtureCorpus()) await store.putAnalysis(d.article, d.analysis, similarityOptions(d.article, d.name));
    await store.close();
  });
  return {
    dir,
    db,
    async run(...args) {
      const io = memoryIo();
      const code = await run([command, ...args, '--db', db], io);
      return { code, out: io.out(), err: io.err() };
    },
  };
}
