/**
 * The forum of a complaint: "lodged a complaint with the WTO over Chinese tariffs", "filed a case
 * with the International Court of Justice against Russia". The body a complaint is lodged with hears
 * it; the complaint (CAMEO 114) is against the state its subject matter names.
 */
import type { CoderContext } from './coder-context.js';
import type { Participant } from './actor-index.js';
import type { Match } from './trigger-match.js';

/**
 * What a complaint lodged with an international body or a court is against: a state its
 * "over"/"about" phrase names, on the trigger or inside the forum's own phrase ("filed a complaint
 * with the court against Russia", the "against" phrase parsed under "court"). `ownSlots` reads
 * the trigger's own slots of those names (in the entry's order); `isSource` tells the complainant.
 */
export function complainedOf(ctx: CoderContext, m: Match, isSource: (p: Participant) => boolean, ownSlots: (slots: readonly string[]) => Participant[]): Participant[] {
  const isState = (p: Participant): boolean => p.country !== null && p.actor?.type !== 'igo';
  const own = ownSlots(['over', 'about']);
  if (own.length && own.every(isState)) return own;
  // down the forum's chain of nominal modifiers ("the International Court of Justice against Russia")
  const stack = ['with', 'to', 'at', 'before'].flatMap((slot) => ctx.finder.slotTokens(m, slot));
  while (stack.length) {
    for (const c of ctx.v.childrenWith(stack.pop() as number, ['nmod'])) {
      if (!['against', 'over', 'about'].includes(ctx.v.caseOf(c) ?? '')) {
        stack.push(c);
        continue;
      }
      const ps = ctx.finder.group(c).filter((p) => !isSource(p));
      if (ps.length && ps.every(isState)) return ps;
    }
  }
  return [];
}
