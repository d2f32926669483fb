import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { isEntenteError } from '../core/errors/errors.js';
import { parseConllu } from '../core/syntax/conllu.js';
import { encodeSyntaxModel } from '../core/syntax/model-format.js';
import { SMALL_CONLLU } from '../core/syntax/test-support/fixtures.js';
import { sourceParser } from './source-parser.js';
import { sameLinear } from './reencode-syntax-model.js';
import { trainTinyModel } from './tiny-model.js';

const root = mkdtempSync(join(tmpdir(), 'entente-source-parser-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function messageOf(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    return isEntenteError(e) ? e.message : `not an EntenteError: ${String(e)}`;
  }
  return 'no error';
}

describe('keeping the parser of an existing model (--parser-from)', () => {
  const parts = trainTinyModel(parseConllu(SMALL_CONLLU), 3);
  const file = join(root, 'model.bin.gz');
  writeFileSync(file, gzipSync(encodeSyntaxModel(parts)));

  it('returns the parser parts of the file, weights and relations unchanged', () => {
    const kept = sourceParser(file, parts.tagClasses, () => {});
    expect(kept.leftRel).toEqual(parts.leftRel);
    expect(kept.rightRel).toEqual(parts.rightRel);
    // the same features and weights; a model file lists them in its lookup table's order
    expect(sameLinear(kept.parser, parts.parser)).toBe(true);
    expect(kept.parserTags).toBe(parts.parserTags);
    expect(kept.parserClusters).toBe(false);
  });

  it('refuses a parser that reads other tag classes, naming the file', () => {
    const other = [...parts.tagClasses].reverse();
    const msg = messageOf(() => sourceParser(file, other, () => {}));
    expect(msg).toContain(file);
    expect(msg).toContain('tag classes');
  });

  it('refuses a parser that reads word clusters or name classes, and a file that is no model', () => {
    const clustered = join(root, 'clustered.bin.gz');
    writeFileSync(clustered, gzipSync(encodeSyntaxModel({ ...parts, clusters: [[12345, 6]], parserClusters: true })));
    expect(messageOf(() => sourceParser(clustered, parts.tagClasses, () => {}))).toContain('word clusters');
    const named = join(root, 'named.bin.gz');
    writeFileSync(named, gzipSync(encodeSyntaxModel({ ...parts, parserNames: true })));
    expect(messageOf(() => sourceParser(named, parts.tagClasses, () => {}))).toContain('name classes');
    const junk = join(root, 'junk.bin.gz');
    writeFileSync(junk, 'not gzip at all');
    expect(messageOf(() => sourceParser(junk, parts.tagClasses, () => {}))).toContain(junk);
  });
});
