import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { parseConllu } from '../../core/syntax/conllu.js';
import { encodeSyntaxModel } from '../../core/syntax/model-format.js';
import { SMALL_CONLLU } from '../../core/syntax/test-support/fixtures.js';
import { trainTinyModel } from '../../train/tiny-model.js';
import { memoryIo } from '../io.js';
import { run } from '../main.js';

const root = mkdtempSync(join(tmpdir(), 'entente-eval-syntax-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('entente eval-syntax', () => {
  const model = join(root, 'tiny.bin.gz');
  writeFileSync(model, gzipSync(encodeSyntaxModel(trainTinyModel(parseConllu(SMALL_CONLLU), 15))));
  const gold = join(root, 'gold.conllu');
  writeFileSync(gold, SMALL_CONLLU);

  it('prints UPOS, XPOS, UAS and LAS for CoNLL-U files', async () => {
    const io = memoryIo();
    expect(await run(['eval-syntax', gold, '--model', model], io)).toBe(0);
    // the tiny model was trained on these two sentences: it reproduces them
    expect(io.out()).toContain('1 file(s): words 16  UPOS 100.00  XPOS 100.00  UAS 100.00  LAS 100.00  (LAS full labels 100.00)');
  });

  it('prints JSON with --json and a line per file with --per-file', async () => {
    const io = memoryIo();
    expect(await run(['eval-syntax', root, '--model', model, '--json', '--per-file'], io)).toBe(0);
    const r = JSON.parse(io.out());
    expect(r).toMatchObject({ files: 1, words: 16, las: 100 });
    expect(r.perFile[0].file).toBe(gold);
  });

  it('scores the pipeline\'s tagging with --tag-repair and says so', async () => {
    const io = memoryIo();
    expect(await run(['eval-syntax', gold, '--model', model, '--tag-repair', '--json'], io)).toBe(0);
    const r = JSON.parse(io.out());
    expect(r).toMatchObject({ files: 1, words: 16, tagRepair: true });
    const plain = memoryIo();
    expect(await run(['eval-syntax', gold, '--model', model, '--tag-repair'], plain)).toBe(0);
    expect(plain.out()).toContain('1 file(s), with the tag repair: words 16');
  });

  it('parses with the beam width and margin asked for, and refuses bad ones on one line', async () => {
    const io = memoryIo();
    expect(await run(['eval-syntax', gold, '--model', model, '--beam', '4', '--beam-margin', 'none', '--json'], io)).toBe(0);
    expect(JSON.parse(io.out())).toMatchObject({ words: 16, las: 100 });
    for (const [flag, value, message] of [['--beam', '0', /--beam takes a whole beam width/], ['--beam-margin', '-3', /--beam-margin takes a score margin of 0 or more/]] as const) {
      const bad = memoryIo();
      expect(await run(['eval-syntax', gold, '--model', model, flag, value], bad)).toBe(1);
      expect(bad.err()).toMatch(message);
      expect(bad.err().trim().split('\n')).toHaveLength(1);
    }
  });

  it('reports a missing input on one line with a non-zero exit', async () => {
    const io = memoryIo();
    expect(await run(['eval-syntax', join(root, 'nope.conllu'), '--model', model], io)).toBe(1);
    expect(io.err()).toMatch(/nope\.conllu: no such file or folder \[E501\]/);
  });

  it('reports a malformed CoNLL-U file with its line', async () => {
    const bad = join(root, 'bad.conllu.txt');
    writeFileSync(bad, '1\tHello\n');
    const io = memoryIo();
    expect(await run(['eval-syntax', bad, '--model', model], io)).toBe(1);
    expect(io.err()).toMatch(/bad\.conllu\.txt: line 1 has 2 tab-separated columns.*\[E500\]/);
  });
});
