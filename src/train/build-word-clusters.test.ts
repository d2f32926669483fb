import { describe, expect, it } from 'vitest';
import { clusterPrefix } from '../core/syntax/word-clusters.js';
import { buildWordClusters, DEFAULT_CLUSTER_OPTIONS } from './build-word-clusters.js';

/** Sentences where capitals, ministers and verbs of saying fill the same slots. */
function corpus(): string[][] {
  const cities = ['paris', 'berlin', 'madrid', 'rome', 'vienna', 'warsaw'];
  const people = ['minister', 'president', 'envoy', 'spokesman', 'chancellor', 'ambassador'];
  const verbs = ['said', 'stated', 'declared', 'added', 'insisted', 'warned'];
  const out: string[][] = [];
  for (let i = 0; i < 6; i++) {
    for (let j = 0; j < 6; j++) {
      out.push(['the', people[i], 'in', cities[j], verbs[(i + j) % 6], 'on', 'monday', '.']);
      out.push(['officials', 'in', cities[(i + j) % 6], verbs[j], 'that', 'the', people[(i + 2 * j) % 6], 'left', '.']);
    }
  }
  return out;
}

describe('word clusters from unlabelled text', () => {
  const clusters = buildWordClusters(corpus(), { ...DEFAULT_CLUSTER_OPTIONS, maxDepth: 6 });

  it('puts words that share contexts under a common coarse cluster', () => {
    const top = (w: string): number => clusterPrefix(clusters.get(w) ?? 0, 2);
    expect(top('paris')).toBe(top('vienna'));
    expect(top('minister')).toBe(top('envoy'));
    expect(top('said')).toBe(top('warned'));
    expect(new Set([top('paris'), top('minister'), top('said')]).size).toBe(3);
  });

  it('clusters only words seen often enough, deterministically', () => {
    const rare = buildWordClusters([...corpus(), ['a', 'hapax', 'here']], { ...DEFAULT_CLUSTER_OPTIONS, maxDepth: 6 });
    expect(rare.has('hapax')).toBe(false);
    expect([...buildWordClusters(corpus(), { ...DEFAULT_CLUSTER_OPTIONS, maxDepth: 6 })]).toEqual([...clusters]);
    for (const path of clusters.values()) expect(path).toBeGreaterThanOrEqual(2);
  });
});
