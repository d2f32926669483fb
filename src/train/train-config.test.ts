import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EntenteError } from '../core/errors/errors.js';
import { parseTrainArgs } from './train-config.js';

describe('train:syntax options', () => {
  it('rejects a --polnear folder without train texts, in one line naming it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'entente-polnear-'));
    const error = (() => {
      try {
        parseTrainArgs(['--polnear', dir]);
        return null;
      } catch (e) {
        return e as EntenteError;
      }
    })();
    expect(error?.oneLine()).toBe(`${dir}: no train/text folder in ${dir}; pass --polnear with PolNeAR's data folder [E501]`);
  });

  it('takes a --polnear folder that holds train texts', () => {
    const dir = mkdtempSync(join(tmpdir(), 'entente-polnear-'));
    mkdirSync(join(dir, 'train', 'text'), { recursive: true });
    expect(parseTrainArgs(['--polnear', dir]).polnear).toBe(dir);
  });

  it('averages the greedy tagger over whole numbers of runs only', () => {
    expect(parseTrainArgs(['--tagger-average', '5']).taggerAverage).toBe(5);
    expect(parseTrainArgs([]).taggerAverage).toBe(1);
    expect(() => parseTrainArgs(['--tagger-average', '0'])).toThrow(/--tagger-average takes a whole number/);
    expect(() => parseTrainArgs(['--tagger-average', '2.5'])).toThrow(/--tagger-average takes a whole number/);
    expect(() => parseTrainArgs(['--tagger-average', '3', '--tagger-beam', '4'])).toThrow(/leave it out with --tagger-beam/);
  });

  it('takes a parser beam margin of 0 or more, absent by default', () => {
    expect(parseTrainArgs(['--parser-margin', '140']).parserMargin).toBe(140);
    expect(parseTrainArgs([]).parserMargin).toBeUndefined();
    expect(() => parseTrainArgs(['--parser-margin', '-1'])).toThrow(/--parser-margin takes a beam threshold of 0 or more/);
  });

  it('takes --parser-clusters only with the clusters it reads', () => {
    expect(() => parseTrainArgs(['--parser-clusters'])).toThrow(/--parser-clusters needs --clusters/);
    const cfg = parseTrainArgs(['--clusters', '--parser-clusters']);
    expect(cfg.clusters && cfg.parserClusters).toBe(true);
    expect(parseTrainArgs([]).parserClusters).toBe(false);
  });

  it('reads clusters from a word-vector file with --clusters-from, and keeps a parser with --parser-from', () => {
    const cfg = parseTrainArgs(['--clusters-from', 'vectors.json', '--cluster-words', '5000', '--parser-from', 'model.bin.gz']);
    expect(cfg.clusters).toBe(true);
    expect(cfg.clustersFrom?.endsWith('vectors.json')).toBe(true);
    expect(cfg.clusterWords).toBe(5000);
    expect(cfg.parserFrom?.endsWith('model.bin.gz')).toBe(true);
    const plain = parseTrainArgs([]);
    expect([plain.clusters, plain.clustersFrom, plain.parserFrom]).toEqual([false, undefined, undefined]);
  });

  it('marks the given names and titles of a name-cues file with --name-cues (none by default)', () => {
    expect(parseTrainArgs(['--name-cues', 'kb/name-cues.json']).nameCues?.endsWith('kb/name-cues.json')).toBe(true);
    expect(parseTrainArgs([]).nameCues).toBeUndefined();
  });

  it('rejects an unknown option and a missing value', () => {
    expect(() => parseTrainArgs(['--no-such-option'])).toThrow(/unknown option --no-such-option/);
    expect(() => parseTrainArgs(['--treebanks'])).toThrow(/option --treebanks needs a value/);
  });
});
