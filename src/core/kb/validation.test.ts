import { describe, expect, it } from 'vitest';
import { EntenteError } from '../errors/errors.js';
import { createKnowledgeBase } from './knowledge-base.js';

const RUS = { id: 'state:RUS', iso2: 'RU', iso3: 'RUS', cameo: 'RUS', name: 'Russia', status: 'un-member' };

/** The E201 error thrown when building a KB from `entries` (as file `mine.json`). */
function errorOf(entries: unknown, extra: unknown[] = []): EntenteError {
  try {
    createKnowledgeBase({ name: 'states.json', entries: [RUS] }, { name: 'mine.json', entries: [...(entries as unknown[]), ...extra] });
  } catch (e) {
    if (e instanceof EntenteError) return e;
    throw e;
  }
  throw new Error('expected an EntenteError');
}

describe('knowledge-base validation', () => {
  it('names the file, the entry and the field of a bad value (E201)', () => {
    const e = errorOf([{ id: 'org:x', name: 'X', country: 'Russia', sector: 'GOV', cameo: 'RUSGOV' }]);
    expect(e.code).toBe('E201');
    expect(e.input).toBe('mine.json');
    expect(e.oneLine()).toMatch(/^mine\.json: entry 1 \(org:x\): field "country" must be an iso3 code/);
  });
  it('names a state whose immigrantNation is not a boolean', () => {
    const e = errorOf([{ id: 'state:USA', iso2: 'US', iso3: 'USA', cameo: 'USA', name: 'United States', status: 'un-member', immigrantNation: 'yes' }]);
    expect(e.code).toBe('E201');
    expect(e.oneLine()).toMatch(/^mine\.json: entry 1 \(state:USA\): field "immigrantNation" must be true or false/);
  });
  it('rejects a file that is not an array', () => {
    expect(() => createKnowledgeBase({ name: 'people/XYZ.json', entries: { id: 'person:a' } })).toThrow(/must hold a JSON array/);
  });
  it('rejects unknown fields, so that typos do not pass silently', () => {
    const e = errorOf([{ id: 'person:a-b', name: 'A B', roles: [{ role: 'head of state', country: 'RUS', strat: '2001-01-01' }] }]);
    expect(e.message).toMatch(/roles\[0\]" has an unknown key "strat"/);
  });
  it('rejects roles outside the vocabulary and dates that are not dates', () => {
    expect(errorOf([{ id: 'person:a-b', name: 'A B', roles: [{ role: 'tsar', country: 'RUS' }] }]).message).toMatch(/roles\[0\]\.role" must be one of/);
    expect(errorOf([{ id: 'person:a-b', name: 'A B', roles: [{ role: 'head of state', country: 'RUS', start: '2001-02-30' }] }]).message).toMatch(/start" must be a date/);
    expect(errorOf([{ id: 'person:a-b', name: 'A B', roles: [{ role: 'head of state', country: 'RUS', start: '2005', end: '2001' }] }]).message).toMatch(/is before start/);
  });
  it('rejects references to unknown countries, igos and orgs', () => {
    expect(errorOf([{ id: 'igo:x', name: 'X', cameo: 'IGOXXX', members: ['RUS', 'ZZZ'] }]).message).toMatch(/refers to the country "ZZZ"/);
    expect(errorOf([{ id: 'person:a-b', name: 'A B', roles: [{ role: 'igo head', igo: 'igo:nowhere' }] }]).message).toMatch(/"igo:nowhere"/);
    expect(errorOf([{ id: 'org:x', name: 'X', country: 'RUS', sector: 'GOV', cameo: 'RUSGOV', parent: 'org:y' }]).message).toMatch(/"org:y"/);
    expect(errorOf([{ id: 'person:a-b', name: 'A B', roles: [{ role: 'military chief', country: 'RUS', org: 'org:nowhere' }] }]).message).toMatch(/"org:nowhere"/);
    expect(errorOf([{ id: 'person:a-b', name: 'A B', roles: [{ role: 'military chief', country: 'RUS', org: 'igo:un' }] }]).message).toMatch(/org" must be an org id/);
  });
  it('rejects a duplicate id within one file and a merge with nothing to merge into', () => {
    const org = { id: 'org:x', name: 'X', country: 'RUS', sector: 'GOV', cameo: 'RUSGOV' };
    expect(errorOf([org, org]).message).toMatch(/appears twice/);
    expect(errorOf([{ id: 'org:y', merge: true, aliases: ['Y'] }]).message).toMatch(/no earlier entry/);
  });
  it('requires a state id to match its iso3 and a territory to name its sovereign', () => {
    expect(errorOf([{ ...RUS, id: 'state:RUX' }]).message).toMatch(/must be "state:RUS"/);
    expect(errorOf([{ ...RUS, id: 'state:GUM', iso3: 'GUM', status: 'territory' }]).message).toMatch(/sovereign" is required/);
  });
  it('rejects an id without a known kind', () => {
    expect(errorOf([{ id: 'country:RUS', name: 'Russia' }]).message).toMatch(/"kind:slug"/);
  });
  it('rejects a people whose country is no iso3 code', () => {
    const e = (() => {
      try {
        createKnowledgeBase({ name: 'states.json', entries: [RUS] }, { name: 'sectors.json', entries: [{ words: ['Steppe Nomad'], sector: 'ETH', group: true, country: 'Russia' }] });
      } catch (err) {
        return err;
      }
      return null;
    })();
    expect(e).toBeInstanceOf(EntenteError);
    expect((e as EntenteError).message).toMatch(/country/);
  });
});
