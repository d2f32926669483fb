import { describe, expect, it } from 'vitest';
import { fixed3, fold, headPy, isCombining, repr, reprStr, sortedPy, truthy, words } from './fold.js';

describe('fold', () => {
  it('lower-cases, strips accents, possessives, quotes and punctuation', () => {
    expect(fold('Kassym-Jomart Tokayev’s')).toBe('kassym jomart tokayev');
    expect(fold('  “Río de la Plata” ')).toBe('rio de la plata');
    expect(fold("Putin's")).toBe('putin');
    expect(fold("it's")).toBe('it');
    expect(fold('Łódź')).toBe('odz');
    expect(fold(null)).toBe('');
    expect(words('The U.S. envoy')).toEqual(['the', 'u', 's', 'envoy']);
  });

  it('knows which marks Python calls combining', () => {
    expect(isCombining('\u0301')).toBe(true);
    expect(isCombining('\u0334')).toBe(true);
    expect(isCombining('a')).toBe(false);
    expect(isCombining('\u0903')).toBe(false);
  });
});

describe('Python behaviours', () => {
  it('truthiness of JSON values', () => {
    expect([null, undefined, false, 0, '', [], {}].map(truthy)).toEqual([false, false, false, false, false, false, false]);
    expect([true, 1, 'x', [0], { a: 1 }].map(truthy)).toEqual([true, true, true, true, true]);
  });

  it('repr of strings, lists and tuples', () => {
    expect(reprStr('abc')).toBe("'abc'");
    expect(reprStr("Xi's")).toBe('"Xi\'s"');
    expect(reprStr('a\'b"c')).toBe("'a\\'b\"c'");
    expect(reprStr('line\nnext')).toBe("'line\\nnext'");
    expect(repr(['CHN', null, 'CONSULT'], true)).toBe("('CHN', None, 'CONSULT')");
    expect(repr(["('CHN', 'RUS', 'AID')"])).toBe('["(\'CHN\', \'RUS\', \'AID\')"]');
  });

  it('%.3f rounds ties to even on the exact value', () => {
    expect(fixed3(0.0625)).toBe('0.062');
    expect(fixed3(0.5625)).toBe('0.562');
    expect(fixed3(0.1875)).toBe('0.188');
    expect(fixed3(2 / 3)).toBe('0.667');
    expect(fixed3(1)).toBe('1.000');
  });

  it('sorts by code point and slices by code point', () => {
    expect(sortedPy(['b', 'B', 'a', 'É'])).toEqual(['B', 'a', 'b', 'É']);
    expect(headPy('😀abc', 2)).toBe('😀a');
  });
});
