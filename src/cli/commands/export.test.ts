import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { xmlProblems } from '../../corpus/test-support/xml-check.js';
import { fixtureStoreCli } from './test-support/fixture-store-cli.js';

const { dir, run: exportCli } = fixtureStoreCli('export');

describe('entente export', () => {
  it('writes every format to a file', async () => {
    for (const format of ['gdelt', 'plover', 'csv', 'jsonl', 'graphml', 'gexf']) {
      const out = join(dir, `corpus.${format}`);
      const r = await exportCli('--format', format, '--out', out);
      expect(r.code, r.err).toBe(0);
      expect(r.err).toMatch(new RegExp(`exported \\d+ (events|edges) to .*corpus\\.${format}`));
      const text = readFileSync(out, 'utf8');
      if (format === 'gdelt') for (const line of text.trimEnd().split('\n')) expect(line.split('\t')).toHaveLength(61);
      if (format === 'plover') expect(JSON.parse(text)).toHaveLength(7);
      if (format === 'jsonl') expect(text.trimEnd().split('\n').map((l) => JSON.parse(l).event_id)).toHaveLength(7);
      if (format === 'csv') expect(text.split('\r\n')[0]).toMatch(/^event_id,date,type/);
      if (format === 'graphml' || format === 'gexf') expect(xmlProblems(text)).toEqual([]);
    }
  });

  it('writes to standard output, with a date range and negated events on request', async () => {
    const r = await exportCli('--format', 'jsonl', '--from', '2024-03-04', '--to', '2024-03-04', '--negated');
    const events = r.out.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(events.map((e) => e.event_date)).toEqual(Array(5).fill('2024-03-04'));
    expect(events.filter((e) => e.negated)).toHaveLength(1);
  });

  it('refuses an unknown format', async () => {
    const r = await exportCli('--format', 'xlsx');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/unknown export format "xlsx".*\[E203\]/);
  });
});
