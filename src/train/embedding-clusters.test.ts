import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isEntenteError } from '../core/errors/errors.js';
import { clusterWordVectors, readWordVectors } from './embedding-clusters.js';

/**
 * Invented 4-dimensional vectors: three groups (capitals, leaders, verbs of saying) around three
 * axes, and a fourth axis that varies more than any of them but cuts across the groups — the
 * frequency-like direction the clusterer removes first.
 */
const GROUPS: Array<[string[], number]> = [
  [['paris', 'berlin', 'madrid', 'vienna'], 0],
  [['minister', 'president', 'envoy', 'chancellor'], 1],
  [['said', 'stated', 'declared', 'warned'], 2],
];

function vectorLines(): string[] {
  const lines: string[] = [];
  GROUPS.forEach(([words, axis]) => {
    words.forEach((w, i) => {
      const v = [0, 0, 0, i % 2 === 0 ? 2 : -2];
      v[axis] = 1 + 0.1 * i;
      v[(axis + 1) % 3] = 0.05 * i;
      lines.push(`${w} ${v.join(' ')}`);
    });
  });
  return lines;
}

/** Length of the common prefix of two words' tree paths (heap numbers). */
function sharedBits(clusters: Map<string, number>, a: string, b: string): number {
  let pa = clusters.get(a) ?? 0;
  let pb = clusters.get(b) ?? 0;
  // leaves stop at different depths: compare at the shallower one
  while (Math.clz32(pa) < Math.clz32(pb)) pa >>>= 1;
  while (Math.clz32(pb) < Math.clz32(pa)) pb >>>= 1;
  while (pa !== pb) {
    pa >>>= 1;
    pb >>>= 1;
  }
  return 31 - Math.clz32(pa);
}

function tempFile(name: string, text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'entente-vectors-')), name);
  writeFileSync(file, text);
  return file;
}

describe('word clusters from pretrained word vectors', () => {
  const glove = tempFile('vectors.txt', `${vectorLines().join('\n')}\n`);

  it('keeps the words of a group closer in the tree to each other than to any other word, once the common direction is removed', () => {
    const clusters = clusterWordVectors(readWordVectors(glove, 100), { maxDepth: 4, minLeaf: 1, seed: 7, dropDirections: 1 });
    for (const [words] of GROUPS) {
      const inside = Math.min(...words.flatMap((a) => words.map((b) => sharedBits(clusters, a, b))));
      const outside = Math.max(...words.flatMap((a) => GROUPS.filter(([other]) => other !== words).flatMap(([other]) => other.map((b) => sharedBits(clusters, a, b)))));
      expect(inside).toBeGreaterThan(outside);
    }
  });

  it('reads the wink JSON form alike, keeps the first spelling of a normalised word and stops at maxWords', () => {
    const words = ['Paris', 'paris', '1994', '2001', 'said'];
    const vectors = Object.fromEntries(words.map((w, i) => [w, [i + 1, 1, 0, 0, 9, i]]));
    const wink = tempFile('vectors.json', JSON.stringify({ words, vectors, dimensions: 4 }));
    const read = readWordVectors(wink, 3);
    // "paris" repeats "Paris", "2001" normalises like "1994": both dropped, so the third word is "said"
    expect(read.words).toEqual(['paris', '0000', 'said']);
    expect(read.dim).toBe(4);
    let norm = 0;
    for (let k = 0; k < 4; k++) norm += read.data[k] ** 2;
    expect(norm).toBeCloseTo(1, 10);
  });

  it('is deterministic', () => {
    const a = clusterWordVectors(readWordVectors(glove, 100), { maxDepth: 4, minLeaf: 1, seed: 7 });
    const b = clusterWordVectors(readWordVectors(glove, 100), { maxDepth: 4, minLeaf: 1, seed: 7 });
    expect([...a]).toEqual([...b]);
  });

  it('refuses a file that is no vector set, naming it', () => {
    const bad = tempFile('notes.json', '{"title": "not vectors"}');
    let caught: unknown;
    try {
      readWordVectors(bad, 10);
    } catch (e) {
      caught = e;
    }
    expect(isEntenteError(caught)).toBe(true);
    expect(String((caught as Error).message)).toContain('notes.json');
    const broken = tempFile('broken.json', '{"words": [1, 2');
    expect(() => readWordVectors(broken, 10)).toThrow(/broken\.json is not valid JSON/);
    const ragged = tempFile('ragged.txt', 'paris 1 2 3\nberlin 1 2\n');
    expect(() => readWordVectors(ragged, 10)).toThrow(/berlin/);
  });
});
