/** Place-name keys: the forms a news writer gives one place meet on one key. */
import { describe, expect, it } from 'vitest';
import { nameKey } from './normalize-name.js';

describe('nameKey', () => {
  it('gives the forms of one name one key', () => {
    expect(nameKey('Côte d’Ivoire')).toBe(nameKey("cote d'ivoire"));
    expect(nameKey('U.S.')).toBe('us');
    expect(nameKey('Nur-Sultan')).toBe('nur sultan');
    expect(nameKey('The   Hague')).toBe('hague');
    expect(nameKey('St. Petersburg')).toBe('st petersburg');
  });

  it('keys a plain word by its lower case alone, as the full folding would', () => {
    for (const w of ['Aleppo', 'GAZA', 'kyiv', 'The', 'the', 'M23', '2024']) expect(nameKey(w)).toBe(w.toLowerCase());
  });
});
