import { describe, expect, it } from 'vitest';
import { actorCode, metonymCode } from './actor-code.js';
import { createKnowledgeBase } from './knowledge-base.js';

/** A small hand-made knowledge base: three states, two IGOs, two orgs, a few people, agent words. */
const STATES = [
  {
    id: 'state:RUS', iso2: 'RU', iso3: 'RUS', cameo: 'RUS', name: 'Russia', officialName: 'Russian Federation',
    aliases: ['Russian Federation'], adjectives: ['Russian'], people: ['Russians'], capital: 'Moscow',
    metonyms: ['Moscow', 'the Kremlin'], status: 'un-member', region: 'Europe',
  },
  {
    id: 'state:KAZ', iso2: 'KZ', iso3: 'KAZ', cameo: 'KAZ', name: 'Kazakhstan', aliases: ['Kazakstan'],
    adjectives: ['Kazakh', 'Kazakhstani'], people: ['Kazakhs'], capital: 'Astana', capitalAliases: ['Nur-Sultan'],
    metonyms: ['Astana', 'Nur-Sultan'], status: 'un-member',
  },
  {
    id: 'state:USA', iso2: 'US', iso3: 'USA', cameo: 'USA', name: 'United States', officialName: 'United States of America',
    aliases: ['U.S.', 'America'], adjectives: ['American', 'U.S.'], people: ['Americans'], capital: 'Washington',
    metonyms: ['Washington', 'the White House', { name: 'the Pentagon', sector: 'MIL', org: 'org:us-dod' }],
    status: 'un-member', needsContext: ['Washington'],
  },
];
const IGOS = [
  {
    id: 'igo:csto', name: 'Collective Security Treaty Organization', aliases: ['CSTO'], cameo: 'IGOCASCST',
    kind: 'military alliance', members: ['KAZ', 'RUS'], membersSince: { KAZ: '1994-04-20' },
    formerMembers: { USA: { since: '2001-01-01', until: '2005-06-01' } },
  },
  { id: 'igo:csto-council', name: 'CSTO Council', cameo: 'IGOCASCST', kind: 'council', parent: 'igo:csto' },
];
const ORGS = [
  { id: 'org:us-dod', name: 'Department of Defense', aliases: ['DoD'], country: 'USA', sector: 'MIL', kind: 'ministry', cameo: 'USAMIL' },
  {
    id: 'org:steppe-front', name: 'Steppe Front', aliases: ['the Front'], country: 'KAZ', sector: 'GOV', kind: 'movement',
    cameo: 'KAZGOV', sectorHistory: [{ sector: 'REB', end: '2015-03-01' }], needsContext: ['the Front'],
  },
];
/** Invented people with dated roles. */
const PEOPLE = [
  {
    id: 'person:ivan-example', name: 'Ivan Example', gender: 'm',
    roles: [
      { role: 'head of government', title: 'Prime Minister', country: 'RUS', start: '2004-03-01', end: '2008-05-08' },
      { role: 'head of state', title: 'President', country: 'RUS', start: '2008-05-08', end: '2012-05-07' },
      { role: 'party leader', title: 'Chairman', country: 'RUS', start: '2006-01-01', end: null },
    ],
  },
  {
    id: 'person:aigerim-sample', name: 'Aigerim Sample', gender: 'f',
    roles: [
      { role: 'foreign minister', title: 'Foreign Minister', country: 'KAZ', start: '2016-01-01', end: '2019-06' },
      { role: 'head of state', title: 'President', country: 'KAZ', start: '2019-06', end: null },
    ],
  },
  {
    id: 'person:nurlan-stand-in', name: 'Nurlan Stand-In',
    roles: [{ role: 'head of state', title: 'Acting President', country: 'KAZ', start: '2019-03-20', end: '2019-06-12', acting: true }],
  },
  {
    id: 'person:karl-old', name: 'Karl Old',
    roles: [{ role: 'head of state', title: 'President', country: 'KAZ', start: '1991-12-16', end: '2019-03-20' }],
  },
  {
    id: 'person:sara-chief', name: 'Sara Chief',
    roles: [{ role: 'igo head', title: 'Secretary General', igo: 'igo:csto', start: '2020-01-01', end: null }],
  },
];
const SECTORS = [
  { words: ['president'], sector: 'GOV', role: 'head of state' },
  { words: ['secretary of state'], plurals: ['secretaries of state'], sector: 'GOV', role: 'foreign minister' },
  { words: ['protester'], sector: 'CVL', group: true },
  { words: ['troops'], sector: 'MIL', group: true },
  { words: ['Steppe Nomad'], sector: 'ETH', group: true, country: 'KAZ' },
];

