/**
 * The shipped event resources for tests (read from `data/` with the engine's loader, once per test
 * file).
 */
import { loadEventResources } from '../../../engine/load-event-resources.js';
import type { EventResources } from '../resources.js';

let cached: EventResources | undefined;

/** The shipped taxonomy, frames and lexicon. */
export function shippedResources(): EventResources {
  cached ??= loadEventResources();
  return cached;
}
