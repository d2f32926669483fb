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

describe('he/she with a person of unknown gender named in between', () => {
  it('prefers the person of that gender named in the same or the previous sentence', () => {
    const doc = analyzeActors('On Monday, Dina Omar met her counterpart, Marat Ali. Later she said the talks went well.', '2023-05-10');
    const she = doc.mentions.find((m) => doc.text.slice(m.start, m.end) === 'she');
    expect(she?.ref).toBe('person:dina-omar');
  });

  it('still takes the person of unknown gender when nobody of that gender is near', () => {
    const doc = analyzeActors('On Monday, Marat Ali said talks would help. Later he said the talks went well.', '2023-05-10');
    const he = doc.mentions.find((m) => doc.text.slice(m.start, m.end) === 'he');
    expect(doc.actors.find((a) => a.id === he?.ref)?.name).toBe('Marat Ali');
  });
});
