import { readFileSync } from 'node:fs';
import { DOMParser } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../store/sqlite/sqlite-store.js';
import type { ActorNetwork, Store } from '../../store/store.js';
import { fixtureCorpus } from '../../store/test-support/corpus-fixture.js';
import { groupDoc } from '../../store/test-support/group-fixture.js';
import { similarityOptions } from '../../store/test-support/fixtures.js';
import { hasShared, sharedPath } from '../../test-support/shared.js';
import { xmlProblems } from '../test-support/xml-check.js';
import { CSV_COLUMNS } from './event-records.js';
import { exportCorpus } from './export.js';
import { GDELT_COLUMNS } from './gdelt.js';
import { gexf, graphml } from './graph.js';

let store: Store;
beforeAll(async () => {
  store = openSqliteStore(':memory:');
  for (const d of fixtureCorpus()) await store.putAnalysis(d.article, d.analysis, similarityOptions(d.article, d.name));
});

async function exported(format: string, options = {}): Promise<string> {
  const parts: string[] = [];
  await exportCorpus(store, format, { write: (s) => parts.push(s) }, options);
  return parts.join('');
}

/** RFC 4180 rows (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else field += c;
  }
  return rows;
}

const NASTY: ActorNetwork = {
  nodes: [
    { id: 'org:a&b', label: 'A & B <"quoted"> \'single\'', type: 'org', country: null, basedIn: 'SDN', events: 1 },
    { id: 'name:ctrl', label: 'bell\u0007 and tab\t', type: null, country: 'FRA', basedIn: null, events: 1 },
  ],
  edges: [{ source: 'org:a&b', target: 'name:ctrl', weight: 1, goldsteinMean: -2.5, quad: [0, 0, 1, 0] }],
};

describe('exports', () => {
  it('writes GDELT 2.0 TSV lines of exactly 61 columns, in GDELT order', async () => {
    const lines = (await exported('gdelt')).trimEnd().split('\n');
    expect(lines).toHaveLength(7);
    for (const l of lines) expect(l.split('\t')).toHaveLength(61);
    const col = (name: string) => GDELT_COLUMNS.indexOf(name as (typeof GDELT_COLUMNS)[number]);
    const praise = lines.map((l) => l.split('\t')).find((f) => f[col('EventCode')] === '051')!;
    expect(praise[col('SQLDATE')]).toBe('20240304');
    expect(praise[col('MonthYear')]).toBe('202403');
    expect(praise[col('Actor1Code')]).toBe('FRAGOV');
    expect(praise[col('Actor1Name')]).toBe('CLAIRE MARTIN');
    expect(praise[col('Actor1Type1Code')]).toBe('GOV');
    expect(praise[col('Actor2CountryCode')]).toBe('POL');
    expect(praise[col('EventRootCode')]).toBe('05');
    expect([praise[col('NumMentions')], praise[col('NumSources')], praise[col('NumArticles')]]).toEqual(['2', '2', '2']);
    expect(praise[col('AvgTone')]).toBe('');
    expect(praise[col('SOURCEURL')]).toBe('https://baltic-ledger.example/2024/03/04/ministers');
    expect(praise[col('GLOBALEVENTID')]).toMatch(/^\d+$/);
    const accuse = lines.map((l) => l.split('\t')).find((f) => f[col('EventCode')] === '112')!;
    expect(accuse[col('Actor2KnownGroupCode')]).toBe('NAT');
  });

  describe.skipIf(!hasShared('yardsticks', 'gdelt', 'events2.csv'))('against the GDELT codebook', () => {
    it('has the codebook columns in the codebook order', () => {
      const names = readFileSync(sharedPath('yardsticks', 'gdelt', 'events2.csv'), 'utf8')
        .split('\n')
        .slice(1)
        .map((l) => l.split(',')[0])
        .filter(Boolean);
      expect([...GDELT_COLUMNS]).toEqual(names);
    });
  });

  it('writes PLOVER/POLECAT-style JSON', async () => {
    const events = JSON.parse(await exported('plover')) as Record<string, unknown>[];
    expect(events).toHaveLength(7);
    expect(events[0]).toMatchObject({ event_type: 'CONSULT', event_date: '2024-03-04', num_articles: 2 });
    expect(Object.keys(events[0])).toEqual(expect.arrayContaining(['event_id', 'source', 'target', 'evidence', 'story_id', 'num_sources']));
    expect(JSON.parse(await exported('plover', { filter: { actor: 'Poland', type: 'ASSAULT' } }))).toEqual([]);
  });

  it('writes JSON Lines, one event per line, honouring filters', async () => {
    const lines = (await exported('jsonl', { filter: { includeNegated: true } })).trimEnd().split('\n');
    expect(lines).toHaveLength(8);
    expect(lines.map((l) => JSON.parse(l).negated).filter(Boolean)).toHaveLength(1);
  });

  it('writes CSV with a header and quoted fields', async () => {
    const rows = parseCsv(await exported('csv'));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(8);
    for (const r of rows) expect(r).toHaveLength(CSV_COLUMNS.length);
    const evidence = rows.slice(1).map((r) => r[CSV_COLUMNS.indexOf('evidence')]);
    expect(evidence).toContain('Foreign ministers from France and Germany met in Warsaw');
  });

  it('writes GraphML and GEXF that are well-formed XML and hold the network', async () => {
    for (const format of ['graphml', 'gexf']) {
      const xml = await exported(format);
      expect(xmlProblems(xml)).toEqual([]);
      const doc = new DOMParser().parseFromString(xml, 'text/xml');
      expect(doc.querySelectorAll('node').length).toBe(6);
      expect(doc.querySelectorAll('edge').length).toBe(5);
    }
  });

  it('escapes names in XML', () => {
    for (const xml of [graphml(NASTY), gexf(NASTY)]) {
      expect(xmlProblems(xml)).toEqual([]);
      expect(xml).toContain('A &amp; B &lt;&quot;quoted&quot;&gt; &apos;single&apos;');
      expect(xml).not.toContain('\u0007');
      expect(xml).toMatch(/"based_in"[^\n]*>SDN<|for="3" value="SDN"/);
    }
    expect(xmlProblems('<a><b></a></b>')).not.toEqual([]);
    expect(xmlProblems('<a>fish & chips</a>')).not.toEqual([]);
  });

  it('carries where a non-state group is based in CSV and JSON Lines, its country left empty', async () => {
    const groups = openSqliteStore(':memory:');
    const d = groupDoc();
    await groups.putAnalysis(d.article, d.analysis, similarityOptions(d.article, d.name));
    const out = async (format: string) => {
      const parts: string[] = [];
      await exportCorpus(groups, format, { write: (x) => parts.push(x) });
      return parts.join('');
    };
    const rows = parseCsv(await out('csv'));
    const at = (r: string[], c: (typeof CSV_COLUMNS)[number]) => r[CSV_COLUMNS.indexOf(c)];
    const assault = rows.find((r) => at(r, 'type') === 'ASSAULT')!;
    expect([at(assault, 'source_name'), at(assault, 'source_country'), at(assault, 'source_based_in'), at(assault, 'source_code')]).toEqual(['Northern Liberation Front', '', 'ZMB', 'ZMBREB']);
    expect([at(assault, 'target_country'), at(assault, 'target_based_in')]).toEqual(['ZMB', '']);
    const lines = (await out('jsonl')).trimEnd().split('\n').map((l) => JSON.parse(l));
    const accuse = lines.find((e) => e.event_type === 'ACCUSE');
    expect(accuse.source).toMatchObject({ country: 'ZMB', based_in: null });
    expect(accuse.target).toMatchObject({ name: 'Northern Liberation Front', country: null, based_in: 'ZMB', code: 'ZMBREB' });
    await groups.close();
  });

  it('refuses an unknown format (E203)', async () => {
    await expect(exported('xlsx')).rejects.toMatchObject({ code: 'E203' });
  });
});
