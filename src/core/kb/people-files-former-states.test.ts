/**
 * Integrity of the people files of former states (`data/kb/people/SUN.json`, `YUG.json`, `DDR.json`,
 * `CSK.json`): the leaders of the Soviet Union, Yugoslavia, East Germany and Czechoslovakia, coded
 * with the codes `states.json` gives those states, for articles written before they dissolved.
 */
import { describe, expect, it } from 'vitest';
import { DATE, entriesOf, expectSortedArrays, ISO3, overlappingTenures, readPeopleFiles, ROLES, tenuresByOffice, type Role } from './test-support/people-files.js';

const FILES = ['SUN', 'YUG', 'DDR', 'CSK'];
/** Country codes a role may carry here: today's states and the former ones. */
const CODES = new Set([...ISO3, ...FILES, 'SCG']);

const loaded = readPeopleFiles(FILES);
const people = entriesOf(loaded);

describe.skipIf(loaded.length === 0)('people files of former states', () => {
  it('are JSON arrays of entries sorted by id', () => {
    expectSortedArrays(loaded, { nonEmpty: true, indented: true });
  });

  it('use the README role values, known country codes and ordered dates', () => {
    for (const p of people) {
      expect(p.id).toMatch(/^person:[a-z0-9-]+$/);
      for (const r of p.roles) {
        expect(ROLES.has(r.role), `${p.id}: role ${r.role}`).toBe(true);
        if (r.country) expect(CODES.has(r.country), `${p.id}: country ${r.country}`).toBe(true);
        expect(r.start, `${p.id}: start`).toMatch(DATE);
        if (r.end !== null) {
          expect(r.end, `${p.id}: end`).toMatch(DATE);
          expect(r.end >= r.start, `${p.id}: ${r.start}..${r.end}`).toBe(true);
        }
      }
    }
  });

  it('never give two non-acting holders the same office at the same time', () => {
    const office = (r: Role) => (r.acting || r.disputed || !r.country || !['head of state', 'head of government'].includes(r.role) ? null : `${r.country} ${r.role}`);
    expect(overlappingTenures(tenuresByOffice(people, office, 'last'))).toEqual([]);
  });
});
