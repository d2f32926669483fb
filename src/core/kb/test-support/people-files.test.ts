import { describe, expect, it } from 'vitest';
import { day, days, overlappingTenures, tenuresByOffice, type Person, type Role } from './people-files.js';

/** A person with one role per `[role, start, end]`, in an invented country. */
function person(id: string, ...roles: Array<[string, string, string | null, Partial<Role>?]>): Person {
  return {
    id, name: id, aliases: [],
    roles: roles.map(([role, start, end, more]) => ({ role, title: role, country: 'XYZ', start, end, ...more })),
  };
}

describe('people-file helpers', () => {
  it('read a partial date as its first or last possible day', () => {
    expect(day('2004')).toBe('2004-01-01');
    expect(day('2004', 'last')).toBe('2004-12-31');
    expect(day('2024-02', 'last')).toBe('2024-02-29');
    expect(day('2023-02', 'last')).toBe('2023-02-28');
    expect(day('2004-06')).toBe('2004-06-01');
    expect(day('2004-06-15', 'last')).toBe('2004-06-15');
    expect(days('2024-02-28', '2024-03-01')).toBe(2);
  });

  it('find two holders of one office at once, and let successive terms touch', () => {
    const office = (r: Role): string | null => (r.acting ? null : `${r.country} ${r.role}`);
    const people = [
      person('person:a', ['head of state', '2000-01-01', '2005-03-01']),
      person('person:b', ['head of state', '2005-03-01', null]),
      person('person:c', ['head of state', '2004-06', '2004-09', { acting: true }]),
    ];
    expect(overlappingTenures(tenuresByOffice(people, office, 'first'))).toEqual([]);
    const overlapping = [...people, person('person:d', ['head of state', '2010', '2012'])];
    expect(overlappingTenures(tenuresByOffice(overlapping, office, 'first'))).toEqual([
      'XYZ head of state: person:b 2005-03-01..9999-12-31 / person:d from 2010-01-01',
    ]);
  });

  it('count a partial start date as a possible or only a certain overlap', () => {
    const office = (r: Role): string => `${r.country} ${r.role}`;
    const people = [person('person:a', ['speaker', '2001-01-01', '2004-06-15']), person('person:b', ['speaker', '2004-06', null])];
    expect(overlappingTenures(tenuresByOffice(people, office, 'first'))).toHaveLength(1);
    expect(overlappingTenures(tenuresByOffice(people, office, 'last'))).toEqual([]);
  });
});
