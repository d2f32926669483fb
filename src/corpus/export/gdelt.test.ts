import { describe, expect, it } from 'vitest';
import type { CorpusEvent } from '../../store/results.js';
import { GDELT_COLUMNS, gdeltFields } from './gdelt.js';

const col = (name: string) => GDELT_COLUMNS.indexOf(name as (typeof GDELT_COLUMNS)[number]);

/** A one-report event between two participants, the fields GDELT reads and nothing else. */
function event(source: CorpusEvent['source'], target: CorpusEvent['target']): CorpusEvent {
  return {
    id: '0123456789abcdef', date: '2024-05-06', cameo: '190', quadClass: 4, goldstein: -10, source, target, place: null,
    numMentions: 1, numSources: 1, numArticles: 1, firstSentence: 0, sourceUrl: null,
  } as unknown as CorpusEvent;
}

describe('GDELT actor columns', () => {
  it('give a non-state group the country its CAMEO code is based in, and its role', () => {
    const f = gdeltFields(event(
      { id: 'org:northern-front', name: 'Northern Liberation Front', type: 'org', country: null, basedIn: 'ZMB', code: 'ZMBREB' },
      { id: 'state:ZMB', name: 'Zambia', type: 'state', country: 'ZMB', basedIn: null, code: 'ZMB' },
    ));
    expect([f[col('Actor1Code')], f[col('Actor1CountryCode')], f[col('Actor1Type1Code')]]).toEqual(['ZMBREB', 'ZMB', 'REB']);
    expect(f[col('Actor2CountryCode')]).toBe('ZMB');
  });

  it('give a transnational group (IMG…) and an IGO no country', () => {
    const f = gdeltFields(event(
      { id: 'org:world-jihad', name: 'World Jihad Front', type: 'org', country: null, basedIn: null, code: 'IMGMUSXYZ' },
      { id: 'igo:un', name: 'United Nations', type: 'igo', country: null, basedIn: null, code: 'IGOUNO' },
    ));
    expect([f[col('Actor1CountryCode')], f[col('Actor2CountryCode')]]).toEqual(['', '']);
    expect(f[col('Actor2KnownGroupCode')]).toBe('UNO');
  });

  it('give a group with no CAMEO code the state it is based in', () => {
    const f = gdeltFields(event(
      { id: null, name: 'Coastal Defence Committee', type: 'org', country: null, basedIn: 'MOZ', code: null },
      null,
    ));
    expect([f[col('Actor1Code')], f[col('Actor1CountryCode')]]).toEqual(['', 'MOZ']);
  });
});
