/**
 * The default pipeline: the components `entente analyze` runs, in order. Each entry is a factory
 * that receives the engine's lazily loaded {@link EngineResources} and returns a core Component;
 * a factory loads what it needs through `resources.get(key, loader)`, so a resource is read once
 * however many components use it.
 *
 * To add a component, append one entry, e.g.
 * ```ts
 * { name: 'tagger', create: async (r) => createTagger(await r.get('syntax-model', () => loadSyntaxModel(r.dataDir))) },
 * ```
 * The order must respect the layers each component reads (the Pipeline checks it and names the
 * culprit with E300). With no entries the engine still reads articles and writes analyses whose
 * `sentences`, `actors`, `quotes` and `events` are empty.
 */
import { createActorResolver } from '../core/actors/actor-resolver.js';
import { createDateResolver } from '../core/dates/date-resolver.js';
import type { Component } from '../core/pipeline/component.js';
import { createQuoteFinder } from '../core/quotes/quote-component.js';
import { createSyntaxComponents, type SyntaxPipeline } from '../core/syntax/components.js';
import { createLemmatizer } from '../core/text/lemmatizer.js';
import { loadWinkMorphology } from '../core/text/morphology.js';
import { createTokenizer } from '../core/text/tokenizer-component.js';
import { actorResourcesFrom } from './load-actor-resources.js';
import { loadCueLexicon } from './load-quote-resources.js';
import { eventsEntry } from './load-event-resources.js';
import { nameTagRepairFrom } from './load-name-tags.js';
import { syntaxModelFrom } from './load-syntax-model.js';
import type { EngineResources } from './resources.js';

/** A named factory of a pipeline component. */
export interface ComponentEntry {
  /** The component's name (as `Component.name`), used to select a prefix of the pipeline. */
  readonly name: string;
  readonly create: (resources: EngineResources) => Component | Promise<Component>;
}

/** The default components, in pipeline order. */
export const DEFAULT_COMPONENTS: readonly ComponentEntry[] = [
  { name: 'tokenizer', create: () => createTokenizer() },
  { name: 'tagger', create: async (r) => (await syntaxFrom(r)).tagger },
  { name: 'parser', create: async (r) => (await syntaxFrom(r)).parser },
  { name: 'lemmatizer', create: async (r) => createLemmatizer(await r.get('morphology', loadWinkMorphology)) },
  { name: 'dates', create: () => createDateResolver() },
  { name: 'actors', create: async (r) => createActorResolver(await actorResourcesFrom(r)) },
  {
    name: 'quotes',
    create: async (r) => createQuoteFinder({ lexicon: await r.get('cue-lexicon', () => loadCueLexicon(r.dataDir)), withLayers: ['mentions', 'actors'] }),
  },
  eventsEntry({ withLayers: ['dates', 'quotes'] }),
];

/**
 * The tagger and parser share one model and the fine tags the tagger leaves for the parser; the
 * tagger repairs the tags of the knowledge base's names (and of verbs after modals) before parsing.
 */
function syntaxFrom(r: EngineResources): Promise<SyntaxPipeline> {
  return r.get('syntax-components', async () => {
    const model = await syntaxModelFrom(r);
    return createSyntaxComponents(model, { repair: await nameTagRepairFrom(r, model) });
  });
}

/** Builds the components of `entries` (default: {@link DEFAULT_COMPONENTS}) over `resources`. */
export async function defaultComponents(resources: EngineResources, entries: readonly ComponentEntry[] = DEFAULT_COMPONENTS): Promise<Component[]> {
  const out: Component[] = [];
  for (const e of entries) out.push(await e.create(resources));
  return out;
}
