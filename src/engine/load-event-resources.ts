/**
 * Node loader of the event coder's data files: `data/taxonomy/cameo.json`,
 * `data/taxonomy/frames.json`, `data/lexicon/grammar.json` and every `data/lexicon/triggers/*.json`,
 * then any user lexicon files (same format as the trigger files). A missing file is E200, bad JSON
 * or a bad entry E201, each naming the file. Engines load it once through their resources:
 * `await resources.get('event-resources', () => loadEventResources({ dataDir: resources.dataDir }))`.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { EntenteError } from '../core/errors/errors.js';
import { createEventCoder, type EventCoderOptions } from '../core/events/event-coder.js';
import { createEventResources, type EventResources } from '../core/events/resources.js';
import type { ResourceFile } from '../core/events/lexicon.js';
import { dataPath } from '../package-info.js';
import type { AnalysisActor } from '../core/analysis/contract.js';
import { kbNameKey, type KnowledgeBase } from '../core/kb/index.js';
import type { ComponentEntry } from './components.js';
import { knowledgeBaseFrom } from './load-kb.js';
import { readJsonFile } from './read-json-file.js';
import type { EngineResources } from './resources.js';

/** Where to read from. */
export interface EventResourceOptions {
  /** The data folder (default: the package's `data/`). */
  dataDir?: string;
  /** Extra trigger files written by the user. */
  userLexicon?: readonly string[];
}

function readJson(path: string, label = path): ResourceFile {
  return { name: label, data: readJsonFile(path, label, 'resource file is missing; reinstall Entente or fix the path') };
}

/** Reads and compiles the event resources. */
export function loadEventResources(options: EventResourceOptions = {}): EventResources {
  const dir = options.dataDir ?? dataPath();
  const rel = (...p: string[]): string => join(dir, ...p);
  const triggersDir = rel('lexicon', 'triggers');
  if (!existsSync(triggersDir)) throw new EntenteError('E200', 'the trigger lexicon folder is missing', { input: triggersDir });
  const triggerFiles = readdirSync(triggersDir).filter((f) => f.endsWith('.json')).sort();
  return createEventResources({
    taxonomy: readJson(rel('taxonomy', 'cameo.json'), 'data/taxonomy/cameo.json'),
    frames: readJson(rel('taxonomy', 'frames.json'), 'data/taxonomy/frames.json'),
    grammar: readJson(rel('lexicon', 'grammar.json'), 'data/lexicon/grammar.json'),
    lexicon: [
      ...triggerFiles.map((f) => readJson(join(triggersDir, f), `data/lexicon/triggers/${f}`)),
      ...(options.userLexicon ?? []).map((p) => readJson(p)),
    ],
  });
}

/** The key the engine's resources hold the event resources under. */
export const EVENT_RESOURCES_KEY = 'event-resources';

/** The event resources of an engine's resource set (loaded once per set; user files only on first load). */
export function eventResourcesFrom(resources: EngineResources, userLexicon: readonly string[] = []): Promise<EventResources> {
  return resources.get(EVENT_RESOURCES_KEY, () => loadEventResources({ dataDir: resources.dataDir, userLexicon }));
}

/**
 * The state a word names as an adjective or a people's name in the knowledge base ("Australian",
 * "Israelis"), as an actor record, for the modifiers the actor layer leaves untagged.
 */
export function stateOfNameFromKb(kb: KnowledgeBase): (word: string) => AnalysisActor | null {
  const memo = new Map<string, AnalysisActor | null>();
  return (word) => {
    const key = kbNameKey(word);
    let hit = memo.get(key);
    if (hit === undefined) {
      const form = kb.lookup(key).find((f) => f.kind === 'state' && (f.via === 'adjective' || f.via === 'demonym') && !f.needsContext);
      const s = form ? kb.byId(form.id) : undefined;
      hit = s && s.kind === 'state' ? { id: s.id, name: s.name, type: 'state', country: s.iso3, role: null, sector: null, cameo: s.cameo, aliases: [], mentions: [] } : null;
      memo.set(key, hit);
    }
    return hit;
  };
}

/** The pipeline entry of the event coder, for `src/engine/components.ts` and for adapters that need other options. */
export function eventsEntry(options: EventCoderOptions & { userLexicon?: readonly string[] } = {}): ComponentEntry {
  return {
    name: 'events',
    create: async (r) =>
      createEventCoder(await eventResourcesFrom(r, options.userLexicon), { stateOfName: stateOfNameFromKb(await knowledgeBaseFrom(r)), ...options }),
  };
}
