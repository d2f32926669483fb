import { describe, expect, it } from 'vitest';
import { emptyMeta } from '../article/article.js';
import { EntenteError } from '../errors/errors.js';
import type { Analysis } from './contract.js';
import { SCHEMA_VERSION } from './contract.js';
import { createAnalysisValidator, validateAnalysis } from './validate.js';

/** A small complete analysis written for this test. */
function sample(): Analysis {
  const text = 'Envoys of Chile and Peru met in Lima. "We agreed," the Chilean envoy said.';
  return {
    schemaVersion: SCHEMA_VERSION,
    generator: { name: 'entente', version: '0.0.0' },
    id: '0123456789abcdef',
    meta: { ...emptyMeta(), title: 'Envoys meet', published: '2024-01-02', language: 'en' },
    text,
    paragraphs: [{ start: 0, end: text.length, kind: 'paragraph' }],
    sentences: [{ start: 0, end: 36 }, { start: 37, end: text.length }],
    actors: [{ id: 'state:CHL', name: 'Chile', type: 'state', country: 'CHL', role: null, sector: null, cameo: 'CHL', aliases: [], mentions: [{ start: 10, end: 15, text: 'Chile', via: 'name' }] }],
    places: [{ id: 'geo:lima', name: 'Lima', country: 'PER', lat: -12.05, lon: -77.04, mentions: [{ start: 32, end: 36, text: 'Lima' }] }],
    dates: [],
    quotes: [{ id: 'q1', text: 'We agreed,', kind: 'direct', start: 38, end: 48, speaker: { id: null, name: 'the Chilean envoy', type: 'person', country: 'CHL' }, cue: { start: 68, end: 72, text: 'said' }, sentence: 1 }],
    events: [{
      id: 'e1', type: 'CONSULT', mode: null, context: null, cameo: '040', goldstein: 1, quadClass: 1,
      source: { id: 'state:CHL', name: 'Chile', type: 'state', country: 'CHL' }, target: { id: 'state:PER', name: 'Peru', type: 'state', country: 'PER' },
      date: '2024-01-02', place: { name: 'Lima', country: 'PER', lat: -12.05, lon: -77.04 }, negated: false, hypothetical: false,
      trigger: { start: 29, end: 32, text: 'met' }, evidence: { start: 0, end: 36, text: text.slice(0, 36), sentence: 0 }, confidence: 0.9,
    }],
  };
}

describe('validateAnalysis', () => {
  it('returns a document that matches the schema', () => {
    const a = sample();
    expect(validateAnalysis(a)).toBe(a);
  });

  it('throws E302 naming where the document is wrong', () => {
    const bad = sample() as unknown as { events: { type: string }[]; actors: { country: string }[] };
    bad.events[0].type = 'MEET';
    bad.actors[0].country = 'Chile';
    const check = createAnalysisValidator();
    try {
      check(bad, 'x.json');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(EntenteError);
      expect((e as EntenteError).code).toBe('E302');
      expect((e as EntenteError).message).toContain('/events/0/type');
      expect((e as EntenteError).message).toContain('/actors/0/country');
      expect((e as EntenteError).input).toBe('x.json');
    }
  });

  it('refuses a document without its required parts', () => {
    expect(() => validateAnalysis({ text: 'x' })).toThrow(/must have required property/);
  });
});
