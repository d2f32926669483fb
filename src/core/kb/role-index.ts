/**
 * Time-aware roles: which role a person held on a day, and who held a role of a country or an IGO
 * on a day. A role is held on day D when `start <= D < end`; when several are held at once, the most
 * senior wins (order of {@link PERSON_ROLES}), a substantive holder before an acting one.
 */
import { dayKey, inSpan } from './kb-dates.js';
import { PERSON_ROLES } from './types.js';
import type { KbPerson, KbRole, PersonRole } from './types.js';

/** A person and the role they held. */
export interface KbHolder {
  readonly person: KbPerson;
  readonly role: KbRole;
}

const SENIORITY = new Map<string, number>(PERSON_ROLES.map((r, i) => [r, i]));

/** Orders roles held at the same time: senior first, substantive before acting, undisputed first, latest start first. */
export function compareRoles(a: KbRole, b: KbRole): number {
  return (
    (SENIORITY.get(a.role) ?? 99) - (SENIORITY.get(b.role) ?? 99) ||
    Number(a.acting) - Number(b.acting) ||
    Number(a.disputed) - Number(b.disputed) ||
    (b.start === null ? '' : dayKey(b.start)).localeCompare(a.start === null ? '' : dayKey(a.start))
  );
}

/** The roles of `person` held on `date` (a KB date), most senior first. */
export function rolesOn(person: KbPerson, date: string): KbRole[] {
  const d = dayKey(date);
  return person.roles.filter((r) => inSpan(d, r.start, r.end)).sort(compareRoles);
}

/** Index of role holders by `holder|role`, where holder is a country iso3 or an igo id. */
export class RoleIndex {
  private readonly byKey = new Map<string, KbHolder[]>();

  constructor(people: Iterable<KbPerson>) {
    for (const person of people) {
      for (const role of person.roles) {
        const holder = role.igo ?? role.country;
        if (holder === null) continue;
        const key = `${holder}|${role.role}`;
        const list = this.byKey.get(key);
        if (list) list.push({ person, role });
        else this.byKey.set(key, [{ person, role }]);
      }
    }
  }

  /** Everyone who held `role` for `holder` (iso3 or igo id) on `date`, best first. */
  holdersOn(holder: string, role: PersonRole, date: string): KbHolder[] {
    const d = dayKey(date);
    const list = this.byKey.get(`${holder}|${role}`) ?? [];
    return list.filter((h) => inSpan(d, h.role.start, h.role.end)).sort((a, b) => compareRoles(a.role, b.role));
  }
}
