/**
 * What composing mentions reads besides the units: the Doc, the knowledge base, the gazetteer, the
 * name cues and the ids named so far; and the small helpers every composing module shares.
 */
import type { Doc } from '../doc/doc.js';
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import type { KbSurfaceForm } from '../kb/name-index.js';
import type { KbState } from '../kb/types.js';
import type { Gazetteer } from '../places/gazetteer.js';
import type { NameCues } from './name-cues.js';

/** What the composing functions share. */
export interface ComposeContext {
  readonly doc: Doc;
  readonly kb: KnowledgeBase;
  readonly gazetteer: Gazetteer;
  readonly cues: NameCues;
  /** Knowledge-base ids named so far in the article (descriptions like "the bloc" need one). */
  readonly seen: ReadonlySet<string>;
}

/** The text of tokens `[from, to)`. */
export const text = (doc: Doc, from: number, to: number) => doc.text.slice(doc.tokens.start[from], doc.tokens.end[to - 1]);

/** The iso3 of the state a knowledge-base form names, or null for other actors. */
export function stateIso(kb: KnowledgeBase, form: KbSurfaceForm): string | null {
  const s = kb.byId(form.id);
  return s && s.kind === 'state' ? (s as KbState).iso3 : null;
}

/**
 * A knowledge-base body named only by the head noun of its kind ("Parliament", "the Assembly"),
 * which other countries' bodies share: it is marked `generic` so that the article's own country
 * may own it (`generic-bodies.ts`).
 */
export function isGenericBody(ctx: ComposeContext, form: KbSurfaceForm, tokStart: number, tokEnd: number): boolean {
  if (form.kind !== 'org' || !form.needsContext) return false;
  const words = text(ctx.doc, tokStart, tokEnd).toLowerCase().replace(/^the\s+/, '');
  return ctx.cues.orgHeads.get(words) === form.sector;
}
