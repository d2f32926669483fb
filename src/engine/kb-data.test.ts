/**
 * Integrity of the shipped knowledge base (`data/kb/*.json`): it loads (every cross-reference
 * resolves), covers every UN member, keeps codes unique, and answers the lookups news needs.
 */
import { describe, expect, it } from 'vitest';
import { nameKey } from '../core/kb/normalize.js';
import { loadKnowledgeBase } from './load-kb.js';

const kb = loadKnowledgeBase();

/** The id of the best candidate for `name`, and the sector it stands for. */
const top = (name: string): string | undefined => kb.lookup(name)[0]?.id;

describe('shipped states', () => {
  it('has all 193 UN members, the two observer states and the main territories', () => {
    expect(kb.states.filter((s) => s.status === 'un-member')).toHaveLength(193);
    expect(kb.states.filter((s) => s.status === 'un-observer').map((s) => s.iso3).sort()).toEqual(['PSE', 'VAT']);
    for (const t of ['HKG', 'MAC', 'PRI', 'GRL', 'FRO', 'GIB', 'BMU', 'NCL', 'PYF', 'GUM']) {
      expect(kb.state(t)?.status, t).toBe('territory');
    }
    expect(kb.state('XK')?.id).toBe('state:XKX');
    expect(kb.state('KSV')?.name).toBe('Kosovo');
    expect(kb.state('TWN')?.status).toBe('partially-recognised');
  });
  it('keeps iso2, iso3 and CAMEO codes unique', () => {
    for (const field of ['iso2', 'iso3', 'cameo'] as const) {
      const codes = kb.states.map((s) => s[field]).filter((c): c is string => c !== null);
      expect(new Set(codes).size, field).toBe(codes.length);
    }
  });
  it('lets no two states claim one name unless both mark it as needing context', () => {
    const owners = new Map<string, Set<string>>();
    for (const f of kb.surfaceForms()) {
      if (f.kind !== 'state' || f.needsContext) continue;
      owners.set(f.key, (owners.get(f.key) ?? new Set()).add(f.id));
    }
    const clashes = [...owners].filter(([, ids]) => ids.size > 1).map(([k, ids]) => `${k}: ${[...ids].join(' ')}`);
    expect(clashes).toEqual([]);
  });
  it('resolves short forms and press names, whatever the punctuation', () => {
    const cases: Record<string, string> = {
      'U.S.': 'state:USA', US: 'state:USA', USA: 'state:USA', America: 'state:USA', 'the United States of America': 'state:USA',
      Britain: 'state:GBR', UK: 'state:GBR', 'U.K.': 'state:GBR', 'Great Britain': 'state:GBR',
      'Ivory Coast': 'state:CIV', "Côte d'Ivoire": 'state:CIV', "Cote d'Ivoire": 'state:CIV', Burma: 'state:MMR', Myanmar: 'state:MMR',
      Türkiye: 'state:TUR', Turkiye: 'state:TUR', Czechia: 'state:CZE', DRC: 'state:COD', 'DR Congo': 'state:COD',
      'Congo-Kinshasa': 'state:COD', 'Republic of the Congo': 'state:COG', 'Congo-Brazzaville': 'state:COG',
      'North Korea': 'state:PRK', DPRK: 'state:PRK', 'South Korea': 'state:KOR', ROK: 'state:KOR', UAE: 'state:ARE',
      'the Holy See': 'state:VAT', 'the Vatican': 'state:VAT', 'East Timor': 'state:TLS', Swaziland: 'state:SWZ',
    };
    for (const [name, id] of Object.entries(cases)) expect(top(name), name).toBe(id);
  });
  it('reads adjective and people demonyms', () => {
    const cases: Record<string, string> = {
      Chinese: 'CHN', Russian: 'RUS', Kazakh: 'KAZ', Kazakhstani: 'KAZ', Kyrgyz: 'KGZ', Tajik: 'TJK', Uzbek: 'UZB',
      Belarusian: 'BLR', Belarussian: 'BLR', Ivorian: 'CIV', Nigerien: 'NER', Nigerian: 'NGA', Dutch: 'NLD', Emirati: 'ARE',
      Filipino: 'PHL', Philippine: 'PHL', Saudi: 'SAU', Britons: 'GBR', Kazakhs: 'KAZ', Americans: 'USA',
    };
    for (const [name, iso3] of Object.entries(cases)) expect(top(name), name).toBe(`state:${iso3}`);
  });
  it('reads capitals, seats of government and famous buildings as the government, with their sector', () => {
    const cases: [string, string, string][] = [
      ['the Kremlin', 'RUS', 'GOV'], ['Moscow', 'RUS', 'GOV'], ['Beijing', 'CHN', 'GOV'], ['Zhongnanhai', 'CHN', 'GOV'],
      ['the White House', 'USA', 'GOV'], ['the Pentagon', 'USA', 'MIL'], ['Capitol Hill', 'USA', 'LEG'], ['Foggy Bottom', 'USA', 'GOV'],
      ['Downing Street', 'GBR', 'GOV'], ['Number 10', 'GBR', 'GOV'], ['Whitehall', 'GBR', 'GOV'], ['the Elysee', 'FRA', 'GOV'],
      ['Élysée Palace', 'FRA', 'GOV'], ["Quai d'Orsay", 'FRA', 'GOV'], ['Blue House', 'KOR', 'GOV'], ['Kasumigaseki', 'JPN', 'GOV'],
      ['Nur-Sultan', 'KAZ', 'GOV'], ['Astana', 'KAZ', 'GOV'], ['Kyiv', 'UKR', 'GOV'], ['Kiev', 'UKR', 'GOV'],
    ];
    for (const [name, iso3, sector] of cases) {
      expect(kb.lookup(name)[0], name).toMatchObject({ id: `state:${iso3}`, via: 'metonym', sector });
    }
    expect(kb.lookup('the Pentagon')[0]?.org).toBe('org:us-department-of-defense');
  });
  it('marks ambiguous metonyms and names as needing context', () => {
    for (const name of ['Washington', 'Georgia', 'Brussels', 'The Hague']) {
      expect(kb.lookup(name).every((f) => f.needsContext), name).toBe(true);
    }
    expect(kb.lookup('Congolese').map((f) => f.id).sort()).toEqual(['state:COD', 'state:COG']);
  });
});

