import { describe, expect, it } from 'vitest';
import { loadGazetteer } from './load-gazetteer.js';

const ISO3: Record<string, string> = { UZ: 'UZB', KZ: 'KAZ', GB: 'GBR', US: 'USA', CN: 'CHN', FR: 'FRA', RU: 'RUS', MX: 'MEX' };

describe('loadGazetteer', () => {
  const g = loadGazetteer({ iso3Of: (c) => ISO3[c] ?? null });

  it('finds cities with country and coordinates, the most prominent first', () => {
    const [samarkand] = g.lookup('Samarkand');
    expect(samarkand.country).toBe('UZB');
    expect(samarkand.lat).toBeCloseTo(39.65, 1);
    expect(g.lookup('London')[0].country).toBe('GBR');
    expect(g.lookup('Moscow')[0].country).toBe('RUS');
  });

  it('knows renamed capitals and curated regions and waters', () => {
    expect(g.lookup('Astana')[0].country).toBe('KAZ');
    expect(g.lookup('Nur-Sultan')[0].country).toBe('KAZ');
    expect(g.lookup('nur sultan')[0].country).toBe('KAZ');
    expect(g.lookup('Kiev')[0].name).toBe('Kyiv');
    expect(g.lookup('the Taiwan Strait')[0].kind).toBe('water');
  });

  it('drops small towns that would shadow common words', () => {
    // China, Mexico (pop. ~9,000) and the small US towns called China are below the threshold.
    expect(g.lookup('China')).toEqual([]);
  });
});
