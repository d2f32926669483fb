import { describe, expect, it } from 'vitest';
import { parseNameCues } from './name-cues.js';

describe('name cues', () => {
  it('reads the lists lower case, with homeGroups optional', () => {
    const cues = parseNameCues({ honorifics: { m: ['Mr'] }, homeGroups: ['Protester', 'striker'] });
    expect([...(cues.homeGroups ?? [])]).toEqual(['protester', 'striker']);
    expect(parseNameCues({ honorifics: { m: ['Mr'] } }).homeGroups?.size).toBe(0);
  });

  it('names the file and the list when a list is not one of strings (E201)', () => {
    expect(() => parseNameCues({ homeGroups: 'protesters' }, 'my-cues.json')).toThrow(expect.objectContaining({ code: 'E201', input: 'my-cues.json', message: expect.stringContaining('"homeGroups"') }));
  });
});
