/**
 * Training data for the attribution model: PolNeAR articles parsed by Entente's own pipeline, with
 * the gold attributions mapped onto the tokens — cue labels (B/I/O) for every sentence, and for
 * every gold cue the role labels (source, content) of its window.
 */
import type { Doc } from '../../core/doc/doc.js';
import type { Span } from '../../core/span.js';
import type { CueLexicon } from '../../core/quotes/cue-lexicon.js';
import { findQuotedSpans } from '../../core/quotes/find-quoted-spans.js';
import { CueLabel } from '../../core/quotes/model/cue-features.js';
import { cueWindow } from '../../core/quotes/model/cue-window.js';
import { docView, type DocView } from '../../core/quotes/model/doc-view.js';
import { cueHead, RoleLabel, type CueWindow } from '../../core/quotes/model/role-features.js';
import { hashString } from '../../core/syntax/hash.js';
import { quotedTokens } from '../../core/quotes/syntax-spans.js';
import type { Attribution } from '../../eval/quotes/brat-attributions.js';

const COLON = hashString(':');

/** One gold cue with its window and the role labels of the window's tokens. */
export interface RoleInstance {
  readonly window: CueWindow;
  readonly labels: Uint8Array;
}

/** A parsed, labelled article. */
export interface TrainingDoc {
  readonly name: string;
  readonly doc: Doc;
  readonly view: DocView;
  /** Cue label of every token. */
  readonly cueLabels: Uint8Array;
  readonly roles: RoleInstance[];
}

/** Token indices whose characters overlap `spans`. */
function tokensOf(doc: Doc, spans: readonly Span[]): number[] {
  const out: number[] = [];
  for (const s of spans) {
    for (let t = doc.tokenAt(s.start); t < doc.length && doc.tokens.start[t] < s.end; t++) out.push(t);
  }
  return out;
}

/** Labels a parsed article with its gold attributions. */
export function labelDoc(name: string, doc: Doc, gold: readonly Attribution[], lexicon: CueLexicon): TrainingDoc {
  const blocks = doc.blocks.length ? doc.blocks : [{ start: 0, end: doc.text.length }];
  const quotes = quotedTokens(doc, findQuotedSpans(doc.text, blocks));
  const view = docView(doc, lexicon, quotes);
  const cueLabels = new Uint8Array(doc.length);
  const roles: RoleInstance[] = [];
  for (const a of gold) {
    const cue = tokensOf(doc, a.cue).sort((x, y) => x - y);
    if (!cue.length) continue;
    // the cue's head: the word of its first contiguous run that the others hang from
    let to = cue[0] + 1;
    while (cue.includes(to)) to++;
    const head = cueHead(view, cue[0], to);
    cueLabels[head] = CueLabel.H;
    const window = cueWindow(view, head, COLON);
    const labels = new Uint8Array(window.to - window.from);
    const cueSet = new Set(cue);
    const mark = (tokens: number[], b: number, i: number) => {
      const set = new Set(tokens);
      for (let t = window.from; t < window.to; t++) {
        if (!set.has(t) || cueSet.has(t)) continue;
        labels[t - window.from] = set.has(t - 1) && t - 1 >= window.from && !cueSet.has(t - 1) ? i : b;
      }
    };
    mark(tokensOf(doc, a.content), RoleLabel.BC, RoleLabel.IC);
    mark(tokensOf(doc, a.source), RoleLabel.BS, RoleLabel.IS);
    for (const t of cue) if (t >= window.from && t < window.to) labels[t - window.from] = RoleLabel.CU;
    labels[head - window.from] = RoleLabel.CU;
    roles.push({ window, labels });
  }
  return { name, doc, view, cueLabels, roles };
}
