/**
 * Names in the wrong case resolve only where no common word can be taken for one: a known surname
 * right after a title its bearer held, and a name with a capital slipped inside its first word.
 */
import { describe, expect, it } from 'vitest';
import { analyzeActors, fixtureActorResources } from './test-support/fixture-actors.js';
import { innerCapital } from './lower-case-names.js';

const res = fixtureActorResources();
const idsIn = (text: string) => analyzeActors(text, '2020-06-01', res).actors.map((a) => a.id);

describe('a lower-case surname after its title', () => {
  it('is the known person who held the office the title names', () => {
    expect(idsIn('President volkov signed the decree on Monday.')).toContain('person:arkady-volkov');
    expect(idsIn('Foreign Minister sokol signed the decree.')).toContain('person:pavel-sokol');
  });

  it('names nobody after a title the person never held, a lower-case title, or no title', () => {
    expect(idsIn('Foreign Minister volkov signed the decree.')).not.toContain('person:arkady-volkov');
    expect(idsIn('The president volkov signed the decree.')).not.toContain('person:arkady-volkov');
    expect(idsIn('Then volkov signed the decree.')).not.toContain('person:arkady-volkov');
  });
});

describe('a capital slipped inside a name', () => {
  it('still names the state; a name all in lower case does not', () => {
    expect(idsIn('Talks with kAzakhstan resumed on Monday.')).toContain('state:KAZ');
    expect(idsIn('Talks with kazakhstan resumed on Monday.')).not.toContain('state:KAZ');
  });

  it('tells a slipped capital from a capitalised or lower-case word', () => {
    expect(innerCapital('iSrael')).toBe(true);
    expect(innerCapital('Israel')).toBe(false);
    expect(innerCapital('israel')).toBe(false);
    expect(innerCapital('united States')).toBe(false);
  });
});
