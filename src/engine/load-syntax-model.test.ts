import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { isEntenteError } from '../core/errors/errors.js';
import { parseConllu } from '../core/syntax/conllu.js';
import { encodeSyntaxModel } from '../core/syntax/model-format.js';
import { SMALL_CONLLU } from '../core/syntax/test-support/fixtures.js';
import { trainTinyModel } from '../train/tiny-model.js';
import { gunzipChunk, loadSyntaxModel, readSyntaxModel, syntaxModelFrom } from './load-syntax-model.js';
import { createResources } from './resources.js';

const root = mkdtempSync(join(tmpdir(), 'entente-syntax-model-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const codeOf = (f: () => unknown): string | undefined => {
  try {
    f();
  } catch (e) {
    return isEntenteError(e) ? e.code : 'not an EntenteError';
  }
  return undefined;
};

describe('loading the syntax model', () => {
  const bytes = encodeSyntaxModel(trainTinyModel(parseConllu(SMALL_CONLLU), 3));
  writeFileSync(join(root, 'plain.bin'), bytes);
  writeFileSync(join(root, 'model.bin.gz'), gzipSync(bytes));

  it('reads gzipped and plain files alike', () => {
    const a = readSyntaxModel(join(root, 'model.bin.gz'));
    const b = readSyntaxModel(join(root, 'plain.bin'));
    expect(a.tagger.classes).toEqual(b.tagger.classes);
    expect(a.info).toEqual({ name: 'tiny' });
  });

  it('loads data/models/syntax-en.bin.gz from a data folder, once per resources', async () => {
    const data = join(root, 'data');
    const models = join(data, 'models');
    mkdirSync(models, { recursive: true });
    writeFileSync(join(models, 'syntax-en.bin.gz'), gzipSync(bytes));
    expect(loadSyntaxModel(data).parser.leftRel.length).toBeGreaterThan(0);
    const resources = createResources(data);
    const [m1, m2] = await Promise.all([syntaxModelFrom(resources), syntaxModelFrom(resources)]);
    expect(m1).toBe(m2);
    expect(resources.loaded()).toEqual(['syntax-model']);
  });

  it('gunzips into one buffer of the size the gzip trailer states, and falls back when it states nonsense', () => {
    const gz = gzipSync(bytes);
    expect(gunzipChunk(gz)).toBe(bytes.length + 1);
    const odd = gz.slice();
    odd.fill(0xff, odd.length - 4);
    expect(gunzipChunk(odd)).toBe(16 * 1024);
    expect(gunzipChunk(gz.subarray(0, 10))).toBe(16 * 1024);
  });

  it('fails with E200 for a missing file and E201 for a damaged one', () => {
    expect(codeOf(() => readSyntaxModel(join(root, 'missing.bin.gz')))).toBe('E200');
    writeFileSync(join(root, 'broken.bin.gz'), gzipSync(bytes).subarray(0, 100));
    expect(codeOf(() => readSyntaxModel(join(root, 'broken.bin.gz')))).toBe('E201');
    writeFileSync(join(root, 'other.bin'), 'not a model at all');
    expect(codeOf(() => readSyntaxModel(join(root, 'other.bin')))).toBe('E201');
  });
});
