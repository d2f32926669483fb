/**
 * Where an investigation naming nobody takes place when it is the purpose of sending someone
 * somewhere: "the UN sent a team to Syria **to investigate** the attack" examines what happened in
 * Syria (090 to Syria), as "sent inspectors to Iran" does through its own lexicon entry.
 */
import type { Participant } from './actor-index.js';
import type { CoderContext } from './coder-context.js';
import { type Draft } from './drafts.js';
import { sameActor } from './participants.js';

/** Prepositions of where someone is sent ("to Syria", "into the region"). */
const DESTINATION = ['to', 'into'];

/**
 * The state, or the country of the place, that the verb governing an investigation's
 * to-infinitive of purpose sends someone to; none when the investigation is no such purpose,
 * when the destination is one of its sources, or when that verb is an investigation already
 * ("sent inspectors to Iran to examine …" is one act). `draftAt` gives the draft of a trigger token.
 */
export function investigationDestination(ctx: CoderContext, d: Draft, draftAt: (tok: number) => Draft | null): Participant[] {
  const { v, actors, finder } = ctx;
  let head = d.match.head;
  // "sent a team to help investigate": the purpose is "to help", the investigation under it.
  const up = v.head[head];
  if (v.relIs(head, ['xcomp']) && up >= 0 && v.lemma[up] === 'help' && !v.childrenWith(head, ['mark']).length) head = up;
  // Only a verb of purpose: "to investigate" after the verb it is the purpose of.
  if (!v.isVerbal(head) || !v.relIs(head, ['advcl', 'xcomp']) || v.head[head] < 0 || v.head[head] > head) return [];
  if (!v.childrenWith(head, ['mark']).some((k) => v.lemma[k] === 'to' && k < head)) return [];
  const host = v.head[head];
  if ((draftAt(host)?.code ?? '').startsWith('09')) return [];
  for (const prep of DESTINATION) {
    for (const k of finder.prepDeps(host, prep)) {
      const a = actors.actorAt(k);
      const p = a?.actor?.type === 'state' ? a : a ? null : finder.placeAsCountry(k);
      if (p && !d.sources.some((s) => sameActor(s, p))) return [p];
    }
  }
  return [];
}
