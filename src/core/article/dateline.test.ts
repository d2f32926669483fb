import { describe, expect, it } from 'vitest';
import { parseDateline } from './dateline.js';
import { DEFAULT_READER_LEXICON } from './reader-lexicon.js';

const read = (s: string) => parseDateline(s, DEFAULT_READER_LEXICON.agencies);

describe('parseDateline', () => {
  it('reads place, date and credit in the usual agency forms', () => {
    expect(read('WARSAW (AP) — The government said')).toMatchObject({ place: 'WARSAW', credits: ['Associated Press'] });
    expect(read('Ottawa, Apr. 2: Canada has')).toMatchObject({ place: 'Ottawa', date: { year: null, month: 4, day: 2 } });
    expect(read('(Globe Wire) — A court ordered')).toMatchObject({ place: null, credits: ['Globe Wire'] });
    expect(read('Quito, May 5 (Andes)-- Ecuador said')).toMatchObject({ place: 'Quito', credits: ['Andes'] });
    expect(read('ANKARA (AA) - Turkey said')).toMatchObject({ credits: ['Anadolu Agency'] });
    expect(read('LONDON — Britain said')).toMatchObject({ place: 'LONDON', credits: [] });
  });

  it('reads a credit that carries the date, and keeps the first of several credits first', () => {
    const d = read('Dhaka, (Daily Post / Metro News - 3rd Feb, 2022 ) :The minister said');
    expect(d).toMatchObject({ place: 'Dhaka', credits: ['Daily Post', 'Metro News'], date: { year: 2022, month: 2, day: 3 } });
    expect('Dhaka, (Daily Post / Metro News - 3rd Feb, 2022 ) :The minister said'.slice(d!.end)).toBe('The minister said');
  });

  it('ignores openings that are not datelines', () => {
    expect(read('Russia: the next steps')).toBeNull();
    expect(read('The president of Kenya said on Monday')).toBeNull();
    expect(read('UPDATE: talks resumed')).toBeNull();
    expect(read('European Union Ambassador Anna Berg left')).toBeNull();
  });
});
