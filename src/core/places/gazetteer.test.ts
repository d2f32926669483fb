/**
 * The order of a name's candidates: curated places, then capitals, then seats and cities by size.
 */
import { describe, expect, it } from 'vitest';
import { Gazetteer, type PlaceRecord } from './gazetteer.js';

const place = (id: string, country: string, kind: PlaceRecord['kind'], population: number, name = 'Springfield'): PlaceRecord => ({ id, name, country, lat: null, lon: null, population, kind });

describe('gazetteer candidate order', () => {
  it('puts an administrative seat before a city of about its size', () => {
    const g = new Gazetteer([place('g:1', 'AAA', 'city', 90_000), place('g:2', 'BBB', 'admin-seat', 40_000)]);
    expect(g.lookup('Springfield').map((p) => p.country)).toEqual(['BBB', 'AAA']);
  });

  it('puts a city ten times the size of a seat of the same name first', () => {
    const g = new Gazetteer([place('g:1', 'AAA', 'city', 800_000), place('g:2', 'BBB', 'admin-seat', 20_000)]);
    expect(g.lookup('Springfield').map((p) => p.country)).toEqual(['AAA', 'BBB']);
  });

  it('still puts a capital first, whatever its size', () => {
    const g = new Gazetteer([place('g:1', 'AAA', 'city', 5_000_000), place('g:2', 'BBB', 'capital', 30_000)]);
    expect(g.lookup('Springfield')[0].country).toBe('BBB');
  });
});
