/**
 * IGO membership over time. `members` lists today's members; `membersSince` dates the joins that are
 * known (a member without one counts as a member at any date); `formerMembers` keeps those that
 * left with their span. Suspended members remain members. A dissolved IGO has no members from the
 * day it ceased.
 */
import { dayKey, inSpan } from './kb-dates.js';
import type { KbIgo } from './types.js';

/** The member states (iso3, sorted) of `igo` on `date`, or today's when no date is given; null when not listed. */
export function membersOn(igo: KbIgo, date?: string): string[] | null {
  if (igo.members === null) return null;
  if (date === undefined) return [...igo.members];
  const d = dayKey(date);
  if (igo.dissolved !== null && d >= dayKey(igo.dissolved)) return [];
  const out = igo.members.filter((m) => inSpan(d, igo.membersSince[m] ?? null, null));
  for (const [m, span] of Object.entries(igo.formerMembers)) {
    if (inSpan(d, span.since ?? igo.membersSince[m] ?? null, span.until) && !out.includes(m)) out.push(m);
  }
  return out.sort();
}

/** True when `iso3` is a member of `igo` on `date` (today when omitted). */
export function isMemberOn(igo: KbIgo, iso3: string, date?: string): boolean {
  if (igo.members === null) return false;
  if (date === undefined) return igo.members.includes(iso3);
  const d = dayKey(date);
  if (igo.dissolved !== null && d >= dayKey(igo.dissolved)) return false;
  if (igo.members.includes(iso3) && inSpan(d, igo.membersSince[iso3] ?? null, null)) return true;
  const span = igo.formerMembers[iso3];
  return span !== undefined && inSpan(d, span.since ?? null, span.until);
}
