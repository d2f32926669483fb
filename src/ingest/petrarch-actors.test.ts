import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createKnowledgeBase } from '../core/kb/knowledge-base.js';
import { hasShared, sharedPath } from '../test-support/shared.js';
import { displayName, importPetrarchActors, petrarchDate } from './petrarch-actors.js';

/** A small dictionary written for this test, in the PETRARCH format. */
const FIXTURE = `# A test dictionary
<!-- a block comment
   spanning lines -->
FREEDONIA_  [FRE]
+FREEDONIAN_
+FREEDONIANS_ # people
RUFUS_T._FIREFLY_  # invented leader
+FIREFLY_
\t[FREELI 310101-331117]
\t[FREGOV 331118-350101]
\t[FREELI]
TRENTINO_
+AMBASSADOR_TRENTINO_
\t[SYLGOV <330601]
\t[SYLELI >330601]
FREEDONIAN_ARMY_ [FREMIL]
+FREEDONIA_ARMED_FORCES ; a synonym with a comment
LEAGUE_OF_SMALL_NATIONS_
L.S.N._
\t[IGOLSN]
GREEN_RELIEF_ [NGOHLH]
BROKEN_DATE_
\t[FREGOV 331301-340101]
DISCARDED_ [---]
---STOP---
IGNORED_ [FRE]
`;

const states = [
  { id: 'state:FRE', iso3: 'FRE', cameo: 'FRE', name: 'Freedonia', status: 'un-member' },
  { id: 'state:SYL', iso3: 'SYL', cameo: 'SYL', name: 'Sylvania', status: 'un-member' },
];

describe('importPetrarchActors', () => {
  const result = importPetrarchActors(FIXTURE);
  const byId = new Map(result.entries.map((e) => [e.id as string, e]));

  it('reads roots, synonyms, comments and the stop line', () => {
    expect(result.stats.rootEntries).toBe(8);
    expect(byId.has('org:ignored')).toBe(false);
    expect(byId.get('state:FRE')).toEqual({ id: 'state:FRE', merge: true, aliases: ['Freedonia', 'Freedonian', 'Freedonians'] });
  });
  it('turns dated codes into dated roles, with PETRARCH\'s inclusive end moved to the next day', () => {
    expect(byId.get('person:rufus-t-firefly')).toEqual({
      id: 'person:rufus-t-firefly', name: 'Rufus T. Firefly', aliases: ['Firefly'],
      roles: [
        { role: 'official', country: 'FRE', start: '1931-01-01', end: '1933-11-18', cameo: 'FREELI' },
        { role: 'official', country: 'FRE', start: '1933-11-18', end: '1935-01-02', cameo: 'FREGOV' },
        { role: 'official', country: 'FRE', start: null, end: null, cameo: 'FREELI' },
      ],
    });
    const trentino = byId.get('person:trentino') as { roles: { start: string | null; end: string | null }[] };
    expect(trentino.roles.map((r) => [r.start, r.end])).toEqual([[null, '1933-06-01'], ['1933-06-01', null]]);
  });
  it('shares the codes that follow between roots without codes, as PETRARCH does', () => {
    expect(byId.get('igo:league-of-small-nations')).toMatchObject({ aliases: ['L.S.N.'], cameo: 'IGOLSN', members: null });
  });
  it('makes organisations from sector codes and international codes', () => {
    expect(byId.get('org:freedonian-army')).toMatchObject({ country: 'FRE', sector: 'MIL', cameo: 'FREMIL', aliases: ['Freedonia Armed Forces'] });
    expect(byId.get('org:green-relief')).toMatchObject({ country: null, sector: 'NGO', cameo: 'NGOHLH' });
    expect(byId.has('org:discarded')).toBe(false);
  });
  it('skips unreadable dates with a line-numbered warning', () => {
    expect(result.warnings).toEqual([expect.stringMatching(/^line 23: date range "331301-340101" of FREGOV cannot be read/)]);
  });
  it('produces entries that load into a knowledge base', () => {
    const kb = createKnowledgeBase({ name: 'states', entries: states }, { name: 'import', entries: result.entries });
    expect(kb.lookup('Freedonians')[0]?.id).toBe('state:FRE');
    expect(kb.roleAt('person:rufus-t-firefly', '1934-05-01')?.cameo).toBe('FREGOV');
    expect(kb.lookup('Ambassador Trentino')[0]?.id).toBe('person:trentino');
  });
  it('only adds names to entries that exist already, and maps codes through the resolvers', () => {
    const r = importPetrarchActors(FIXTURE, {
      exists: (id) => id === 'person:trentino',
      resolveIgo: (c) => (c === 'IGOLSN' ? 'igo:lsn' : null),
      resolveCountry: (c) => ({ FRE: 'FRE', SYL: 'SYL' })[c] ?? null,
    });
    const m = new Map(r.entries.map((e) => [e.id as string, e]));
    expect(m.get('person:trentino')).toEqual({ id: 'person:trentino', merge: true, aliases: ['Trentino', 'Ambassador Trentino'] });
    expect(m.get('igo:lsn')).toEqual({ id: 'igo:lsn', merge: true, aliases: ['League of Small Nations', 'L.S.N.'] });
  });
});