describe('shipped IGOs', () => {
  it('has the major organisations with CAMEO codes', () => {
    for (const name of ['UN', 'UNSC', 'UNHCR', 'IAEA', 'NATO', 'EU', 'European Commission', 'SCO', 'AU', 'ASEAN', 'BRICS', 'OPEC+',
      'G7', 'G20', 'ICC', 'ICJ', 'IMF', 'World Bank', 'WTO', 'ECOWAS', 'Arab League', 'GCC', 'OSCE', 'CSTO', 'Mercosur', 'AUKUS',
      'the Quad', 'Alliance of Sahel States', 'Visegrad Group']) {
      const f = kb.lookup(name).find((c) => c.kind === 'igo');
      expect(f, name).toBeDefined();
      expect(kb.byId(f!.id)?.kind === 'igo' && /^IGO/.test((kb.byId(f!.id) as { cameo: string }).cameo), name).toBe(true);
    }
  });
  it('dates big membership changes', () => {
    expect(kb.membersOf('igo:nato')).toHaveLength(32);
    expect(kb.membersOf('igo:nato', '2023-01-01')).not.toContain('FIN');
    expect(kb.membersOf('igo:nato', '2023-04-04')).toContain('FIN');
    expect(kb.membersOf('igo:eu', '2019-06-01')).toContain('GBR');
    expect(kb.membersOf('igo:eu')).not.toContain('GBR');
    expect(kb.membersOf('igo:ecowas', '2024-06-01')).toContain('NER');
    expect(kb.membersOf('igo:ecowas')).not.toContain('NER');
    expect(kb.membersOf('igo:sco', '2022-09-15')).toEqual(['CHN', 'IND', 'KAZ', 'KGZ', 'PAK', 'RUS', 'TJK', 'UZB']);
    expect(kb.membersOf('igo:un')).toHaveLength(193);
    expect(kb.membersOf('igo:unga')).toHaveLength(193);
  });
});

