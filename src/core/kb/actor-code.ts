/**
 * CAMEO-style codes of knowledge-base actors on a date: a state's own code (`RUS`), a metonym's
 * state code plus its sector (`USAMIL` for "the Pentagon"), an organisation's code in its sector of
 * the day (`AFGREB` for the Taliban before 2021-08-15), a person's code from the role held that day
 * (`RUSGOV` for a president, `USALEG` for a senator, `IGOUNO` for the UN Secretary-General).
 */
import type { KnowledgeBase } from './knowledge-base.js';
import { compareRoles } from './role-index.js';
import type { KbMetonym, KbRole, PersonRole } from './types.js';

/** The country, sector and CAMEO code of an actor. */
export interface ActorCode {
  country: string | null;
  sector: string | null;
  cameo: string | null;
}

/** CAMEO sector of each person role. */
export const ROLE_SECTOR: Readonly<Record<PersonRole, string>> = {
  'head of state': 'GOV', 'head of government': 'GOV', 'vice president': 'GOV', 'deputy head of government': 'GOV',
  'foreign minister': 'GOV', 'defence minister': 'GOV', 'igo head': 'IGO', minister: 'GOV', speaker: 'LEG',
  'military chief': 'MIL', 'party leader': 'PTY', 'opposition leader': 'OPP', ambassador: 'GOV', legislator: 'LEG',
  official: 'GOV',
  // A candidate for office runs for a party (Phoenix's PRESIDENTIAL_CANDIDATE is ~PTY).
  candidate: 'PTY',
};

/** The code of actor `id` on `date` (today's roles and sectors when omitted); null for an unknown id. */
export function actorCode(kb: KnowledgeBase, id: string, date?: string): ActorCode | null {
  const e = kb.byId(id);
  if (!e) return null;
  const stateCameo = (iso3: string | null): string => (iso3 === null ? '' : (kb.state(iso3)?.cameo ?? iso3));
  switch (e.kind) {
    case 'state':
      return { country: e.iso3, sector: null, cameo: e.cameo };
    case 'igo':
      return { country: null, sector: 'IGO', cameo: e.cameo };
    case 'org': {
      const sector = kb.sectorOf(e.id, date) ?? e.sector;
      // An org coded in another sector on that day keeps its country but not its own code.
      const cameo = sector === e.sector ? e.cameo : `${stateCameo(e.country)}${sector}`;
      return { country: e.country, sector, cameo };
    }
    case 'person': {
      const role = date === undefined ? currentRole(e.roles) : kb.roleAt(e.id, date);
      return role ? roleCode(kb, role) : { country: null, sector: null, cameo: null };
    }
  }
}

/** The code of someone holding `role`. */
export function roleCode(kb: KnowledgeBase, role: KbRole): ActorCode {
  const sector = ROLE_SECTOR[role.role];
  if (role.cameo !== null) return { country: role.country, sector, cameo: role.cameo };
  if (role.igo !== null) {
    const igo = kb.byId(role.igo);
    return { country: role.country, sector: 'IGO', cameo: igo?.kind === 'igo' ? igo.cameo : 'IGO' };
  }
  // A role held in an organisation (a movement's leader, an armed group's commander) takes its code.
  const org = role.org ? kb.byId(role.org) : undefined;
  if (org?.kind === 'org') return { country: role.country ?? org.country, sector: org.sector, cameo: org.cameo };
  const state = role.country === null ? undefined : kb.state(role.country);
  return { country: role.country, sector, cameo: state ? `${state.cameo}${sector}` : null };
}

/** The code a metonym stands for: its state's code plus the metonym's sector ("the Kremlin" → RUSGOV). */
export function metonymCode(kb: KnowledgeBase, stateId: string, metonym: Pick<KbMetonym, 'sector'>): ActorCode | null {
  const s = kb.byId(stateId);
  return s?.kind === 'state' ? { country: s.iso3, sector: metonym.sector, cameo: `${s.cameo}${metonym.sector}` } : null;
}

function currentRole(roles: readonly KbRole[]): KbRole | null {
  // The most senior of the roles held today.
  return [...roles.filter((r) => r.end === null)].sort(compareRoles)[0] ?? null;
}
