import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { parseConllu } from '../core/syntax/conllu.js';
import { decodeSyntaxModelParts, encodeSyntaxModel } from '../core/syntax/model-format.js';
import { SMALL_CONLLU } from '../core/syntax/test-support/fixtures.js';
import { reencodeSyntaxModel, sameLinear, sameModel } from './reencode-syntax-model.js';
import { trainTinyModel } from './tiny-model.js';

const root = mkdtempSync(join(tmpdir(), 'entente-reencode-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('re-encoding a syntax model', () => {
  const parts = trainTinyModel(parseConllu(SMALL_CONLLU), 3);

  it('writes a format-5 file as format 6 with the same weights, and back byte for byte', () => {
    const v5 = encodeSyntaxModel(parts, { format: 5 });
    writeFileSync(join(root, 'v5.bin.gz'), gzipSync(v5));
    expect(reencodeSyntaxModel(join(root, 'v5.bin.gz'), join(root, 'v6.bin.gz'))).toMatch(/format 6/);
    const v6 = gunzipSync(readFileSync(join(root, 'v6.bin.gz')));
    expect(v6[6]).toBe(6);
    expect(sameModel(decodeSyntaxModelParts(v6), decodeSyntaxModelParts(v5))).toBe(true);
    reencodeSyntaxModel(join(root, 'v6.bin.gz'), join(root, 'back.bin.gz'), 5);
    expect(Buffer.compare(gunzipSync(readFileSync(join(root, 'back.bin.gz'))), Buffer.from(v5))).toBe(0);
  });

  it('stops with a one-line coded error on a missing, damaged or unwritable file, or an unknown format, writing nothing', () => {
    const v5 = join(root, 'in.bin.gz');
    writeFileSync(v5, gzipSync(encodeSyntaxModel(parts, { format: 5 })));
    const junk = join(root, 'junk.bin.gz');
    writeFileSync(junk, 'not a model\n');
    const out = join(root, 'never.bin.gz');
    expect(() => reencodeSyntaxModel(join(root, 'missing.bin.gz'), out)).toThrow(expect.objectContaining({ code: 'E501', input: join(root, 'missing.bin.gz') }));
    expect(() => reencodeSyntaxModel(junk, out)).toThrow(expect.objectContaining({ code: 'E201' }));
    expect(() => reencodeSyntaxModel(v5, out, 9)).toThrow(expect.objectContaining({ code: 'E203' }));
    expect(() => reencodeSyntaxModel(v5, join(root, 'no-such-folder', 'out.bin.gz'))).toThrow(expect.objectContaining({ code: 'E501' }));
    expect(existsSync(out)).toBe(false);
  });

  it('tells models apart that differ in one weight', () => {
    const p = parts.parser;
    const changed = { ...p, entryWeight: p.entryWeight.map((w, e) => (e === 0 ? w + 1 : w)) };
    expect(sameLinear(p, p)).toBe(true);
    expect(sameLinear(p, changed)).toBe(false);
    expect(sameModel(parts, { ...parts, parser: changed })).toBe(false);
  });
});
