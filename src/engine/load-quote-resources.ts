/**
 * Node loader of the quote finder's data: the cue lexicon `data/lexicon/speech-verbs.json` and, when
 * present, the trained attribution model `data/models/attribution.bin.gz`. A missing lexicon is
 * E200, bad JSON or a bad entry E201, each naming the file. Engines load them once through their
 * resources: `await resources.get('quote-resources', () => loadQuoteResources(resources.dataDir))`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { EntenteError } from '../core/errors/errors.js';
import { decodeAttributionModel, type AttributionModel } from '../core/quotes/model/attribution-model.js';
import { parseCueLexicon, type CueLexicon } from '../core/quotes/cue-lexicon.js';
import { dataPath } from '../package-info.js';

/** The cue lexicon and the attribution model (null when none is shipped). */
export interface QuoteResources {
  readonly lexicon: CueLexicon;
  readonly model: AttributionModel | null;
}

/** File name of the shipped attribution model under `data/models/`. */
export const ATTRIBUTION_MODEL_FILE = 'attribution.bin.gz';

/** Reads the cue lexicon from `dataDir` (default: the package's `data/`). */
export function loadCueLexicon(dataDir: string = dataPath()): CueLexicon {
  const path = join(dataDir, 'lexicon', 'speech-verbs.json');
  const label = 'data/lexicon/speech-verbs.json';
  if (!existsSync(path)) throw new EntenteError('E200', 'resource file is missing; reinstall Entente or fix the path', { input: label });
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new EntenteError('E201', `not valid JSON: ${e instanceof Error ? e.message : String(e)}`, { input: label });
  }
  return parseCueLexicon(json, label);
}

/** Reads an attribution model file (gzip-compressed), or null when `path` does not exist. */
export function loadAttributionModel(path: string): AttributionModel | null {
  if (!existsSync(path)) return null;
  return decodeAttributionModel(gunzipSync(readFileSync(path)), path);
}

/** The lexicon and the shipped model of `dataDir`. */
export function loadQuoteResources(dataDir: string = dataPath()): QuoteResources {
  return { lexicon: loadCueLexicon(dataDir), model: loadAttributionModel(join(dataDir, 'models', ATTRIBUTION_MODEL_FILE)) };
}