describe('shipped organisations and agent words', () => {
  it('has several hundred organisations, each in a known country or international', () => {
    expect(kb.orgs.length).toBeGreaterThan(300);
    for (const o of kb.orgs) if (o.country !== null) expect(kb.state(o.country), o.id).toBeDefined();
  });
  it('resolves named organisations with their sector and country', () => {
    const cases: [string, string, string][] = [
      ['Chinese Communist Party', 'CHN', 'PTY'], ['CCP', 'CHN', 'PTY'], ["People's Liberation Navy", 'CHN', 'MIL'],
      ['Russian Pacific Fleet', 'RUS', 'MIL'], ['IRGC', 'IRN', 'MIL'], ['Mossad', 'ISR', 'SPY'], ['State Duma', 'RUS', 'LEG'],
      ['National People’s Congress', 'CHN', 'LEG'], ['U.S. State Department', 'USA', 'GOV'], ['Ministry of External Affairs', 'IND', 'GOV'],
      ['Royal United Services Institute', 'GBR', 'EDU'], ['Carnegie Endowment for International Peace', 'USA', 'EDU'],
      ['The Wall Street Journal', 'USA', 'MED'], ['RFE/RL', 'USA', 'MED'], ['Houthis', 'YEM', 'REB'], ['Bundestag', 'DEU', 'LEG'],
      ['U.S. House of Representatives', 'USA', 'LEG'], ['Gazprom', 'RUS', 'BUS'],
    ];
    for (const [name, country, sector] of cases) {
      const f = kb.lookup(name).find((c) => c.kind === 'org');
      expect(f, name).toBeDefined();
      expect(kb.byId(f!.id), name).toMatchObject({ country, sector });
    }
    expect(kb.sectorOf('org:taliban', '2015-01-01')).toBe('REB');
    expect(kb.sectorOf('org:taliban', '2022-01-01')).toBe('GOV');
  });
  it('maps titles and common nouns to sectors and roles, plurals included', () => {
    const cases: [string, string, string | null][] = [
      ['president', 'GOV', 'head of state'], ['premier', 'GOV', 'head of government'], ['foreign secretary', 'GOV', 'foreign minister'],
      ['secretaries of state', 'GOV', 'foreign minister'], ['defense ministers', 'GOV', 'defence minister'], ['senior fellow', 'EDU', 'analyst'],
      ['troops', 'MIL', null], ['protesters', 'CVL', null], ['insurgents', 'INS', null], ['spokesmen', 'GOV', 'spokesperson'],
      ['lawmakers', 'LEG', 'legislator'], ['junta', 'MIL', null], ['refugees', 'REF', null], ['journalists', 'MED', null],
    ];
    for (const [word, sector, role] of cases) expect(kb.agent(word)[0], word).toMatchObject({ sector, role });
  });
  it('offers every form once per entry and key, as tokens', () => {
    const seen = new Set<string>();
    const problems: string[] = [];
    for (const f of kb.surfaceForms()) {
      if (f.tokens.join(' ') !== nameKey(f.form)) problems.push(`tokens of ${f.form}`);
      const k = `${f.id}|${f.key}|${f.via === 'metonym'}`;
      if (seen.has(k)) problems.push(`twice: ${k}`);
      seen.add(k);
    }
    expect(problems).toEqual([]);
    expect(seen.size).toBeGreaterThan(5000);
  });
});

describe('shipped agent words', () => {
  it('reads heads of agencies and offices as titles ("WFP Executive Director …")', () => {
    for (const w of ['director', 'executive director', 'director-general', 'spokesperson']) {
      expect(kb.agent(w).some((a) => a.role !== null), w).toBe(true);
    }
  });
});
