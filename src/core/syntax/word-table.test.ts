import { describe, expect, it } from 'vitest';
import { hashString, key2 } from './hash.js';
import { normaliseWord, PREFIXES, SUFFIXES, WordFlag, WordTable, wordFlags, wordShape } from './word-table.js';

describe('word features', () => {
  it('normalises case, digits, curly quotes and dashes', () => {
    expect(normaliseWord('Kremlin')).toBe('kremlin');
    expect(normaliseWord('2022')).toBe('0000');
    expect(normaliseWord('Russia\u2019s')).toBe("russia's");
    expect(normaliseWord('\u2014')).toBe('--');
  });

  it('computes shapes with runs cut at three', () => {
    expect(wordShape('Putin')).toBe('Xxxx');
    expect(wordShape('U.S.')).toBe('X.X.');
    expect(wordShape('$8.7bn')).toBe('$d.dxx');
    expect(wordShape('NATO')).toBe('XXX');
  });

  it('sets flags', () => {
    expect(wordFlags('NATO') & WordFlag.AllUpper).toBeTruthy();
    expect(wordFlags('Nur-Sultan') & WordFlag.HasHyphen).toBeTruthy();
    expect(wordFlags('1,008') & WordFlag.HasDigit).toBeTruthy();
    expect(wordFlags('1008') & WordFlag.AllDigit).toBeTruthy();
    expect(wordFlags(',') & WordFlag.NoAlnum).toBeTruthy();
    expect(wordFlags('leader') & WordFlag.HasUpper).toBe(0);
  });

  it('fills a growing table with the hashes of forms, affixes and shapes', () => {
    const t = new WordTable(16);
    const words = Array.from({ length: 100 }, (_, i) => `word${i}`);
    words.forEach((w) => t.add(w));
    const i = t.add('Leaders');
    expect(t.size).toBe(101);
    expect(t.form[i]).toBe(hashString('Leaders'));
    expect(t.lower[i]).toBe(hashString('leaders'));
    expect(t.lower[i]).not.toBe(t.form[i]);
    // "Leaders" and "leaders" share lower-case, affix and differ in shape
    const j = t.add('leaders');
    expect(t.lower[j]).toBe(t.lower[i]);
    expect(t.suffix[j * SUFFIXES + 2]).toBe(t.suffix[i * SUFFIXES + 2]);
    expect(t.prefix[j * PREFIXES]).toBe(t.prefix[i * PREFIXES]);
    expect(t.shape[j]).not.toBe(t.shape[i]);
    // earlier entries survive growth
    expect(t.form[5]).toBe(hashString('word5'));
  });

  it('hashes are non-zero and depend on every part of a feature', () => {
    expect(hashString('')).not.toBe(0);
    expect(key2(1, 2, 3)).not.toBe(key2(1, 3, 2));
    expect(key2(1, 2, 3)).not.toBe(key2(2, 2, 3));
    expect(key2(1, 2, 3)).toBe(key2(1, 2, 3));
  });
});
