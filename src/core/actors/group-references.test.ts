import { describe, expect, it } from 'vitest';
import { analyzeActors } from './test-support/fixture-actors.js';

describe('a group named again by its bare noun', () => {
  it('is the group last named with that noun and a qualifier', () => {
    const doc = analyzeActors('Kazakh protesters marched in Astana on Monday. Police later dispersed the protesters.', '2023-05-10');
    const protesters = doc.mentions.filter((m) => /protesters/.test(doc.text.slice(m.start, m.end)));
    expect(protesters.map((m) => [doc.text.slice(m.start, m.end), m.ref])).toEqual([
      ['Kazakh protesters', protesters[0].ref],
      ['protesters', protesters[0].ref],
    ]);
    expect(doc.actors.find((a) => a.id === protesters[0].ref)?.country).toBe('KAZ');
  });

  it('stays a group of its own when no qualified group with that noun came before', () => {
    const doc = analyzeActors('On Monday the protesters marched in Astana.', '2023-05-10');
    const group = doc.actors.find((a) => a.type === 'group');
    expect(group).toMatchObject({ name: expect.stringMatching(/protesters/), country: null });
  });
});

describe('an envoy or negotiator with no country said', () => {
  it('does not take the state in view', () => {
    const doc = analyzeActors('Protests spread across Kazakhstan on Monday. Envoy Marat Ali said talks would help.', '2023-05-10');
    expect(doc.actors.find((a) => a.name === 'Marat Ali')?.country ?? null).toBeNull();
  });
});
