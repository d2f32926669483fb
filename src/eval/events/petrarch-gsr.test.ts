import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEventResources } from '../../engine/load-event-resources.js';
import { loadKnowledgeBase } from '../../engine/load-kb.js';
import { hasShared, sharedPath } from '../../test-support/shared.js';
import { goldParseAnalyzer } from './gold-parse-analyzer.js';
import { readPetrarchRecords, scorePetrarch } from './petrarch-gsr.js';

/** CoNLL-U of a sentence from "form UPOS head deprel lemma" rows. */
function conllu(rows: string): string {
  return rows
    .trim()
    .split('\n')
    .map((r, i) => {
      const [form, upos, head, rel, lemma] = r.trim().split(/\s+/);
      return [i + 1, form, lemma ?? form.toLowerCase(), upos, '_', '_', head, rel, '_', '_'].join('\t');
    })
    .join('\n');
}

const RECORDS = [
  {
    id: 'T1', category: 'TEST', date: '20150609', text: 'Pakistan praised China.',
    parse_ud_conllu: conllu(`
      Pakistan PROPN 2 nsubj
      praised VERB 0 root praise
      China PROPN 2 obj
      . PUNCT 2 punct`),
    gold: [{ eventcode: '051', sourcecode: 'PAK', targetcode: 'CHN' }],
  },
  {
    id: 'T2', category: 'TEST', date: '150609', text: 'Russia attacked Georgia.',
    parse_ud_conllu: conllu(`
      Russia PROPN 2 nsubj
      attacked VERB 0 root attack
      Georgia PROPN 2 obj
      . PUNCT 2 punct`),
    gold: [{ eventcode: '193', sourcecode: 'RUS', targetcode: 'GEOGOV' }],
  },
  {
    id: 'T3', category: 'TEST', date: '20150609', text: 'The weather was mild.',
    parse_ud_conllu: conllu(`
      The DET 2 det
      weather NOUN 4 nsubj
      was AUX 4 cop be
      mild ADJ 0 root
      . PUNCT 4 punct`),
    gold: [{ noevents: 'True' }],
  },
];

function fixtureFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'entente-petr-'));
  const path = join(dir, 'records.jsonl');
  writeFileSync(path, RECORDS.map((r) => JSON.stringify(r)).join('\n') + '\n');
  return path;
}

describe('PETRARCH-2 validation adapter', () => {
  it('reads records, their dates and gold triples (none for "no events")', () => {
    const records = readPetrarchRecords(fixtureFile());
    expect(records.map((r) => [r.id, r.date, r.gold.length])).toEqual([['T1', '2015-06-09', 1], ['T2', '2015-06-09', 1], ['T3', '2015-06-09', 0]]);
    expect(records[1].gold[0]).toEqual(['RUS', 'GEOGOV', '193']);
  });

  it('scores triples at the root, code and exact levels', async () => {
    const analyze = goldParseAnalyzer(loadKnowledgeBase(), loadEventResources());
    const s = await scorePetrarch(readPetrarchRecords(fixtureFile()), analyze);
    expect(s.sentences).toBe(3);
    // Both sentences coded with the right countries and roots; "attacked" is 190, not the gold's 193.
    expect(s.levels.root).toMatchObject({ tp: 2, predicted: 2, gold: 2, precision: 1, recall: 1 });
    expect(s.levels.code).toMatchObject({ tp: 1, predicted: 2, gold: 2 });
    // Georgia is coded as the state (GEO), the gold has its government (GEOGOV).
    expect(s.levels.exact.tp).toBe(1);
    expect(s.results[1].predicted).toEqual(['RUS GEO 190']);
  });

  it('reports a missing file (E501) and a malformed line (E500)', () => {
    expect(() => readPetrarchRecords('/nonexistent/records.jsonl')).toThrow(expect.objectContaining({ code: 'E501' }));
    const dir = mkdtempSync(join(tmpdir(), 'entente-petr-'));
    writeFileSync(join(dir, 'bad.jsonl'), '{"id": "x"}\n{oops\n');
    expect(() => readPetrarchRecords(join(dir, 'bad.jsonl'))).toThrow(/line 2/);
  });

  it.skipIf(!hasShared('yardsticks', 'petrarch', 'validation', 'petr2_gsr_validation.jsonl'))('reads the real validation set: 78 sentences, 80 gold triples and 12 without events', () => {
    const records = readPetrarchRecords(sharedPath('yardsticks', 'petrarch', 'validation', 'petr2_gsr_validation.jsonl'));
    expect(records).toHaveLength(78);
    expect(records.reduce((n, r) => n + r.gold.length, 0)).toBe(80);
    expect(records.filter((r) => !r.gold.length)).toHaveLength(12);
    expect(records.every((r) => r.conllu !== null)).toBe(true);
  });
});
