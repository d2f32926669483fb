/**
 * Options of `npm run train:syntax`. The defaults are the settings of the committed model; every
 * option is fixed (no time-based stopping) so that a run is reproducible.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { EntenteError } from '../core/errors/errors.js';

export interface TrainConfig {
  /** Folder holding UD_English-EWT and UD_English-GUM. */
  treebanks: string;
  /** Output model file (`.bin.gz`); the metadata JSON is written beside it. */
  out: string;
  gumGenres?: string[];
  hyphenMergeShare: number;
  /** Merged participle modifiers ("war-torn", "Russian-backed") are trained as ADJ|JJ. */
  participleAdjectives: boolean;
  seed: number;
  taggerEpochs: number;
  /** Greedy tagger: final taggers trained in different sentence orders and averaged (`model-average.ts`). */
  taggerAverage: number;
  /** Beam width of the structured tagger; 0 trains the older greedy tagger (one or two passes). */
  taggerBeam: number;
  /** A greedy second pass reading the first pass's (or the structured tagger's) tags to the right. */
  pass2: boolean;
  folds: number;
  parserEpochs: number;
  exploreFrom: number;
  exploreP: number;
  /** Parser beam width: 1 trains greedily with the dynamic oracle, above 1 globally with a beam of that width (also the model's default at run time). */
  parserBeam: number;
  /** Which tags the parser reads: fine "UPOS|XPOS" classes or UPOS only. */
  parserTags: 'fine' | 'upos';
  /** Tagger weights whose averaged magnitude is below this are dropped from the artifact. */
  taggerThreshold: number;
  /** Parser weights whose averaged magnitude is below this are dropped (smaller file, faster parsing). */
  parserThreshold: number;
  /**
   * Beam threshold written into the model as its default decoding (real score units: beam items
   * further below the best are not expanded); chosen on dev with `entente eval-syntax --beam-margin`.
   * Absent: the model's beam prunes nothing.
   */
  parserMargin?: number;
  /** Share of training sentences also trained as a lower-cased copy (see `syntax-data.ts`). */
  lowerCaseShare: number;
  /** Train with word clusters from unlabelled text (`build-word-clusters.ts`) as tagger features. */
  clusters: boolean;
  /** The parser reads the word clusters too (`parser-cluster-features.ts`); needs {@link clusters}. */
  parserClusters: boolean;
  /**
   * A word-vector file (wink JSON or GloVe text, `embedding-clusters.ts`) the clusters are cut from
   * instead of the unlabelled training text; implies {@link clusters}.
   */
  clustersFrom?: string;
  /** With {@link clustersFrom}: how many of its most frequent words get a cluster. */
  clusterWords: number;
  /** With {@link clustersFrom}: the cluster tree's depth, and how many principal directions are removed first. */
  clusterDepth: number;
  clusterDrop: number;
  /**
   * Keep the parser of this existing model instead of training one (spaCy's "sourced" component):
   * a new tagger then feeds a parser whose trees the rest of the pipeline was tuned on.
   */
  parserFrom?: string;
  /**
   * A name-cues file (`data/kb/name-cues.json`) whose given names and titles the parser reads as word
   * classes (`name-semantics.ts`). They enter the model's semantic signatures, so a parser kept with
   * {@link parserFrom} should come from a run with the same file.
   */
  nameCues?: string;
  /** PolNeAR's `data` folder, whose training articles feed the word clusters (skipped when absent). */
  polnear: string;
  /** Also score the test documents (reported in the metadata; never used for tuning). */
  evalTest: boolean;
  /** Also write the unpruned model to this file (for measuring pruning trade-offs). */
  saveUnpruned?: string;
  /** Beam training only: after every epoch, score EWT dev and write the model so far into this folder (experiments). */
  snapshotDir?: string;
}

export const DEFAULT_TRAIN_CONFIG: TrainConfig = {
  treebanks: resolve(process.cwd(), '..', 'shared', 'treebanks'),
  out: resolve(process.cwd(), 'data', 'models', 'syntax-en.bin.gz'),
  hyphenMergeShare: 0.5,
  participleAdjectives: false,
  seed: 20240917,
  taggerEpochs: 10,
  taggerAverage: 1,
  taggerBeam: 0,
  pass2: true,
  folds: 5,
  parserEpochs: 15,
  exploreFrom: 1,
  exploreP: 0.9,
  parserBeam: 1,
  taggerThreshold: 0,
  parserThreshold: 1,
  parserTags: 'fine',
  evalTest: true,
  clusters: false,
  parserClusters: false,
  lowerCaseShare: 0,
  clusterWords: 200000,
  clusterDepth: 12,
  clusterDrop: 2,
  polnear: resolve(process.cwd(), '..', 'shared', 'yardsticks', 'polnear', 'data'),
};

