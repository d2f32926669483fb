/** The scorer on a small gold and prediction folder written for this test, with figures worked out by hand. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EntenteError } from '../../core/errors/errors.js';
import { formatScoreText } from './format-score.js';
import { prf, scoreCorpus } from './score-corpus.js';

const root = mkdtempSync(join(tmpdir(), 'entente-score-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const gold = join(root, 'gold');
const pred = join(root, 'pred');
mkdirSync(gold);
mkdirSync(pred);
writeFileSync(join(gold, 'a.gold.json'), JSON.stringify({
  meta: { title: 'Envoys meet', authors: ['Ann Lee'], published: '2024-01-02', publisher: 'Coast News' },
  boilerplate: ['Share this article'],
  actors: [
    { name: 'Maria Gomez', type: 'person', country: 'CHL', aliases: ['Gomez'] },
    { name: 'Chile', type: 'state', country: 'CHL' },
    { name: 'Peru', type: 'state', country: 'PER' },
    { name: 'Pacific Forum', type: 'igo', country: null, aliases: ['the forum'] },
  ],
  quotes: [{ speaker: 'Maria Gomez', kind: 'direct', text: 'We have reached a fair agreement today' }],
  events: [{ source: 'CHL', target: 'PER', type: 'CONSULT' }, { source: 'PER', target: 'CHL', type: 'CONSULT' }],
  optionalEvents: [{ source: 'CHL', target: 'PER', type: 'SUPPORT' }],
  mustNot: [{ source: 'PER', target: 'CHL', type: 'ACCUSE' }],
}));
writeFileSync(join(gold, 'b.gold.json'), JSON.stringify({ meta: { title: 'Second' }, actors: [], quotes: [], events: [] }));
writeFileSync(join(pred, 'a.json'), JSON.stringify({
  meta: { title: 'Envoys meet!', authors: ['ann lee'], published: '2024-01-02T10:00:00Z', publisher: 'Coast' },
  text: 'Envoys met. Share this article',
  actors: [
    { name: 'M. Gomez', type: 'person', country: 'CHL' }, { name: 'Chile', type: 'state', country: 'CHL' },
    { name: 'Bolivia', type: 'state', country: 'BOL' }, { name: 'The Forum', type: 'igo', country: null, aliases: [] },
  ],
  quotes: [{ text: '“We have reached a fair agreement today,” she said', kind: 'direct', speaker: { name: 'Gomez' } }, { text: 'Another thing entirely said here', kind: 'partial', speaker: null }],
  events: [
    { type: 'CONSULT', source: { name: 'Chile', type: 'state', country: 'CHL' }, target: { name: 'Peru', type: 'state', country: 'PER' } },
    { type: 'SUPPORT', source: { name: 'Chile', type: 'state', country: 'CHL' }, target: { name: 'Peru', type: 'state', country: 'PER' } },
    { type: 'ACCUSE', source: { name: 'Peru', type: 'state', country: 'PER' }, target: { name: 'Chile', type: 'state', country: 'CHL' }, negated: true },
    { type: 'AID', source: { name: 'Chile', type: 'state', country: 'CHL' }, target: { name: 'Bolivia', type: 'state', country: 'BOL' } },
  ],
}));

describe('scoreCorpus', () => {
  const { summary, articles } = scoreCorpus(gold, pred);

  it('scores actors: persons by surname and initial, states by code, organisations by recall', () => {
    expect(articles.a.actors).toMatchObject({ tp: 2, pred: 3, gold: 3, org_hits: 1, org_gold: 1, missed: ['PER'], spurious: ['BOL'] });
    expect(summary.actors_p).toBeCloseTo(2 / 3);
  });

  it('scores quotes by their first six words and the speaker', () => {
    expect(articles.a.quotes.direct).toEqual({ gold: 1, found: 1, attributed: 1, misses: [] });
    expect(articles.a.quotes).toMatchObject({ pred: 2, pred_matched: 1 });
  });

  it('scores unique event triples, ignoring optional and negated ones', () => {
    expect(articles.a.events).toMatchObject({ tp: 1, pred: 2, gold: 2, must_not_hit: [], must_not: 1 });
    expect(articles.a.events.missed).toEqual(["('PER', 'CHL', 'CONSULT')"]);
    expect(articles.a.events.spurious).toEqual(["('CHL', 'BOL', 'AID')"]);
  });

  it('checks metadata and boilerplate, and counts a missing prediction as empty', () => {
    expect(articles.a.meta).toEqual({ title: true, published: true, authors: true, publisher: true, 'no boilerplate: Share this article': false });
    expect(articles.b.meta).toEqual({ title: false });
    expect(summary.meta_checks).toBe('4/6');
    expect(summary.articles).toBe(2);
  });

  it('prints the report in the referee format', () => {
    const text = formatScoreText(summary, articles, true);
    expect(text).toContain("== a\n  actors missed: ['PER']  spurious: ['BOL']\n");
    expect(text).toContain('meta_checks                4/6\n');
    expect(text).toContain('actors_p                   0.667\n');
  });

  it('computes precision, recall and F1 with the referee conventions', () => {
    expect(prf(0, 0, 0)).toEqual([1, 1, 1]);
    expect(prf(0, 0, 3)).toEqual([0, 0, 0]);
    expect(prf(1, 2, 4)).toEqual([0.5, 0.25, 1 / 3]);
  });

  it('names a malformed prediction file (E500) and a missing gold folder (E501)', () => {
    writeFileSync(join(pred, 'b.json'), '{ not json');
    expect(() => scoreCorpus(gold, pred)).toThrow(EntenteError);
    expect(() => scoreCorpus(join(root, 'nowhere'), pred)).toThrow(/gold folder cannot be read/);
  });
});
