/**
 * A person introduced by a common noun right before their full name: "teacher Marc Delorme", "his
 * brother-in-law Paul Vigneau", "French engineer Anne Roux". News writes an occupation or a kinship
 * before a name as it writes a title; the noun is no office, but it says the name is a person's —
 * and a demonym before the noun gives their country.
 */
import type { Doc } from '../doc/doc.js';
import type { ComposeContext } from './compose-context.js';
import type { Draft } from './draft.js';
import type { Unit } from './units.js';

/** Whether `[tokStart, tokEnd)` is a full name: two to four capitalised words. */
function fullName(doc: Doc, tokStart: number, tokEnd: number): boolean {
  const n = tokEnd - tokStart;
  if (n < 2 || n > 4) return false;
  for (let t = tokStart; t < tokEnd; t++) if (!/^\p{Lu}[\p{Ll}\p{M}'’-]+$/u.test(doc.tokenText(t))) return false;
  return true;
}

/**
 * The role noun written right before the name unit `u` (one or two lower-case words the name cues
 * know as a person's role: "teacher", "aid worker", "brother-in-law"), with where it starts; else null.
 */
function describingNoun(ctx: ComposeContext, u: Unit, from: number): { noun: string; start: number } | null {
  const { doc, cues } = ctx;
  const one = u.tokStart - 1 >= from ? doc.tokenText(u.tokStart - 1) : '';
  if (!/^\p{Ll}[\p{Ll}-]*$/u.test(one)) return null;
  const two = u.tokStart - 2 >= from ? `${doc.tokenText(u.tokStart - 2)} ${one}` : '';
  if (two && /^\p{Ll}/u.test(two) && cues.appositionRoles.has(two)) return { noun: two, start: u.tokStart - 2 };
  return cues.appositionRoles.has(one) ? { noun: one, start: u.tokStart - 1 } : null;
}

/**
 * When the name unit `u` is a full name after a role noun, the country the words before it give
 * (a demonym's group draft "French teacher", which is the same person, is taken out of `out`);
 * `undefined` when the name is not introduced so.
 */
export function describedPerson(ctx: ComposeContext, u: Unit, from: number, out: Draft[]): { country: string | null } | undefined {
  if (!fullName(ctx.doc, u.tokStart, u.tokEnd)) return undefined;
  const described = describingNoun(ctx, u, from);
  if (!described) return undefined;
  const last = out[out.length - 1];
  if (last && (last.kind === 'group' || last.kind === 'description') && last.tokEnd === u.tokStart && !last.split) {
    out.pop();
    return { country: last.country };
  }
  // "French engineer Anne Roux", the noun no group word: the demonym right before it.
  if (last && last.kind === 'state' && last.via === 'demonym' && last.tokEnd === described.start) return { country: last.country };
  return { country: null };
}
