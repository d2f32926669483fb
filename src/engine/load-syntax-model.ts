/**
 * Loading the committed syntax model (`data/models/syntax-en.bin.gz`): read, gunzip with
 * node:zlib, hand the bytes to the core decoder. Loading is lazy: nothing is read until a
 * component asks, and the engine's resources memoise it (`resources.get('syntax-model', …)`),
 * so a process decodes it once however many pipelines it builds.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { EntenteError } from '../core/errors/errors.js';
import { decodeSyntaxModel } from '../core/syntax/model-format.js';
import type { SyntaxModel } from '../core/syntax/syntax-model.js';
import { dataPath } from '../package-info.js';
import type { EngineResources } from './resources.js';

/** File name of the shipped model under `data/models/`. */
export const SYNTAX_MODEL_FILE = 'syntax-en.bin.gz';

/** Path of the shipped model under `dataDir`. */
export function syntaxModelPath(dataDir: string = dataPath()): string {
  return join(dataDir, 'models', SYNTAX_MODEL_FILE);
}

/**
 * Output buffer size for gunzipping `gz`: its uncompressed size (the gzip trailer's last four
 * bytes, modulo 4 GiB) when plausible, so that zlib inflates into one buffer, instead of 16 KiB
 * chunks copied into one at the end (1,600 chunks and a 27 MB copy for the syntax model).
 */
export function gunzipChunk(gz: Uint8Array): number {
  const n = gz.length;
  const size = n >= 18 ? (gz[n - 4] | (gz[n - 3] << 8) | (gz[n - 2] << 16) | (gz[n - 1] << 24)) >>> 0 : 0;
  // a damaged or multi-member file may state anything: fall back to zlib's default then
  return size >= 64 && size <= 1 << 30 ? size + 1 : 16 * 1024;
}

/**
 * Reads and decodes a syntax model file (gzipped or not).
 * @throws EntenteError E200 when the file is missing, E201 when it is not a model, E202 for an unsupported format version
 */
export function readSyntaxModel(path: string): SyntaxModel {
  if (!existsSync(path)) {
    throw new EntenteError('E200', 'the syntax model is missing; restore data/models/syntax-en.bin.gz from git or rebuild it with npm run train:syntax', { input: path });
  }
  let bytes: Uint8Array = readFileSync(path);
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      bytes = gunzipSync(bytes, { chunkSize: gunzipChunk(bytes) });
    } catch (e) {
      throw new EntenteError('E201', `the syntax model cannot be decompressed (${e instanceof Error ? e.message : String(e)}); restore it from git or retrain it`, { input: path, cause: e });
    }
  }
  return decodeSyntaxModel(bytes, path);
}

/** The shipped model under `dataDir` (default: the package's `data/`). */
export function loadSyntaxModel(dataDir: string = dataPath()): SyntaxModel {
  return readSyntaxModel(syntaxModelPath(dataDir));
}

/** The shipped model through the engine's memo: loaded on first request, once per resources. */
export function syntaxModelFrom(resources: EngineResources): Promise<SyntaxModel> {
  return resources.get('syntax-model', () => loadSyntaxModel(resources.dataDir));
}