const kb = createKnowledgeBase(
  { name: 'states.json', entries: STATES },
  { name: 'igos.json', entries: IGOS },
  { name: 'orgs.json', entries: ORGS },
  { name: 'people/fixture.json', entries: PEOPLE },
  { name: 'sectors.json', entries: SECTORS },
);

describe('createKnowledgeBase: lookups', () => {
  it('finds states by name, alias, official name and codes', () => {
    expect(kb.lookup('Russian Federation').map((f) => f.id)).toEqual(['state:RUS']);
    expect(kb.state('kz')?.id).toBe('state:KAZ');
    expect(kb.state('KAZ')?.name).toBe('Kazakhstan');
    expect(kb.state('state:USA')?.iso2).toBe('US');
  });
  it('resolves punctuation variants of an alias to the same state', () => {
    const a = kb.lookup('U.S.');
    const b = kb.lookup('US');
    expect(a[0]?.id).toBe('state:USA');
    expect(b.map((f) => f.id)).toEqual(a.map((f) => f.id));
    expect(a[0]?.exactCase).toBe(true);
  });
  it('reads demonyms as the state (adjective and people forms)', () => {
    expect(kb.lookup('Kazakh')[0]).toMatchObject({ id: 'state:KAZ', via: 'adjective' });
    expect(kb.lookup('Kazakhs')[0]).toMatchObject({ id: 'state:KAZ', via: 'demonym' });
  });
  it('reads metonyms as the government, with their sector and the org they name', () => {
    expect(kb.lookup('the Kremlin')[0]).toMatchObject({ id: 'state:RUS', via: 'metonym', sector: 'GOV' });
    expect(kb.lookup('Nur-Sultan')[0]).toMatchObject({ id: 'state:KAZ', via: 'metonym' });
    expect(kb.lookup('Pentagon')[0]).toMatchObject({ id: 'state:USA', sector: 'MIL', org: 'org:us-dod' });
  });
  it('marks forms that need context', () => {
    expect(kb.lookup('Washington')[0]).toMatchObject({ id: 'state:USA', needsContext: true });
    expect(kb.lookup('the White House')[0]?.needsContext).toBe(false);
  });
  it('returns an empty list for unknown names', () => {
    expect(kb.lookup('Atlantis')).toEqual([]);
  });
  it('exposes every form as tokens for a matcher', () => {
    const forms = kb.surfaceForms();
    expect(forms.find((f) => f.form === 'the White House')?.tokens).toEqual(['white', 'house']);
    expect(forms.filter((f) => f.id === 'org:us-dod').map((f) => f.via).sort()).toEqual(['acronym', 'name']);
    expect(kb.counts.surfaceForms).toBe(forms.length);
  });
  it('reads agent words with their derived and given plurals', () => {
    expect(kb.agent('presidents')[0]).toMatchObject({ sector: 'GOV', role: 'head of state', plural: true });
    expect(kb.agent('Secretaries of State')[0]).toMatchObject({ role: 'foreign minister', plural: true });
    expect(kb.agent('secretary of states')).toEqual([]);
    expect(kb.agent('protesters')[0]).toMatchObject({ sector: 'CVL', group: true });
    expect(kb.agent('troopses')).toEqual([]);
  });
  it('gives a people of one state its country, and other agent words none', () => {
    expect(kb.agent('Steppe Nomads')[0]).toMatchObject({ sector: 'ETH', plural: true, country: 'KAZ' });
    expect(kb.agent('protesters')[0].country).toBeNull();
  });
});

