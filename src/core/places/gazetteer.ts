/**
 * A gazetteer: named places (cities, regions, seas, straits) with country and coordinates, looked up
 * by normalised name. Built once per process from GeoNames-derived cities plus the project's own
 * `data/kb/places.json`; the core only sees the records, never where they came from.
 */
import { nameKey } from './normalize-name.js';

export type PlaceKind = 'capital' | 'city' | 'admin-seat' | 'region' | 'water' | 'island' | 'territory' | 'feature';

/** One place. `country` is ISO 3166-1 alpha-3, null for seas and regions that span countries. */
export interface PlaceRecord {
  readonly id: string;
  readonly name: string;
  readonly aliases?: readonly string[];
  readonly country: string | null;
  readonly lat: number | null;
  readonly lon: number | null;
  readonly population: number;
  readonly kind: PlaceKind;
}

/** Name lookup over place records. Candidates come best first (curated entries, then by population). */
export class Gazetteer {
  private readonly byKey = new Map<string, PlaceRecord[]>();
  /** Longest name, in words: bounds the span a matcher needs to try. */
  readonly maxWords: number;
  /** First words (keys) of the curated places' names of two words or more: where such a name can start. */
  readonly curatedFirstWords: ReadonlySet<string>;

  constructor(records: Iterable<PlaceRecord>) {
    let maxWords = 1;
    const firstWords = new Set<string>();
    for (const r of records) {
      for (const n of [r.name, ...(r.aliases ?? [])]) {
        const k = nameKey(n);
        if (!k) continue;
        if (r.id.startsWith('place:') && k.includes(' ')) firstWords.add(k.split(' ')[0]);
        const list = this.byKey.get(k);
        if (list) {
          if (!list.includes(r)) list.push(r);
        } else this.byKey.set(k, [r]);
        maxWords = Math.max(maxWords, k.split(' ').length);
      }
    }
    for (const list of this.byKey.values()) list.sort(rank);
    this.maxWords = maxWords;
    this.curatedFirstWords = firstWords;
  }

  /** Places called `name`, best candidate first; empty when unknown. */
  lookup(name: string): readonly PlaceRecord[] {
    return this.byKey.get(nameKey(name)) ?? [];
  }

  /** Number of distinct names. */
  get size(): number {
    return this.byKey.size;
  }
}

const KIND_ORDER: Record<PlaceKind, number> = { capital: 0, region: 1, water: 1, territory: 1, island: 2, feature: 2, 'admin-seat': 3, city: 4 };

function rank(a: PlaceRecord, b: PlaceRecord): number {
  // Curated (non-city) entries first, then capitals, then the most populous.
  const curated = Number(b.id.startsWith('place:')) - Number(a.id.startsWith('place:'));
  if (curated) return curated;
  // An administrative seat comes before a city of its name, unless the city is ten times its size:
  // "San Francisco" is the Californian city, not the seat of Morazán in El Salvador.
  const ka = KIND_ORDER[a.kind];
  const kb = KIND_ORDER[b.kind];
  if (ka !== kb && ka >= SEAT && kb >= SEAT) {
    if (a.population >= 10 * b.population) return -1;
    if (b.population >= 10 * a.population) return 1;
  }
  return ka - kb || b.population - a.population;
}

/** The rank of administrative seats: seats and plain cities are weighed by size against each other. */
const SEAT = KIND_ORDER['admin-seat'];
