/**
 * Node loader of the actor knowledge base: `data/kb/states.json`, `igos.json`, `orgs.json`,
 * `sectors.json` and every `data/kb/people/*.json`, then the user's own files (`--kb FILE`, same
 * format; an entry with an existing id replaces the shipped one, or adds to it with `"merge": true`).
 * A missing or unreadable file is E200, bad JSON or a bad entry E201, each naming the file.
 *
 * Engines load it once per process through their resources:
 * `await knowledgeBaseFrom(resources)` (the memo lives in the engine's resources, not here).
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createKnowledgeBase, type KnowledgeBase } from '../core/kb/knowledge-base.js';
import type { KbSource } from '../core/kb/types.js';
import { dataPath } from '../package-info.js';
import { readJsonFile } from './read-json-file.js';
import type { EngineResources } from './resources.js';

/** Where to read the knowledge base from. */
export interface KbLoadOptions {
  /** The data folder (default: the package's `data/`). */
  dataDir?: string;
  /** The user's own KB files, read after the shipped ones. */
  userFiles?: readonly string[];
}

/** The shipped files, in load order (people files are added from `people/`). */
export const SHIPPED_KB_FILES = ['states.json', 'igos.json', 'orgs.json', 'sectors.json'] as const;

/** Reads one KB file as a {@link KbSource}; `label` names it in errors. */
export function readKbFile(path: string, label: string = path): KbSource {
  return { name: label, entries: readJsonFile(path, label, 'knowledge-base file is missing; check the path') };
}

/** The paths of the shipped KB files under `dataDir`, in load order. */
export function shippedKbPaths(dataDir: string = dataPath()): string[] {
  const kbDir = join(dataDir, 'kb');
  const peopleDir = join(kbDir, 'people');
  const people = existsSync(peopleDir)
    ? readdirSync(peopleDir).filter((f) => f.endsWith('.json')).sort().map((f) => join(peopleDir, f))
    : [];
  return [...SHIPPED_KB_FILES.map((f) => join(kbDir, f)), ...people];
}

/** Reads, validates and indexes the shipped files and the user's files. */
export function loadKnowledgeBase(options: KbLoadOptions = {}): KnowledgeBase {
  const dataDir = options.dataDir ?? dataPath();
  const shipped = shippedKbPaths(dataDir).map((p) => readKbFile(p, `data/${relative(join(dataDir), p)}`));
  const user = (options.userFiles ?? []).map((p) => readKbFile(p));
  return createKnowledgeBase(...shipped, ...user);
}

/** The knowledge base of `resources`, loaded the first time it is asked for and shared afterwards. */
export function knowledgeBaseFrom(resources: EngineResources, userFiles: readonly string[] = []): Promise<KnowledgeBase> {
  const key = userFiles.length === 0 ? 'kb' : `kb:${userFiles.join('|')}`;
  return resources.get(key, () => loadKnowledgeBase({ dataDir: resources.dataDir, userFiles }));
}
