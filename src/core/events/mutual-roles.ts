/**
 * The code of each direction of a mutual act whose code the kind of one side gave. "Police
 * clashed with protesters" is coded both ways, but the two sides do different things: the police
 * repress the protesters (175, from the target's kind) and the protesters riot against the police
 * (145, the code the same kind of side gets as the subject: "protesters clashed with police"). A
 * lexicon entry says both through `refine` (what the target's words make of the act) and
 * `subjectRefine` (what the subject's words make of it); the reverse direction takes the other
 * table's code for the same kind of side.
 */
import type { EventTrigger } from './lexicon-types.js';

/**
 * The code of the reverse direction of mutual trigger `t` coded `code`, or null when it is the
 * same: the `subjectRefine` code for the words of the `refine` rule that gave `code`, or the
 * `refine` code for those of the `subjectRefine` rule that gave it.
 */
export function reverseRoleCode(t: EventTrigger, code: string): string | null {
  const byTarget = t.refine.find((r) => r.code === code);
  const bySubject = t.subjectRefine.find((r) => r.code === code);
  // A code both tables give (or neither) says nothing about which side is which.
  if ((byTarget === undefined) === (bySubject === undefined)) return null;
  const [given, other] = byTarget ? [byTarget, t.subjectRefine] : [bySubject as NonNullable<typeof bySubject>, t.refine];
  const reverse = other.find((r) => [...given.when].some((w) => r.when.has(w)));
  return reverse && reverse.code !== code ? reverse.code : null;
}
