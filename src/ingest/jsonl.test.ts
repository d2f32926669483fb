import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { parseJsonLine, readJsonLines, type RawArticle } from './jsonl.js';

const dir = mkdtempSync(join(tmpdir(), 'entente-jsonl-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const LINES = [
  JSON.stringify({ url: 'https://example.org/a', title: 'Talks resume', published: '2024-02-01', text: 'Delegations from both countries met on Thursday.' }),
  '',
  JSON.stringify({ url: 'https://example.org/b', title: 'Summit', published: '2024-02-02', html: '<p>Leaders gathered in the capital.</p>', publisher: 'Example Wire', authors: ['A. Writer'] }),
  '{"url": "https://example.org/c", "title": ',
  JSON.stringify({ url: 'https://example.org/d', title: 'No body' }),
  JSON.stringify(['not', 'an', 'object']),
];

async function all(path: string): Promise<RawArticle[]> {
  const out: RawArticle[] = [];
  for await (const r of readJsonLines(path)) out.push(r);
  return out;
}

describe('JSON Lines input', () => {
  it('reads text and html records with their metadata, naming each by file and line', async () => {
    const path = join(dir, 'batch.jsonl');
    writeFileSync(path, '\uFEFF' + LINES.join('\n') + '\n');
    const recs = await all(path);
    expect(recs.map((r) => [r.input.replace(dir, ''), r.kind])).toEqual([
      ['/batch.jsonl#1', 'text'],
      ['/batch.jsonl#3', 'html'],
      ['/batch.jsonl#4', 'invalid'],
      ['/batch.jsonl#5', 'invalid'],
      ['/batch.jsonl#6', 'invalid'],
    ]);
    expect(recs[0]).toMatchObject({ body: 'Delegations from both countries met on Thursday.', meta: { url: 'https://example.org/a', title: 'Talks resume', published: '2024-02-01' }, sourceKind: 'jsonl' });
    expect(recs[1]).toMatchObject({ meta: { publisher: 'Example Wire', authors: ['A. Writer'] } });
    const bad = recs.slice(2).map((r) => (r.kind === 'invalid' ? [r.error.code, r.error.message] : null));
    expect(bad[0]![0]).toBe('E110');
    expect(bad[0]![1]).toMatch(/not valid JSON/);
    expect(bad[1]![1]).toMatch(/neither "text" nor "html"/);
    expect(bad[2]![1]).toMatch(/not a JSON object/);
  });

  it('reads gzip-compressed files', async () => {
    const path = join(dir, 'batch.jsonl.gz');
    writeFileSync(path, gzipSync(LINES.slice(0, 3).join('\n')));
    expect((await all(path)).map((r) => r.kind)).toEqual(['text', 'html']);
  });

  it('fails with E103 for a missing file', async () => {
    await expect(all(join(dir, 'missing.jsonl'))).rejects.toMatchObject({ code: 'E103' });
  });

  it('skips blank lines and accepts "date" and "source" as synonyms', () => {
    expect(parseJsonLine('x#1', '   ')).toBeNull();
    expect(parseJsonLine('x#2', JSON.stringify({ text: 'Body.', date: '2023-01-05', source: 'Wire' }))).toMatchObject({
      kind: 'text',
      meta: { published: '2023-01-05', publisher: 'Wire' },
    });
  });
});
