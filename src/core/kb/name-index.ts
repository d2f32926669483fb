/**
 * The name index: every name, alias, acronym, demonym and metonym of every actor, keyed by
 * {@link nameKey}, and the same forms as token sequences for a trie-based mention matcher. Agent
 * words ("president", "troops") are indexed separately: they name roles and sectors, not actors.
 */
import { nameKey, nameTokens, needsExactCase } from './normalize.js';
import type { KbActor, KbActorKind, KbSectorWords } from './types.js';

/** How a form names its actor. */
export type NameVia = 'name' | 'official' | 'alias' | 'acronym' | 'adjective' | 'demonym' | 'metonym';

/** One way of naming an actor. */
export interface KbSurfaceForm {
  /** The form as written in the knowledge base ("U.S.", "the Kremlin"). */
  readonly form: string;
  /** Its {@link nameKey} ("us", "kremlin"). */
  readonly key: string;
  /** The key's words, for a token trie. */
  readonly tokens: readonly string[];
  readonly id: string;
  readonly kind: KbActorKind;
  readonly via: NameVia;
  /** The sector the form stands for: a metonym's ("the Pentagon" → MIL), an org's own; null for a state's names. */
  readonly sector: string | null;
  /** The organisation a metonym names ("the Pentagon" → `org:us-department-of-defense`). */
  readonly org: string | null;
  /** The form also means other things ("Washington", "Georgia"): take it only with supporting context. */
  readonly needsContext: boolean;
  /** Take it only when the text has the same capitals ("US", "IS", "AU"). */
  readonly exactCase: boolean;
}

/** An agent word and what it denotes. */
export interface KbAgentForm {
  readonly form: string;
  readonly key: string;
  readonly tokens: readonly string[];
  readonly sector: string;
  readonly role: string | null;
  readonly group: boolean;
  readonly plural: boolean;
  readonly needsContext: boolean;
  readonly exactCase: boolean;
  /** The state of a people of one state ("Yoruba" → NGA); null for other words. */
  readonly country: string | null;
}

const VIA_ORDER: Record<NameVia, number> = { name: 0, official: 1, alias: 2, acronym: 3, metonym: 4, adjective: 5, demonym: 6 };

/** Builds the surface forms of the actors, in a stable order (by id, then field). */
export function actorSurfaceForms(actors: Iterable<KbActor>): KbSurfaceForm[] {
  const out: KbSurfaceForm[] = [];
  for (const e of actors) {
    const ctx = new Set(e.needsContext.map(nameKey));
    const seen = new Set<string>();
    const own = e.kind === 'org' ? e.sector : null;
    const add = (form: string, via: NameVia, sector: string | null = own, org: string | null = null): void => {
      const key = nameKey(form);
      // One form per key and entry: "Russian Federation" as official name and alias counts once.
      const dedupe = `${key}|${via === 'metonym' ? 'm' : 'n'}`;
      if (key === '' || seen.has(dedupe)) return;
      seen.add(dedupe);
      const exactCase = needsExactCase(form);
      out.push({
        form, key, tokens: key.split(' '), id: e.id, kind: e.kind, via: via === 'alias' && exactCase ? 'acronym' : via,
        sector, org, needsContext: ctx.has(key), exactCase,
      });
    };
    add(e.name, 'name');
    if (e.kind === 'state') {
      add(e.officialName, 'official');
      for (const a of e.aliases) add(a, 'alias');
      for (const a of e.adjectives) add(a, 'adjective');
      for (const a of e.people) add(a, 'demonym');
    } else {
      for (const a of e.aliases) add(a, 'alias');
    }
    if (e.kind !== 'person') for (const m of e.metonyms) add(m.name, 'metonym', m.sector, m.org ?? null);
  }
  return out;
}

/** Builds the agent forms (words and plurals) of the sector entries. */
export function agentForms(sectors: readonly KbSectorWords[]): KbAgentForm[] {
  const out: KbAgentForm[] = [];
  for (const s of sectors) {
    const ctx = new Set(s.needsContext.map(nameKey));
    const add = (form: string, plural: boolean): void => {
      const key = nameKey(form);
      if (key === '') return;
      out.push({
        form, key, tokens: nameTokens(form), sector: s.sector, role: s.role, group: s.group || plural, plural,
        needsContext: ctx.has(key), exactCase: needsExactCase(form), country: s.country,
      });
    };
    for (const w of s.words) add(w, false);
    for (const w of s.plurals) add(w, true);
  }
  return out;
}

/** Groups forms by key, best candidates first (context-free before context-dependent, names before metonyms). */
export function indexByKey<T extends { key: string; needsContext: boolean }>(
  forms: readonly T[],
  rank: (f: T) => number = () => 0,
): Map<string, readonly T[]> {
  const map = new Map<string, T[]>();
  for (const f of forms) {
    const list = map.get(f.key);
    if (list) list.push(f);
    else map.set(f.key, [f]);
  }
  for (const list of map.values()) {
    list.sort((a, b) => Number(a.needsContext) - Number(b.needsContext) || rank(a) - rank(b));
    Object.freeze(list);
  }
  return map;
}

/** Rank of a surface form among candidates of one key. */
export function surfaceRank(f: KbSurfaceForm): number {
  return VIA_ORDER[f.via];
}