describe('PETRARCH dates and names', () => {
  it('reads yymmdd (00-30 → 20yy) and yyyymmdd', () => {
    expect(petrarchDate('120507')).toBe('2012-05-07');
    expect(petrarchDate('991231')).toBe('1999-12-31');
    expect(petrarchDate('19280101')).toBe('1928-01-01');
    expect(petrarchDate('120230')).toBeNull();
    expect(petrarchDate('1205')).toBeNull();
  });
  it('writes dictionary phrases as names', () => {
    expect(displayName('VLADIMIR_PUTIN_')).toBe('Vladimir Putin');
    expect(displayName('U.N._')).toBe('U.N.');
    expect(displayName('UNHCR_')).toBe('UNHCR');
    expect(displayName('BANK_OF_ENGLAND')).toBe('Bank of England');
    expect(displayName("BASHAR_AL-ASSAD")).toBe('Bashar Al-Assad');
  });
});

const DICTS = ['yardsticks', 'petrarch', 'dictionaries'] as const;

describe.skipIf(!hasShared(...DICTS, 'Phoenix.Countries.actors.txt'))('Phoenix dictionaries (../shared)', () => {
  it('imports Phoenix.Countries.actors.txt', () => {
    const r = importPetrarchActors(readFileSync(sharedPath(...DICTS, 'Phoenix.Countries.actors.txt'), 'utf8'));
    const byId = new Map(r.entries.map((e) => [e.id as string, e]));
    expect(r.stats.rootEntries).toBeGreaterThan(15_000);
    expect(r.stats.people).toBeGreaterThan(15_000);
    expect(r.warnings.length).toBeLessThan(10);
    expect((byId.get('state:AFG') as { aliases: string[] }).aliases).toContain('Kabul');
    const karzai = byId.get('person:hamid-karzai') as { roles: { country: string; start: string | null; cameo: string }[] };
    expect(karzai.roles).toContainEqual(expect.objectContaining({ country: 'AFG', start: '2001-12-22', cameo: 'AFGGOV' }));
  });
  it('imports Phoenix.International.actors.txt', () => {
    const r = importPetrarchActors(readFileSync(sharedPath(...DICTS, 'Phoenix.International.actors.txt'), 'utf8'));
    const byId = new Map(r.entries.map((e) => [e.id as string, e]));
    expect(r.stats.rootEntries).toBeGreaterThan(7_000);
    expect(r.stats.igos).toBeGreaterThan(200);
    expect(byId.get('org:amnesty-international')).toMatchObject({ sector: 'NGO', cameo: 'NGOHRIAMN' });
    expect(byId.get('igo:nato')).toMatchObject({ cameo: 'IGOWSTNAT' });
  });
});
