/**
 * Whom a pledge naming nobody is made to: the other party of the agreement, meeting or visit the
 * same sentence tells of its maker ("Turkey and Iraq signed an agreement, and Ankara pledged to
 * release more water from its dams", "Erdogan visited Baghdad, and Ankara pledged to …").
 */
import { type Draft } from './drafts.js';
import type { Participant } from './actor-index.js';
import { sameActor } from './participants.js';

/** Codes of the acts whose parties a pledge beside them is made to: agreements (03x, 057) and contact (04x). */
const PARTNERING = /^(03|04|057)/;

/** The country a participant acts for, if known. */
const countryOf = (p: Participant): string | null => p.country ?? p.actor?.country ?? null;

/**
 * `drafts` of one sentence, a pledge (an intent, 03x) with no target and no target phrase
 * (`namesTarget`) addressed to the other parties of an agreement, meeting or visit its source's
 * country takes part in.
 */
export function pledgePartners(drafts: Draft[], namesTarget: (d: Draft) => boolean): Draft[] {
  return drafts.map((d) => {
    if (d.targets.length || !d.sources.length || !(d.code ?? '').startsWith('03') || namesTarget(d)) return d;
    const own = new Set(d.sources.map(countryOf).filter((c): c is string => c !== null));
    if (!own.size) return d;
    const mine = (p: Participant): boolean => d.sources.some((q) => sameActor(p, q)) || own.has(countryOf(p) ?? '');
    for (const e of drafts) {
      if (e === d || !PARTNERING.test(e.code ?? '') || e.negated || e.hypothetical) continue;
      const parties = [...e.sources, ...e.targets];
      if (!parties.some(mine)) continue;
      const others = parties.filter((p) => !mine(p) && countryOf(p) !== null);
      const unique = others.filter((p, i) => others.findIndex((q) => sameActor(p, q)) === i);
      if (unique.length) return { ...d, targets: unique };
    }
    return d;
  });
}
