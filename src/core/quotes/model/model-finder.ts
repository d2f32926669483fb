/**
 * Attributions found with the trained model: the cue tagger marks the cues of each sentence, the
 * role tagger labels the source and content around each cue. The source is the labelled segment
 * nearest the cue, fitted at its edges (`source-span.ts`), or a speech verb's subject from the parse
 * when none is labelled; the content every labelled run. Transcript turns ("WALLACE: …") are added,
 * and the model's cues inside them left out. A cue's class (speech, thought, evidence) comes from
 * the cue lexicon; a cue the lexicon does not know is speech when its content is a quotation, else
 * thought.
 */
import type { DepWalker } from '../../doc/dep-walk.js';
import type { Doc } from '../../doc/doc.js';
import { hashString } from '../../syntax/hash.js';
import { runsOf, trimPunct, type FoundAttribution, type TokenSpan } from '../attribution.js';
import { findTranscriptAttributions } from '../transcript-attribution.js';
import type { CueClass, CueLexicon } from '../cue-lexicon.js';
import type { QuotedTokens } from '../syntax-spans.js';
import { linearScorer, type AttributionModel, type Scorer } from './attribution-model.js';
import { cueWindow } from './cue-window.js';
import { cueHeads, DecodeScratch, roleEmissions, roleSpans, tagCueLabels, viterbiRoles } from './decode.js';
import { CueCode, docView, type DocView } from './doc-view.js';
import { cueContext } from './role-features.js';
import { fitSource, subjectSource } from './source-span.js';
import { univocalAttributions } from './univocal.js';

const COMMA = hashString(',');
const COLON = hashString(':');

/** The scorers of a model (run-time, or the trainer's current weights). */
export interface AttributionScorers {
  readonly cue: Scorer;
  readonly role: Scorer;
  readonly transitions: ArrayLike<number>;
}

/** Scorers over a run-time model. */
export function modelScorers(model: AttributionModel): AttributionScorers {
  return { cue: linearScorer(model.cue), role: linearScorer(model.role), transitions: model.transitions };
}

/** An attribution as the taggers give it: the cue, its head and score margin, and the raw role spans. */
export interface DecodedAttribution {
  readonly cue: TokenSpan;
  readonly head: number;
  /** The cue tagger's score for the head being a cue minus its score for not, bias included (above 0). */
  readonly margin: number;
  readonly sources: TokenSpan[];
  readonly content: TokenSpan[];
}

/** Attributions of a Doc view, with raw token roles (the trainer evaluates through this). */
export function decodeAttributions(v: DocView, scorers: AttributionScorers, cueBias = 0): DecodedAttribution[] {
  const scratch = new DecodeScratch();
  const out: DecodedAttribution[] = [];
  const margins = new Float64Array(v.n);
  for (let s = 0; s < v.sentStart.length; s++) {
    const labels = tagCueLabels(v, s, scorers.cue, scratch, cueBias, margins);
    for (const head of cueHeads(v, s, labels)) {
      const w = cueWindow(v, head, COLON);
      const ctx = cueContext(v, w, COMMA, COLON);
      const roles = roleSpans(viterbiRoles(ctx, roleEmissions(v, ctx, scorers.role, scratch), scorers.transitions), w.from, head);
      out.push({ cue: roles.cue, head, margin: margins[head], sources: roles.sources, content: runsOf(roles.content.flatMap((r) => range(r))) });
    }
  }
  return out;
}

function range(r: TokenSpan): number[] {
  return Array.from({ length: r.to - r.from }, (_, k) => r.from + k);
}

function classOf(v: DocView, head: number, content: readonly TokenSpan[], lexicon: CueLexicon, doc: Doc): CueClass {
  const code = v.cue[head];
  if (code === CueCode.speechVerb || code === CueCode.speechNoun) return 'speech';
  if (code === CueCode.thoughtVerb || code === CueCode.thoughtNoun) return 'thought';
  if (code === CueCode.evidenceVerb) return 'evidence';
  if (code === CueCode.phrase) return lexicon.phrases.find((p) => p.words[0] === doc.tokenText(head).toLowerCase() || p.words[0] === doc.lemma(head))?.cls ?? 'speech';
  const quoted = content.length > 0 && content.every((c) => v.quote[c.from] >= 0);
  return quoted ? 'speech' : 'thought';
}

/** Options of {@link createModelFinder}. */
export interface ModelFinderOptions {
  /**
   * Drop an attribution whose cue lies in another's content ("X said Y claimed Z" keeps X's), as
   * PolNeAR annotates, unless the tagger is surer of it (`univocal.ts`); off by default, since
   * nested reported speech is worth reporting.
   */
  readonly univocal?: boolean;
  /**
   * Added to every cue score, in weight units: above 0 finds more cues, below fewer. Default: the
   * bias the trainer chose on PolNeAR dev (`info.cueBias`).
   */
  readonly cueBias?: number;
}

/** An attribution finder over `model` (see the component's `finder` option). */
export function createModelFinder(model: AttributionModel, lexicon: CueLexicon, options: ModelFinderOptions = {}) {
  const scorers = modelScorers(model);
  const bias = (options.cueBias ?? (typeof model.info.cueBias === 'number' ? model.info.cueBias : 0)) / model.cue.scale;
  return (doc: Doc, quotes: readonly QuotedTokens[], walker: DepWalker): FoundAttribution[] => {
    const v = docView(doc, lexicon, quotes);
    const out: FoundAttribution[] = [];
    const turns = findTranscriptAttributions(doc);
    const inTurn = (t: number) => turns.some((x) => (x.source as TokenSpan).from <= t && t <= x.cueHead);
    const decoded = decodeAttributions(v, scorers, bias).filter((a) => !inTurn(a.head));
    // PolNeAR gives each word one role in one attribution: a cue inside another's content is left out
    const kept = options.univocal === true ? univocalAttributions(decoded, turns) : decoded;
    out.push(...turns);
    for (const a of kept) {
      const content = trimPunct(doc, a.content);
      if (!content.length) continue;
      const labelled = a.sources.length ? a.sources.reduce((x, y) => (distance(y, a.cue) < distance(x, a.cue) ? y : x)) : null;
      const source = labelled ? fitSource(doc, labelled, a.cue, a.head) : v.cue[a.head] === CueCode.speechVerb ? subjectSource(doc, walker, a.head, a.cue) : null;
      const trimmed = source ? (trimPunct(doc, [source])[0] ?? null) : null;
      out.push({
        cue: a.cue,
        cueHead: a.head,
        cls: classOf(v, a.head, content, lexicon, doc),
        source: trimmed,
        sourceHead: trimmed ? headOf(doc, trimmed) : -1,
        content,
      });
    }
    return out;
  };
}

function distance(s: TokenSpan, cue: TokenSpan): number {
  return s.to <= cue.from ? cue.from - s.to : s.from - cue.to;
}

/** The token of `span` whose head lies outside it. */
function headOf(doc: Doc, span: TokenSpan): number {
  for (let t = span.from; t < span.to; t++) {
    const h = doc.head(t);
    if (h < span.from || h >= span.to) return t;
  }
  return span.from;
}
