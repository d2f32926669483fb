import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readJsonFile } from './read-json-file.js';

const dir = mkdtempSync(join(tmpdir(), 'entente-read-json-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readJsonFile', () => {
  it('returns the parsed content', () => {
    const path = join(dir, 'ok.json');
    writeFileSync(path, '[{"id": "state:fra"}]');
    expect(readJsonFile(path)).toEqual([{ id: 'state:fra' }]);
  });

  it('names a missing file with E200 and the caller\'s hint', () => {
    expect(() => readJsonFile(join(dir, 'none.json'), 'data/kb/none.json', 'knowledge-base file is missing; check the path')).toThrow(
      expect.objectContaining({ code: 'E200', input: 'data/kb/none.json', message: expect.stringContaining('knowledge-base file is missing') }),
    );
  });

  it('reports a folder it cannot read as E200', () => {
    expect(() => readJsonFile(dir)).toThrow(expect.objectContaining({ code: 'E200', message: expect.stringContaining('cannot read the file') }));
  });

  it('reports malformed JSON as E201 in one line', () => {
    const path = join(dir, 'bad.json');
    writeFileSync(path, '{"id": ');
    let error: unknown;
    try {
      readJsonFile(path, 'data/bad.json');
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ code: 'E201', input: 'data/bad.json' });
    expect((error as Error).message).toMatch(/not valid JSON/);
    expect((error as Error).message).not.toContain('\n');
  });
});
