/**
 * Whether the shipped syntax model can run: tests that parse real text skip, saying why, when the
 * model is absent or was written in a format this code does not read (while it is being retrained).
 */
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { OLDEST_SYNTAX_MODEL_FORMAT, SYNTAX_MODEL_FORMAT } from '../../../core/syntax/model-format.js';
import { dataPath } from '../../../package-info.js';

/** True when `data/models/syntax-en.bin.gz` exists in a format the code reads; warns otherwise. */
export function syntaxModelUsable(): boolean {
  const path = dataPath('models', 'syntax-en.bin.gz');
  if (!existsSync(path)) {
    console.warn(`[skip] ${path} is not present: tests that parse real text are skipped`);
    return false;
  }
  const head = gunzipSync(readFileSync(path)).subarray(0, 10);
  const format = new DataView(head.buffer, head.byteOffset, head.byteLength).getUint32(6, true);
  if (format < OLDEST_SYNTAX_MODEL_FORMAT || format > SYNTAX_MODEL_FORMAT) {
    console.warn(`[skip] ${path} is in format ${format}, the code reads formats ${OLDEST_SYNTAX_MODEL_FORMAT}–${SYNTAX_MODEL_FORMAT}: tests that parse real text are skipped until it is retrained`);
    return false;
  }
  return true;
}
