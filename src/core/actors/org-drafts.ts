/**
 * Organisations the knowledge base does not hold, named by their head noun: "Defense Ministry",
 * "Kenya Airways" (a state opening the name), "Supreme Court of Pakistan" (a state closing it).
 */
import type { Doc } from '../doc/doc.js';
import { stateIso, text, type ComposeContext } from './compose-context.js';
import { draft, partOf, type Draft } from './draft.js';
import type { NameCues } from './name-cues.js';
import type { Unit } from './units.js';

/** The head word of an unknown name ("Ministry" in "Defense Ministry"), as an organisation sector, if it is one. */
export function orgSector(doc: Doc, u: Unit, cues: NameCues): string | null {
  const words = text(doc, u.tokStart, u.tokEnd).toLowerCase().split(/\s+/);
  const last = words[words.length - 1];
  const lastTwo = words.slice(-2).join(' ');
  const hit = cues.orgHeads.get(lastTwo) ?? cues.orgHeads.get(last);
  if (hit) return hit;
  // "Institute for…", "Ministry of…", "Bank of…": a head before a connector.
  for (let k = 0; k < words.length - 1; k++) {
    if (cues.nameConnectors.has(words[k + 1]) && cues.orgHeads.has(words[k])) return cues.orgHeads.get(words[k]) ?? null;
  }
  return null;
}

/** An organisation named by a state or its capital and an unknown name with an organisation head. */
export function orgAfterState(ctx: ComposeContext, units: readonly Unit[], i: number, out: Draft[]): Draft | null {
  const u = units[i];
  const next = units[i + 1];
  const f = u.kind === 'kb' ? u.actors?.[0] : undefined;
  if (!f || f.kind !== 'state' || (f.via !== 'name' && f.via !== 'alias' && f.via !== 'metonym') || u.charStart !== undefined) return null;
  if (!next || next.kind !== 'name' || next.tokStart !== u.tokEnd) return null;
  const sector = orgSector(ctx.doc, next, ctx.cues);
  if (!sector) return null;
  const iso = stateIso(ctx.kb, f);
  if (f.via !== 'metonym') out.push(draft('state', u.tokStart, u.tokEnd, f.via === 'name' ? 'name' : 'alias', { kbId: f.id, country: iso }));
  return draft('org', u.tokStart, next.tokEnd, 'name', { name: text(ctx.doc, u.tokStart, next.tokEnd), country: iso, sector });
}

/**
 * "Khamovniki District Court of Moscow", "Supreme Court of Pakistan": an organisation's name goes on
 * over "of" and a state or its capital, which also gives its country (and a state mention).
 */
export function extendWithPlace(ctx: ComposeContext, d: Draft, units: readonly Unit[], to: number, out: Draft[]): void {
  const { doc, kb } = ctx;
  if (d.tokEnd + 1 >= to || doc.tokenText(d.tokEnd).toLowerCase() !== 'of') return;
  const at = doc.tokenText(d.tokEnd + 1).toLowerCase() === 'the' ? d.tokEnd + 2 : d.tokEnd + 1;
  const u = units.find((x) => x.tokStart === at);
  const f = u?.kind === 'kb' ? u.actors?.[0] : undefined;
  if (!u || !f || f.kind !== 'state') return;
  d.tokEnd = u.tokEnd;
  d.nameEnd = u.tokEnd;
  d.name = text(doc, d.tokStart, u.tokEnd);
  d.country ??= stateIso(kb, f);
  if (f.via !== 'metonym') out.push(draft('state', u.tokStart, u.tokEnd, f.via === 'name' ? 'name' : 'alias', { ...partOf(u), kbId: f.id, country: stateIso(kb, f) }));
}
