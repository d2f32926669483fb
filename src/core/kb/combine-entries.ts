/**
 * Combines the parsed entries of several files into one set: a later entry with an existing id
 * replaces the earlier one (users override shipped entries), an entry with `"merge": true` adds to
 * it instead, a body without members takes its parent's, and every cross-reference (member states,
 * parents, countries, metonym orgs, role countries and igos) must point at a known entry.
 */
import { EntenteError } from '../errors/errors.js';
import type { ParsedEntry } from './parse-entry.js';
import type { KbActor, KbIgo, KbSectorWords } from './types.js';

/** The combined entries, with the file each actor came from. */
export interface CombinedEntries {
  actors: Map<string, KbActor>;
  fileOf: Map<string, string>;
  sectors: KbSectorWords[];
}

/** Combines `parsed` in order; see the module comment for the rules. */
export function combineEntries(parsed: readonly ParsedEntry[]): CombinedEntries {
  const actors = new Map<string, KbActor>();
  const fileOf = new Map<string, string>();
  const sectors: KbSectorWords[] = [];
  for (const p of parsed) {
    const e = p.entry;
    if (e.kind === 'sector') {
      sectors.push(e);
      continue;
    }
    const old = actors.get(e.id);
    if (p.merge) {
      if (!old) throw new EntenteError('E201', `"${e.id}" has "merge": true but no earlier entry has that id`, { input: p.file });
      actors.set(e.id, mergeInto(old, e, p.present));
      continue;
    }
    if (old && fileOf.get(e.id) === p.file) {
      throw new EntenteError('E201', `the id "${e.id}" appears twice in the file; ids must be unique`, { input: p.file });
    }
    actors.set(e.id, e);
    fileOf.set(e.id, p.file);
  }
  inheritMembers(actors);
  checkReferences(actors, fileOf);
  return { actors, fileOf, sectors };
}

/** The fields of `patch` that were given are added (lists) or set (other values) on a copy of `base`. */
function mergeInto(base: KbActor, patch: KbActor, present: ReadonlySet<string>): KbActor {
  const out: Record<string, unknown> = { ...base };
  const b = base as unknown as Record<string, unknown>;
  const p = patch as unknown as Record<string, unknown>;
  for (const field of present) {
    if (field === 'id' || field === 'merge') continue;
    const key = field === 'kind' ? 'type' : field;
    const v = p[key];
    if (Array.isArray(v) && Array.isArray(b[key])) {
      const seen = new Set((b[key] as unknown[]).map((x) => JSON.stringify(x)));
      out[key] = [...(b[key] as unknown[]), ...v.filter((x) => !seen.has(JSON.stringify(x)))];
    } else if (v && typeof v === 'object' && !Array.isArray(v) && b[key] && typeof b[key] === 'object') {
      out[key] = { ...(b[key] as object), ...(v as object) };
    } else {
      out[key] = v;
    }
    if (key === 'members') out.membersInherited = false;
  }
  return out as unknown as KbActor;
}

/** Bodies that list no members get their parent's (the UN General Assembly has the UN's). */
function inheritMembers(actors: Map<string, KbActor>): void {
  const resolve = (igo: KbIgo, depth: number): string[] | null => {
    if (!igo.membersInherited || igo.parent === null || depth > 10) return igo.members;
    const parent = actors.get(igo.parent);
    return parent?.kind === 'igo' ? resolve(parent, depth + 1) : igo.members;
  };
  for (const [id, e] of actors) {
    if (e.kind === 'igo' && e.membersInherited) actors.set(id, { ...e, members: resolve(e, 0) });
  }
}

function checkReferences(actors: Map<string, KbActor>, fileOf: Map<string, string>): void {
  const states = new Set<string>();
  for (const e of actors.values()) if (e.kind === 'state') states.add(e.iso3);
  for (const e of actors.values()) {
    const bad = (field: string, what: string): never => {
      throw new EntenteError('E201', `${e.id}: field "${field}" refers to ${what}, which no entry defines`, { input: fileOf.get(e.id) ?? '' });
    };
    const state = (field: string, code: string | null): void => {
      if (code !== null && !states.has(code)) bad(field, `the country "${code}"`);
    };
    const ref = (field: string, id: string | null, kind: string): void => {
      if (id !== null && actors.get(id)?.kind !== kind) bad(field, `"${id}"`);
    };
    for (const m of 'metonyms' in e ? e.metonyms : []) ref('metonyms', m.org ?? null, 'org');
    if (e.kind === 'state') {
      state('sovereign', e.sovereign);
      state('claimedBy', e.claimedBy);
    } else if (e.kind === 'igo') {
      ref('parent', e.parent, 'igo');
      for (const m of e.members ?? []) state('members', m);
      for (const m of e.igoMembers) ref('igoMembers', m, 'igo');
      for (const m of Object.keys(e.membersSince)) state('membersSince', m);
      for (const m of Object.keys(e.formerMembers)) state('formerMembers', m);
      for (const m of Object.keys(e.suspended)) state('suspended', m);
    } else if (e.kind === 'org') {
      state('country', e.country);
      ref('parent', e.parent, 'org');
    } else {
      for (const r of e.roles) {
        state('roles.country', r.country);
        ref('roles.igo', r.igo, 'igo');
        ref('roles.org', r.org ?? null, 'org');
      }
    }
  }
}
