/**
 * Node loader of what the actor component needs: the knowledge base, the gazetteer (GeoNames
 * cities + curated places) and the name cues, each loaded once per engine resources.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ActorResources } from '../core/actors/actor-resolver.js';
import { parseNameCues, type NameCues } from '../core/actors/name-cues.js';
import { EntenteError } from '../core/errors/errors.js';
import type { Gazetteer } from '../core/places/gazetteer.js';
import { knowledgeBaseFrom } from './load-kb.js';
import { loadGazetteer } from './load-gazetteer.js';
import type { EngineResources } from './resources.js';

/** Reads `name-cues.json` from a data folder. */
export function loadNameCues(dataDir: string): NameCues {
  const file = join(dataDir, 'kb', 'name-cues.json');
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new EntenteError('E201', `cannot read the name cues: ${(e as Error).message.split('\n')[0]}`, { input: file });
  }
  return parseNameCues(json, file);
}

/** The actor component's resources, loaded through (and memoised in) `resources`. */
export async function actorResourcesFrom(resources: EngineResources): Promise<ActorResources> {
  const kb = await knowledgeBaseFrom(resources);
  const gazetteer = await resources.get<Gazetteer>('gazetteer', () =>
    loadGazetteer({ iso3Of: (iso2) => kb.state(iso2)?.iso3 ?? null, placesFile: join(resources.dataDir, 'kb', 'places.json') }),
  );
  const cues = await resources.get<NameCues>('name-cues', () => loadNameCues(resources.dataDir));
  return { kb, gazetteer, cues };
}
