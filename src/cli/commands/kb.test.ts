import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../io.js';
import { run } from '../main.js';

describe('entente kb lookup', () => {
  it('shows a metonym as the government with its CAMEO code', async () => {
    const io = memoryIo();
    expect(await run(['kb', 'lookup', 'the', 'Kremlin'], io)).toBe(0);
    expect(io.out()).toMatch(/^state:RUS {2}Russia {2}\(state, via metonym "the Kremlin"\).*cameo RUSGOV/);
  });
  it('shows states by ISO code and agent words with their role', async () => {
    const io = memoryIo();
    expect(await run(['kb', 'lookup', 'KZ'], io)).toBe(0);
    expect(io.out()).toContain('state:KAZ  Kazakhstan');
    const io2 = memoryIo();
    expect(await run(['kb', 'lookup', 'foreign', 'ministers'], io2)).toBe(0);
    expect(io2.out()).toContain('sector GOV  role foreign minister  (group)');
  });
  it('fails with a one-line message for an unknown name or a bad date', async () => {
    const io = memoryIo();
    expect(await run(['kb', 'lookup', 'Atlantis'], io)).toBe(1);
    expect(io.err()).toBe('entente: nothing in the knowledge base under "Atlantis"\n');
    const io2 = memoryIo();
    expect(await run(['kb', 'lookup', 'Russia', '--date', '15/09/2022'], io2)).toBe(1);
    expect(io2.err()).toMatch(/--date must be YYYY-MM-DD .*\[E203\]\n$/);
  });
  it('reads a user file given with --kb', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'entente-kb-cli-'));
    const file = join(dir, 'mine.json');
    writeFileSync(file, JSON.stringify([
      { id: 'person:dana-testova', name: 'Dana Testova', roles: [{ role: 'foreign minister', title: 'Foreign Minister', country: 'KAZ', start: '2030-01-01', end: null }] },
    ]));
    const io = memoryIo();
    expect(await run(['kb', 'lookup', 'Dana Testova', '--date', '2031-05-01', '--kb', file], io)).toBe(0);
    expect(io.out()).toContain('role foreign minister (Foreign Minister) on 2031-05-01');
  });
});

describe('entente kb import-petrarch', () => {
  it('converts a dictionary into KB JSON that loads with --kb', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'entente-kb-cli-'));
    const dict = join(dir, 'test.actors');
    const out = join(dir, 'test.json');
    writeFileSync(dict, [
      'NURLAN_EXAMPLEOV_  # invented',
      '+MINISTER_EXAMPLEOV_',
      '\t[KAZGOV 300101-300630]',
      'KAZAKH_STEPPE_GUARD_ [KAZMIL]',
      'KAZAKHSTAN_ [KAZ]',
      '+QAZAQ_ELI_',
      '',
    ].join('\n'));
    const io = memoryIo();
    expect(await run(['kb', 'import-petrarch', dict, '--out', out], io)).toBe(0);
    expect(io.err()).toMatch(/3 entries, 5 names → 3 KB entries \(1 people, 1 organisations, 0 IGOs; 1 merged/);
    const entries = JSON.parse(readFileSync(out, 'utf8')) as { id: string }[];
    expect(entries.map((e) => e.id)).toEqual(['org:kazakh-steppe-guard', 'person:nurlan-exampleov', 'state:KAZ']);
    const io2 = memoryIo();
    expect(await run(['kb', 'lookup', 'Minister Exampleov', '--date', '2030-03-01', '--kb', out], io2)).toBe(0);
    expect(io2.out()).toMatch(/person:nurlan-exampleov .*cameo KAZGOV/);
    const io3 = memoryIo();
    expect(await run(['kb', 'lookup', 'Qazaq Eli', '--kb', out], io3)).toBe(0);
    expect(io3.out()).toContain('state:KAZ  Kazakhstan');
  });
  it('names an unreadable dictionary (E200)', async () => {
    const io = memoryIo();
    expect(await run(['kb', 'import-petrarch', '/nonexistent/x.actors'], io)).toBe(1);
    expect(io.err()).toMatch(/^entente: \/nonexistent\/x\.actors: cannot read the dictionary.*\[E200\]\n$/);
  });
});