describe('createKnowledgeBase: time-aware roles', () => {
  it('gives the role held on a date', () => {
    expect(kb.roleAt('person:ivan-example', '2005-07-01')?.role).toBe('head of government');
    expect(kb.roleAt('person:ivan-example', '2010-07-01')?.role).toBe('head of state');
    expect(kb.roleAt('person:ivan-example', '2003-01-01')).toBeNull();
  });
  it('prefers the most senior role when several are held', () => {
    expect(kb.rolesAt('person:ivan-example', '2010-07-01').map((r) => r.role)).toEqual(['head of state', 'party leader']);
    expect(kb.roleAt('person:ivan-example', '2015-01-01')?.role).toBe('party leader');
  });
  it('treats end as the first day the role is no longer held', () => {
    expect(kb.roleAt('person:ivan-example', '2008-05-07')?.role).toBe('head of government');
    expect(kb.roleAt('person:ivan-example', '2008-05-08')?.role).toBe('head of state');
  });
  it('answers who held a country\'s office on a date, by iso3, iso2 or state id', () => {
    expect(kb.holderOf('KAZ', 'head of state', '2010-01-01')?.id).toBe('person:karl-old');
    expect(kb.holderOf('state:KAZ', 'head of state', '2022-09-14')?.id).toBe('person:aigerim-sample');
    expect(kb.holderOf('kz', 'foreign minister', '2017-05-05')?.name).toBe('Aigerim Sample');
    expect(kb.holderOf('KAZ', 'defence minister', '2017-05-05')).toBeNull();
  });
  it('puts a partial date at its first day and lets substantive holders win over acting ones', () => {
    // "2019-06" starts on 2019-06-01, while the acting president served until 2019-06-12.
    expect(kb.holdersOf('KAZ', 'head of state', '2019-06-05').map((h) => h.person.id)).toEqual(['person:aigerim-sample', 'person:nurlan-stand-in']);
    expect(kb.holderOf('KAZ', 'head of state', '2019-04-01')?.id).toBe('person:nurlan-stand-in');
  });
  it('indexes IGO heads by the igo id', () => {
    expect(kb.holderOf('igo:csto', 'igo head', '2021-01-01')?.id).toBe('person:sara-chief');
  });
  it('rejects a malformed date with E203', () => {
    expect(() => kb.roleAt('person:ivan-example', '15/09/2022')).toThrow(expect.objectContaining({ code: 'E203' }));
  });
});

describe('createKnowledgeBase: memberships and sectors over time', () => {
  it('lists members today and on a date, with joins and departures', () => {
    expect(kb.membersOf('igo:csto')).toEqual(['KAZ', 'RUS']);
    expect(kb.membersOf('igo:csto', '1993-01-01')).toEqual(['RUS']);
    expect(kb.membersOf('igo:csto', '2003-01-01')).toEqual(['KAZ', 'RUS', 'USA']);
    expect(kb.membersOf('igo:unknown')).toBeNull();
  });
  it('gives a body without members its parent\'s', () => {
    expect(kb.membersOf('igo:csto-council')).toEqual(['KAZ', 'RUS']);
    expect(kb.igosOf('KAZ')).toEqual(['igo:csto']);
    expect(kb.igosOf('USA', '2004-01-01')).toEqual(['igo:csto']);
    expect(kb.igosOf('USA')).toEqual([]);
  });
  it('gives an organisation its sector of the day', () => {
    expect(kb.sectorOf('org:steppe-front', '2010-01-01')).toBe('REB');
    expect(kb.sectorOf('org:steppe-front', '2020-01-01')).toBe('GOV');
    expect(kb.sectorOf('org:steppe-front')).toBe('GOV');
  });
});

describe('actor codes', () => {
  it('codes states, metonyms, orgs and people on a date', () => {
    expect(actorCode(kb, 'state:RUS')?.cameo).toBe('RUS');
    expect(metonymCode(kb, 'state:USA', { sector: 'MIL' })?.cameo).toBe('USAMIL');
    expect(actorCode(kb, 'org:steppe-front', '2010-01-01')).toEqual({ country: 'KAZ', sector: 'REB', cameo: 'KAZREB' });
    expect(actorCode(kb, 'person:ivan-example', '2010-01-01')?.cameo).toBe('RUSGOV');
    expect(actorCode(kb, 'person:sara-chief', '2021-01-01')).toMatchObject({ sector: 'IGO', cameo: 'IGOCASCST' });
    expect(actorCode(kb, 'igo:csto')?.sector).toBe('IGO');
    expect(actorCode(kb, 'person:nobody')).toBeNull();
  });
});

describe('createKnowledgeBase: user files', () => {
  it('replaces a shipped entry with a user entry of the same id', () => {
    const k = createKnowledgeBase(
      { name: 'states.json', entries: STATES },
      { name: 'orgs.json', entries: ORGS },
      { name: 'mine.json', entries: [{ ...STATES[1], name: 'Qazaqstan', aliases: [] }] },
    );
    expect(k.byId('state:KAZ')?.name).toBe('Qazaqstan');
    expect(k.lookup('Kazakstan')).toEqual([]);
  });
  it('adds names to an existing entry with "merge": true', () => {
    const k = createKnowledgeBase(
      { name: 'states.json', entries: STATES },
      { name: 'orgs.json', entries: ORGS },
      { name: 'mine.json', entries: [{ id: 'state:KAZ', merge: true, aliases: ['Qazaqstan'], metonyms: ['Akorda'] }] },
    );
    expect(k.lookup('Qazaqstan')[0]?.id).toBe('state:KAZ');
    expect(k.lookup('Kazakstan')[0]?.id).toBe('state:KAZ');
    expect(k.lookup('Akorda')[0]).toMatchObject({ id: 'state:KAZ', via: 'metonym' });
  });
});
