import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeEvents } from '../../core/events/event-coder.js';
import { eventDoc } from '../../core/events/test-support/event-doc.js';
import { shippedResources } from '../../core/events/test-support/resources.js';
import { hasShared, sharedPath } from '../../test-support/shared.js';
import type { EventAnalyzer } from './analyzer.js';
import { readPloverRecords, scorePlover } from './plover-gsr.js';
import { PLOVER_TYPES } from '../../core/events/taxonomy.js';

/** Sentences written for this test, in the records' format, with old labels. */
const RECORDS = [
  { id: 'X-DOC', event: 'DOCUMENT', eventText: 'documentation record' },
  {
    id: 'X-1', event: 'DEMAND', date: '2000-01-01', text: 'India urged Pakistan to release the fishermen.',
    source: [{ actorText: 'India', code: 'IND' }], target: [{ actorText: 'Pakistan', code: 'PAK' }],
  },
  {
    id: 'X-2', event: 'FIGHT', date: '2000-01-01', text: 'Pakistani troops fired on Indian posts.',
    source: [{ actorText: 'Pakistani troops', code: 'PAK', sector: 'MIL' }], target: [{ actorText: 'Indian posts', code: 'IND' }],
  },
  {
    id: 'X-3', event: 'AGREE', date: '1999-05-04', text: 'Iran rejected the American proposal.',
    source: [{ actorText: 'Iran', code: 'IRN' }], target: [{ actorText: 'U.N.', code: 'IGO' }],
  },
];

/** Hand parses of the sentences above, run through the real coder. */
const PARSES: Record<string, string> = {
  'India urged Pakistan to release the fishermen.': `
    1 India PROPN 2 nsubj
    2 urged VERB 0 root urge
    3 Pakistan PROPN 2 obj
    4 to PART 5 mark
    5 release VERB 2 xcomp
    6 the DET 7 det
    7 fishermen NOUN 5 obj fisherman
    8 . PUNCT 2 punct`,
  'Pakistani troops fired on Indian posts.': `
    1 Pakistani ADJ 2 amod
    2 troops NOUN 3 nsubj troop
    3 fired VERB 0 root fire
    4 on ADP 6 case
    5 Indian ADJ 6 amod
    6 posts NOUN 3 obl post
    7 . PUNCT 3 punct`,
  'Iran rejected the American proposal.': `
    1 Iran PROPN 2 nsubj
    2 rejected VERB 0 root reject
    3 the DET 5 det
    4 American ADJ 5 amod
    5 proposal NOUN 2 obj
    6 . PUNCT 2 punct`,
};
const analyze: EventAnalyzer = (input) => ({ events: codeEvents(eventDoc(PARSES[input.text]), shippedResources()) });

function fixtureFile(): string {
  const path = join(mkdtempSync(join(tmpdir(), 'entente-plover-')), 'gsr.txt');
  writeFileSync(path, JSON.stringify(RECORDS, null, 2));
  return path;
}

describe('PLOVER gold-standard adapter', () => {
  it('reads the records, maps old labels to today\'s and keeps states\' countries only', () => {
    const records = readPloverRecords(fixtureFile());
    expect(records.map((r) => [r.id, r.type, r.sources, r.targets])).toEqual([
      ['X-1', 'REQUEST', ['IND'], ['PAK']],
      ['X-2', 'ASSAULT', ['PAK'], ['IND']],
      ['X-3', 'AGREE', ['IRN'], []],
    ]);
  });

  it('reads the placeholder date every record carries (2000-01-01, says the set\'s readme) as no date', () => {
    expect(readPloverRecords(fixtureFile()).map((r) => r.date)).toEqual([null, null, '1999-05-04']);
  });

  it('scores event types and source/target countries', async () => {
    const s = await scorePlover(readPloverRecords(fixtureFile()), analyze);
    expect(s.records).toBe(3);
    expect(s.typeAccuracy).toBeCloseTo(2 / 3);
    expect(s.sourceCountryAccuracy).toBe(1);
    expect(s.sourceScored).toBe(3);
    expect(s.targetCountryAccuracy).toBe(1);
    expect(s.targetScored).toBe(2);
    expect(s.results[2].predicted).toEqual(['IRN>USA REJECT 120']);
  });

  it('counts a non-state group with the state it is based in, as PLOVER and CAMEO do', async () => {
    const rebels = { id: 'org:kashmir-front', name: 'Kashmir Front', type: 'org' as const, country: null, basedIn: 'IND', sector: 'REB', code: 'INDREB' };
    const india = { id: 'state:IND', name: 'India', type: 'state' as const, country: 'IND', code: 'IND' };
    const event = { id: 'e', type: 'ASSAULT', mode: null, context: null, cameo: '190', goldstein: -10, quadClass: 4 as const, source: rebels, target: india, date: null, place: null, negated: false, hypothetical: false, trigger: { start: 0, end: 0, text: '' }, evidence: { start: 0, end: 0, text: '', sentence: 0 }, confidence: 1 };
    const records = [{ id: 'R-1', type: 'ASSAULT', text: 'The Kashmir Front attacked Indian posts.', date: null, sources: ['IND'], targets: ['IND'] }];
    const s = await scorePlover(records, () => ({ events: [event] }));
    expect([s.sourceCountryAccuracy, s.targetCountryAccuracy]).toEqual([1, 1]);
    expect(s.results[0].predicted).toEqual(['IND>IND ASSAULT 190']);
  });

  it('splits the records into stable halves', async () => {
    const records = readPloverRecords(fixtureFile());
    const dev = await scorePlover(records, analyze, 'dev');
    const test = await scorePlover(records, analyze, 'test');
    expect(dev.records + test.records).toBe(3);
  });

  it.skipIf(!hasShared('yardsticks', 'plover', 'PLOVER_GSR_CAMEO.txt'))('reads the real file: 322 records, all with a PLOVER type', () => {
    const records = readPloverRecords(sharedPath('yardsticks', 'plover', 'PLOVER_GSR_CAMEO.txt'));
    expect(records).toHaveLength(322);
    for (const r of records) expect(PLOVER_TYPES as readonly string[]).toContain(r.type);
  });
});
