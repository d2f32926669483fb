import { describe, expect, it } from 'vitest';
import { emptyMeta } from '../core/article/article.js';
import type { Analysis } from '../core/analysis/contract.js';
import { formatReport, wrap } from './report.js';

function analysis(): Analysis {
  const text = 'Chile and Peru signed a fisheries accord. "It is fair," the envoy said.';
  return {
    schemaVersion: '1.0.0', generator: { name: 'entente', version: '0.0.0' }, id: 'ffffffffffffffff',
    meta: { ...emptyMeta(), title: 'Fisheries accord signed', authors: ['Ana Ruiz'], published: '2024-02-02', publisher: 'Pacific Wire', reprintedBy: 'Coast News', language: 'en', sections: ['Background'] },
    text, paragraphs: [{ start: 0, end: text.length, kind: 'paragraph' }], sentences: [{ start: 0, end: 41 }, { start: 42, end: text.length }],
    actors: [
      { id: 'state:CHL', name: 'Chile', type: 'state', country: 'CHL', role: null, sector: null, cameo: 'CHL', aliases: [], mentions: [{ start: 0, end: 5, text: 'Chile' }] },
      { id: 'state:PER', name: 'Peru', type: 'state', country: 'PER', role: null, sector: null, cameo: 'PER', aliases: [], mentions: [{ start: 10, end: 14, text: 'Peru' }] },
    ],
    places: [], dates: [],
    quotes: [{ id: 'q1', text: 'It is fair,', kind: 'direct', start: 43, end: 54, speaker: { id: null, name: 'the envoy', type: 'person', country: null }, cue: null, sentence: 1 }],
    events: [{
      id: 'e1', type: 'SUPPORT', mode: null, context: null, cameo: '057', goldstein: 8, quadClass: 1,
      source: { id: 'state:CHL', name: 'Chile', type: 'state', country: 'CHL' }, target: { id: 'state:PER', name: 'Peru', type: 'state', country: 'PER' },
      date: '2024-02-01', place: null, negated: false, hypothetical: false, trigger: { start: 15, end: 21, text: 'signed' },
      evidence: { start: 0, end: 41, text: text.slice(0, 41), sentence: 0 }, confidence: 0.8,
    }],
  };
}

describe('formatReport', () => {
  it('shows the headline, metadata, counts, actors, quotes and events', () => {
    const r = formatReport(analysis());
    expect(r.split('\n')[0]).toBe('Fisheries accord signed');
    expect(r).toContain('  authors    Ana Ruiz\n  published  2024-02-02\n');
    expect(r).toContain('publisher  Pacific Wire (reprinted by Coast News)');
    expect(r).toContain('2 sentences · 2 actors · 0 places · 1 quote · 1 event');
    expect(r).toContain('Chile  [state, CHL, CHL]  ×1');
    expect(r).toContain('“It is fair,” — the envoy (direct)');
    expect(r).toContain('Chile → Peru  SUPPORT 057 (+8) on 2024-02-01  “signed”');
    expect(r).not.toContain('\u001b[');
    expect(formatReport(analysis(), { color: true })).toContain('\u001b[1mFisheries accord signed');
  });

  it('says when there is no headline and leaves out empty sections', () => {
    const a = { ...analysis(), actors: [], quotes: [], events: [] };
    a.meta = { ...a.meta, title: null };
    const r = formatReport(a);
    expect(r.startsWith('(no headline)')).toBe(true);
    expect(r).not.toMatch(/Actors|Quotes|Events/);
  });

  it('wraps long lines at spaces', () => {
    expect(wrap('aaa bbb ccc ddd', 8, '  ')).toEqual(['aaa bbb', '  ccc', '  ddd']);
  });
});
