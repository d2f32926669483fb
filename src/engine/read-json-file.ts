/**
 * Reads one JSON data file for the engine's loaders (knowledge base, event resources), so that a
 * missing, unreadable or malformed file fails the same way whichever loader reads it: E200 when it
 * is missing or cannot be read, E201 when it is not JSON, each naming the file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { EntenteError } from '../core/errors/errors.js';

/**
 * The parsed content of the JSON file at `path` (not yet validated: the caller's compiler checks it).
 * @param label    how errors name the file (default: the path), e.g. `data/kb/orgs.json`
 * @param missing  the E200 message for a missing file, saying how to fix it
 * @throws EntenteError E200 when the file is missing or unreadable, E201 when it is not valid JSON
 */
export function readJsonFile(path: string, label: string = path, missing = 'file is missing; check the path'): unknown {
  if (!existsSync(path)) throw new EntenteError('E200', missing, { input: label });
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new EntenteError('E200', `cannot read the file: ${e instanceof Error ? e.message : String(e)}`, { input: label });
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    // One line: a parser's message can quote the offending text over several.
    throw new EntenteError('E201', `not valid JSON: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`, { input: label });
  }
}
