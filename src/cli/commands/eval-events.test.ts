import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../io.js';
import { run } from '../main.js';

const ROWS = ['1\tIndia\tIndia\tPROPN\t_\t_\t2\tnsubj\t_\t_', '2\tpraised\tpraise\tVERB\t_\t_\t0\troot\t_\t_', '3\tFrance\tFrance\tPROPN\t_\t_\t2\tobj\t_\tSpaceAfter=No', '4\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_'];
const RECORD = { id: 'C1', category: 'TEST', date: '20150609', text: 'India praised France.', parse_ud_conllu: ROWS.join('\n'), gold: [{ eventcode: '051', sourcecode: 'IND', targetcode: 'FRA' }] };

describe('entente eval-events', () => {
  it('scores a PETRARCH-format file from its own parses', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'entente-cli-ev-')), 'r.jsonl');
    writeFileSync(file, JSON.stringify(RECORD) + '\n');
    const io = memoryIo();
    expect(await run(['eval-events', 'petrarch', '--gold-parses', '--file', file, '--per-record'], io)).toBe(0);
    expect(io.out()).toMatch(/^sentences\s+1$/m);
    expect(io.out()).toMatch(/^root\s+P 1\.000\s+R 1\.000/m);
  });

  it('refuses an unknown set or split, and names a missing file', async () => {
    let io = memoryIo();
    expect(await run(['eval-events', 'gdelt'], io)).toBe(1);
    expect(io.err()).toMatch(/unknown evaluation set 'gdelt'.*\[E203\]/);
    io = memoryIo();
    expect(await run(['eval-events', 'plover', '--split', 'half'], io)).toBe(1);
    expect(io.err()).toMatch(/--split must be dev, test or all/);
    io = memoryIo();
    expect(await run(['eval-events', 'petrarch', '--gold-parses', '--file', '/nonexistent/r.jsonl'], io)).toBe(1);
    expect(io.err()).toMatch(/nonexistent\/r\.jsonl: .*missing \[E501\]/);
  });
});
