/**
 * The event coder's resources — taxonomy, frame codes, trigger lexicon — compiled from the raw
 * JSON of `data/taxonomy/` and `data/lexicon/` (and any user lexicon files). Pure: the engine reads
 * the files (src/engine/load-event-resources.ts) and hands their contents here.
 */
import { createFrameCodes, type FrameCodes } from './frame-codes.js';
import { createTriggerLexicon, type TriggerLexicon, type ResourceFile } from './lexicon.js';
import { createTaxonomy, type CameoTaxonomy } from './taxonomy.js';

export interface EventResources {
  readonly taxonomy: CameoTaxonomy;
  readonly frames: FrameCodes;
  readonly lexicon: TriggerLexicon;
}

/** Raw contents of the resource files, each with the name used in error messages. */
export interface RawEventResources {
  readonly taxonomy: ResourceFile;
  readonly frames: ResourceFile;
  readonly grammar: ResourceFile;
  /** EventTrigger files, shipped ones first, then the user's. */
  readonly lexicon: readonly ResourceFile[];
}

/** Validates and compiles the resources; E201 names the file and entry of the first problem. */
export function createEventResources(raw: RawEventResources): EventResources {
  const taxonomy = createTaxonomy(raw.taxonomy.data, raw.taxonomy.name);
  const frames = createFrameCodes(raw.frames.data, taxonomy, raw.frames.name);
  const lexicon = createTriggerLexicon(raw.lexicon, raw.grammar, taxonomy);
  return { taxonomy, frames, lexicon };
}