/** Parses `--name value` options over the defaults. */
export function parseTrainArgs(argv: string[]): TrainConfig {
  const cfg: TrainConfig = { ...DEFAULT_TRAIN_CONFIG };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = (): string => {
      const x = argv[++i];
      if (x === undefined) throw new EntenteError('E203', `option ${a} needs a value`);
      return x;
    };
    const num = (): number => {
      const x = Number(v());
      if (!Number.isFinite(x)) throw new EntenteError('E203', `option ${a} needs a number`);
      return x;
    };
    switch (a) {
      case '--treebanks': cfg.treebanks = resolve(v()); break;
      case '--out': cfg.out = resolve(v()); break;
      case '--gum-genres': cfg.gumGenres = v().split(',').filter(Boolean); break;
      case '--hyphen-merge-share': cfg.hyphenMergeShare = num(); break;
      case '--seed': cfg.seed = num(); break;
      case '--participle-adjectives': cfg.participleAdjectives = true; break;
      case '--tagger-epochs': cfg.taggerEpochs = num(); break;
      case '--tagger-average': cfg.taggerAverage = num(); break;
      case '--no-pass2': cfg.pass2 = false; break;
      case '--tagger-beam': cfg.taggerBeam = num(); break;
      case '--folds': cfg.folds = num(); break;
      case '--parser-epochs': cfg.parserEpochs = num(); break;
      case '--explore-from': cfg.exploreFrom = num(); break;
      case '--explore-p': cfg.exploreP = num(); break;
      case '--parser-beam': cfg.parserBeam = num(); break;
      case '--tagger-threshold': cfg.taggerThreshold = num(); break;
      case '--parser-threshold': cfg.parserThreshold = num(); break;
      case '--parser-margin': cfg.parserMargin = num(); break;
      case '--no-test': cfg.evalTest = false; break;
      case '--clusters': cfg.clusters = true; break;
      case '--parser-clusters': cfg.parserClusters = true; break;
      case '--clusters-from': cfg.clustersFrom = resolve(v()); cfg.clusters = true; break;
      case '--cluster-words': cfg.clusterWords = num(); break;
      case '--parser-from': cfg.parserFrom = resolve(v()); break;
      case '--name-cues': cfg.nameCues = resolve(v()); break;
      case '--cluster-depth': cfg.clusterDepth = num(); break;
      case '--cluster-drop': cfg.clusterDrop = num(); break;
      case '--lower-case-share': cfg.lowerCaseShare = num(); break;
      case '--polnear': cfg.polnear = polnearFolder(resolve(v())); break;
      case '--save-unpruned': cfg.saveUnpruned = resolve(v()); break;
      case '--snapshot-dir': cfg.snapshotDir = resolve(v()); break;
      case '--parser-tags': {
        const m = v();
        if (m !== 'fine' && m !== 'upos') throw new EntenteError('E203', '--parser-tags takes fine or upos');
        cfg.parserTags = m;
        break;
      }
      default: throw new EntenteError('E203', `unknown option ${a}; see src/train/train-config.ts`);
    }
  }
  if (!Number.isInteger(cfg.taggerAverage) || cfg.taggerAverage < 1) throw new EntenteError('E203', '--tagger-average takes a whole number of training runs, 1 or more');
  if (cfg.taggerAverage > 1 && cfg.taggerBeam > 0) throw new EntenteError('E203', '--tagger-average averages the greedy tagger; leave it out with --tagger-beam');
  if (cfg.parserMargin !== undefined && !(cfg.parserMargin >= 0)) throw new EntenteError('E203', '--parser-margin takes a beam threshold of 0 or more (real score units)');
  if (cfg.parserClusters && !cfg.clusters) throw new EntenteError('E203', '--parser-clusters needs --clusters (the clusters the parser reads)');
  return cfg;
}

/**
 * A PolNeAR folder given on the command line must hold its train texts: a wrong path would
 * otherwise train other clusters than asked, silently (the default path may be absent: then the
 * clusters come from the treebanks alone).
 */
function polnearFolder(dir: string): string {
  if (!existsSync(join(dir, 'train', 'text'))) {
    throw new EntenteError('E501', `no train/text folder in ${dir}; pass --polnear with PolNeAR's data folder`, { input: dir });
  }
  return dir;
}
