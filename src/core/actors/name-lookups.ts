/**
 * Known people found from how the text writes a name: a full name with middle initials the
 * knowledge base leaves out ("John R. Kasich"), and the leader a government is named after ("the
 * Obama administration", "the Bush administration").
 */
import type { KbPerson } from '../kb/types.js';
import type { Draft } from './draft.js';
import type { CorefContext } from './coref-surroundings.js';

/**
 * The one person the knowledge base knows by a full name written with middle initials ("John R.
 * Kasich" → John Kasich), or null (no initial, no such person, or several).
 */
export function withoutInitials(ctx: CorefContext, name: string): string | null {
  const plain = name.replace(/(?<=\S)\s+(?:\p{Lu}\.)+(?=\s+\p{Lu})/gu, '');
  if (plain === name) return null;
  const ids = new Set(ctx.kb.lookup(plain).filter((f) => f.kind === 'person' && (f.via === 'name' || f.via === 'alias')).map((f) => f.id));
  return ids.size === 1 ? [...ids][0] : null;
}

/**
 * The one country every known head of state or government with this surname led ("Bush": two
 * presidents, both American), else null — when the name is a single surname and nobody in
 * particular was found.
 */
export function leadersCountry(ctx: CorefContext, name: string): string | null {
  const words = name.split(/\s+/);
  if (words.length !== 1) return null;
  const countries = new Set(['head of state', 'head of government'].map((role) => ctx.surnames.sharedCountry(words[0], role, ctx.date)));
  countries.delete(null);
  return countries.size === 1 ? [...countries][0] : null;
}

/** The known person a leader's name means: by full name or alias, else a surname that is unique in the article. */
export function findLeader(ctx: CorefContext, name: string, drafts: readonly Draft[]): KbPerson | null {
  const form = ctx.kb.lookup(name).find((f) => f.kind === 'person');
  if (form) return (ctx.kb.byId(form.id) as KbPerson | undefined) ?? null;
  const words = name.split(/\s+/);
  return words.length === 1 ? ctx.surnames.unique(words[0], ctx.date, drafts, null, true) : null;
}
