/**
 * Test support: the actor layer with the shipped knowledge base and models, over a short text
 * given a dateline (3 March 2024) so that roles are read at a known date.
 */
import type { Analysis } from '../../core/analysis/contract.js';
import { readText } from '../../core/article/read-text.js';
import { createEngine } from '../engine.js';

/** Analyses `text` up to the actor layer with the shipped resources. */
export async function analyzeShippedActors(text: string): Promise<Analysis> {
  const engine = await createEngine({ upTo: 'actors' });
  return engine.analyzeArticle(readText(`Published on 3 March 2024.\n\n${text}`));
}
