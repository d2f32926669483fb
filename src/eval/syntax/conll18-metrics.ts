/**
 * Tagging and parsing scores with the CoNLL 2018 shared task definitions, for gold tokenisation:
 * every syntactic word counts (punctuation included); UAS = correct head; LAS = correct head and
 * correct universal relation — the part before any ':' subtype, as the official script compares
 * (`nmod:poss` vs `nmod` is a LAS hit). LAS with full labels (subtypes compared) is reported too.
 */

/** One word's predicted analysis. */
export interface PredictedWord {
  upos: string;
  xpos: string;
  /** 1-based head, 0 = root. */
  head: number;
  deprel: string;
}

/** One word's gold analysis (the CoNLL-U fields the metrics read). */
export interface GoldWord {
  readonly upos: string;
  readonly xpos: string;
  readonly head: number;
  readonly deprel: string;
}

export interface SyntaxScores {
  words: number;
  /** Percentages, 0–100. */
  upos: number;
  xpos: number;
  uas: number;
  las: number;
  /** LAS comparing full relations with subtypes. */
  lasFull: number;
}

/** The universal part of a relation (`nmod:poss` → `nmod`). */
export function universalRel(rel: string): string {
  const i = rel.indexOf(':');
  return i < 0 ? rel : rel.slice(0, i);
}

/** Accumulates counts over many words. */
export class SyntaxScorer {
  private n = 0;
  private upos = 0;
  private xpos = 0;
  private uas = 0;
  private las = 0;
  private lasFull = 0;

  add(gold: GoldWord, pred: PredictedWord): void {
    this.n++;
    if (gold.upos === pred.upos) this.upos++;
    if (gold.xpos === pred.xpos) this.xpos++;
    if (gold.head === pred.head) {
      this.uas++;
      if (universalRel(gold.deprel) === universalRel(pred.deprel)) this.las++;
      if (gold.deprel === pred.deprel) this.lasFull++;
    }
  }

  /** Adds another scorer's counts. */
  merge(other: SyntaxScorer): void {
    this.n += other.n;
    this.upos += other.upos;
    this.xpos += other.xpos;
    this.uas += other.uas;
    this.las += other.las;
    this.lasFull += other.lasFull;
  }

  scores(): SyntaxScores {
    const pct = (k: number): number => (this.n ? (100 * k) / this.n : 0);
    return { words: this.n, upos: pct(this.upos), xpos: pct(this.xpos), uas: pct(this.uas), las: pct(this.las), lasFull: pct(this.lasFull) };
  }
}

/** One line: `words 1234  UPOS 96.12  XPOS 95.80  UAS 90.01  LAS 87.65  (LAS full labels 86.90)`. */
export function formatScores(s: SyntaxScores): string {
  const f = (x: number): string => x.toFixed(2);
  return `words ${s.words}  UPOS ${f(s.upos)}  XPOS ${f(s.xpos)}  UAS ${f(s.uas)}  LAS ${f(s.las)}  (LAS full labels ${f(s.lasFull)})`;
}
