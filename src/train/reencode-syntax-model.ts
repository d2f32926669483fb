/**
 * Re-encodes a syntax model file in the current format, with the same weights: how a model
 * trained before a format change ships in the new layout without retraining.
 *
 *   node dist/train/reencode-syntax-model.js IN.bin.gz OUT.bin.gz [--format N]
 *
 * Prints both files' sizes and checks that the written file decodes to the same parts.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { EntenteError, isEntenteError } from '../core/errors/errors.js';
import type { LinearModelParts } from '../core/syntax/linear-model.js';
import { decodeSyntaxModelParts, encodeSyntaxModel, SYNTAX_MODEL_FORMAT, type SyntaxModelParts } from '../core/syntax/model-format.js';

/** The uncompressed bytes of a model file (gzipped or not). */
function modelBytes(file: string): Uint8Array {
  let raw: Buffer;
  try {
    raw = readFileSync(file);
  } catch {
    throw new EntenteError('E501', 'no such model file, or it cannot be read', { input: file });
  }
  return raw[0] === 0x1f && raw[1] === 0x8b ? gunzipSync(raw) : raw;
}

/** Feature key → entries as one string, for comparing two linear models whatever their feature order. */
function featureMap(m: LinearModelParts): Map<number, string> {
  const out = new Map<number, string>();
  for (let f = 0; f < m.keys.length; f++) {
    let s = '';
    for (let e = m.start[f]; e < m.start[f + 1]; e++) s += `${m.entryClass[e]}:${m.entryWeight[e]},`;
    out.set(m.keys[f], s);
  }
  return out;
}

/** Whether two linear models hold the same classes, scale and features with the same weights. */
export function sameLinear(a: LinearModelParts | null, b: LinearModelParts | null): boolean {
  if (a === null || b === null) return a === b;
  if (a.nClasses !== b.nClasses || a.scale !== b.scale || a.keys.length !== b.keys.length) return false;
  const fa = featureMap(a);
  const fb = featureMap(b);
  for (const [k, v] of fa) if (fb.get(k) !== v) return false;
  return true;
}

/** Whether two decoded models hold the same weights, tables and header (feature order aside). */
export function sameModel(a: SyntaxModelParts, b: SyntaxModelParts): boolean {
  const rest = (p: SyntaxModelParts): string => JSON.stringify({ ...p, pass1: null, pass2: null, parser: null, hasPass2: p.pass2 !== null });
  return rest(a) === rest(b) && sameLinear(a.pass1, b.pass1) && sameLinear(a.pass2, b.pass2) && sameLinear(a.parser, b.parser);
}

/** Re-encodes `input` as format `format` into `output`; returns a one-line summary. */
export function reencodeSyntaxModel(input: string, output: string, format = SYNTAX_MODEL_FORMAT): string {
  const bytes = modelBytes(input);
  const parts = decodeSyntaxModelParts(bytes, input);
  const out = encodeSyntaxModel(parts, { format });
  const gz = gzipSync(out, { level: 9 });
  if (!sameModel(parts, decodeSyntaxModelParts(out, output))) throw new EntenteError('E201', `re-encoding ${input} did not round-trip; nothing written`);
  try {
    writeFileSync(output, gz);
  } catch {
    throw new EntenteError('E501', 'cannot write the model file here (does its folder exist?)', { input: output });
  }
  return `wrote ${output} (format ${format}): ${(gz.length / 1e6).toFixed(2)} MB, ${(out.length / 1e6).toFixed(2)} MB uncompressed; ${input}: ${(readFileSync(input).length / 1e6).toFixed(2)} MB`;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) {
  try {
    const args = process.argv.slice(2);
    const at = args.indexOf('--format');
    const format = at >= 0 ? Number(args.splice(at, 2)[1]) : SYNTAX_MODEL_FORMAT;
    if (args.length !== 2) throw new Error('usage: reencode-syntax-model IN.bin.gz OUT.bin.gz [--format N]');
    process.stdout.write(reencodeSyntaxModel(resolve(args[0]), resolve(args[1]), format) + '\n');
  } catch (e) {
    process.stderr.write(`reencode-syntax-model: ${isEntenteError(e) ? e.oneLine() : e instanceof Error ? e.message.split('\n')[0] : String(e)}\n`);
    process.exitCode = 1;
  }
}
