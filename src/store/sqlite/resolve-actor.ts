/**
 * How a name typed in a query is understood: a knowledge-base id, an ISO3 country code, an actor's
 * name or alias, or a CAMEO actor code. A state resolves to its country, so that "Russia" also finds
 * events by Russian officials; other actors resolve to their own id.
 */
import type Database from 'better-sqlite3';
import { EntenteError } from '../../core/errors/errors.js';
import type { ActorMatch } from '../store.js';

interface ActorRow {
  id: string;
  name: string;
  type: string | null;
  country: string | null;
}

export interface ActorResolver {
  all(query: string): ActorMatch[];
  /** The matches of `query`, or E402 naming it when nothing in the store matches. */
  require(query: string): ActorMatch[];
}

export function createActorResolver(db: Database.Database): ActorResolver {
  const byId = db.prepare('SELECT id, name, type, country FROM actors WHERE id = ?');
  const byName = db.prepare('SELECT a.id, a.name, a.type, a.country FROM actor_names n JOIN actors a ON a.id = n.actor_id WHERE n.name_key = ? ORDER BY a.id');
  const byCameo = db.prepare('SELECT id, name, type, country FROM actors WHERE cameo = ? COLLATE NOCASE ORDER BY id');
  const countryKnown = db.prepare(
    `SELECT 1 WHERE EXISTS (SELECT 1 FROM actors WHERE country = @k)
       OR EXISTS (SELECT 1 FROM events WHERE src_country = @k) OR EXISTS (SELECT 1 FROM events WHERE tgt_country = @k)`,
  );
  const bareKey = db.prepare('SELECT src_name FROM events WHERE src_key = @k UNION ALL SELECT tgt_name FROM events WHERE tgt_key = @k LIMIT 1').pluck();

  function toMatch(a: ActorRow): ActorMatch {
    if (a.type === 'state' && a.country) return { kind: 'country', code: a.country, label: a.name };
    return { kind: 'actor', id: a.id, label: a.name };
  }

  function all(query: string): ActorMatch[] {
    const q = query.trim();
    if (!q) return [];
    const out: ActorMatch[] = [];
    const seen = new Set<string>();
    const add = (m: ActorMatch) => {
      const k = m.kind === 'country' ? `c:${m.code}` : `a:${m.id}`;
      if (!seen.has(k)) {
        seen.add(k);
        out.push(m);
      }
    };
    const exact = byId.get(q) as ActorRow | undefined;
    if (exact) add(toMatch(exact));
    if (/^[A-Za-z]{3}$/.test(q) && countryKnown.get({ k: q.toUpperCase() })) add({ kind: 'country', code: q.toUpperCase(), label: q.toUpperCase() });
    for (const a of byName.all(q.toLowerCase()) as ActorRow[]) add(toMatch(a));
    for (const a of byCameo.all(q) as ActorRow[]) add(toMatch(a));
    // Participants the coder could not tie to a known actor are keyed by their name.
    for (const key of [q, `name:${q.toLowerCase()}`]) {
      const label = bareKey.get({ k: key }) as string | undefined;
      if (label !== undefined) add({ kind: 'actor', id: key, label: label ?? key });
    }
    return out;
  }

  function require(query: string): ActorMatch[] {
    const found = all(query);
    if (found.length === 0) {
      throw new EntenteError('E402', `no actor in the store matches "${query}": give a name, an alias, an id (state:RUS), a CAMEO code or an ISO3 country code`, {
        input: query,
      });
    }
    return found;
  }

  return { all, require };
}

/** SQL condition (and its parameters) for "the participant on `side` is one of `matches`". */
export function sideCondition(side: 'src' | 'tgt', matches: readonly ActorMatch[]): { sql: string; params: string[] } {
  const parts: string[] = [];
  const params: string[] = [];
  for (const m of matches) {
    if (m.kind === 'country') {
      parts.push(`${side}_country = ?`);
      params.push(m.code);
    } else {
      parts.push(`${side}_key = ?`);
      params.push(m.id);
    }
  }
  return { sql: parts.length === 1 ? parts[0] : `(${parts.join(' OR ')})`, params };
}
