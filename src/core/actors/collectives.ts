/**
 * Singular collectives of many members ("a rebel group", "an armed group", "the opposition
 * coalition"): a group actor of their own even with no state named — unless their name follows
 * ("the militant group Hamas" is Hamas) or, definite, an organisation of their sector was named
 * before that they may refer to ("the militant group" after "Islamic State").
 */
import type { Doc } from '../doc/doc.js';
import type { KbAgentForm } from '../kb/name-index.js';
import type { KbOrg } from '../kb/types.js';
import type { ComposeContext } from './compose-context.js';
import type { Draft } from './draft.js';
import { wordAt } from './token-context.js';

/** Head nouns of a singular collective of many members ("a rebel group", "an armed group", "a militia"). */
const COLLECTIVE_HEADS: ReadonlySet<string> = new Set(['group', 'organisation', 'organization', 'militia', 'faction', 'cell', 'network', 'gang', 'cartel', 'movement', 'coalition', 'alliance', 'bloc']);

/**
 * True when the group noun `form` (tokens `start`..`end` of the sentence `from`..`to`) is a singular
 * collective that stands as an actor of its own; `out` are the sentence's drafts so far.
 */
export function isLoneCollective(ctx: ComposeContext, form: KbAgentForm, sector: string | null, start: number, end: number, from: number, to: number, out: readonly Draft[]): boolean {
  if (!COLLECTIVE_HEADS.has(form.key.split(' ').pop() ?? '') || namedAfter(ctx.doc, end, to)) return false;
  return /^(?:a|an|another|one)$/.test(wordAt(ctx.doc, start - 1, from, to)) || !collectiveNamedBefore(ctx, sector, out);
}

/** True when `form` names several collectives ("rights groups", "aid organisations"): bodies, not their people. */
export function isCollectivePlural(form: KbAgentForm): boolean {
  const last = form.key.split(' ').pop() ?? '';
  return last.endsWith('s') && COLLECTIVE_HEADS.has(last.slice(0, -1));
}

/** A name right after a collective, or apposed to it ("the militant group Hamas", "the rebel group, M23,"). */
function namedAfter(doc: Doc, k: number, to: number): boolean {
  const at = k < to && doc.tokenText(k) === ',' ? k + 1 : k;
  return at < to && /^\p{Lu}/u.test(doc.tokenText(at));
}

/** True when an organisation of `sector` was named earlier in the article or the sentence (`out`): a definite collective may be it. */
function collectiveNamedBefore(ctx: ComposeContext, sector: string | null, out: readonly Draft[]): boolean {
  const same = (s: string | null | undefined): boolean => s === sector;
  if (out.some((d) => d.kind === 'org' && (same(d.sector) || same((ctx.kb.byId(d.kbId ?? '') as KbOrg | undefined)?.sector)))) return true;
  return [...ctx.seen].some((id) => {
    const e = ctx.kb.byId(id) as KbOrg | undefined;
    return e?.kind === 'org' && (same(e.sector) || (e.otherSectors ?? []).some(same));
  });
}

