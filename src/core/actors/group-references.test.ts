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

  it('is the organisation last named with that noun ("Steppe Front rebels … talks with the rebels")', () => {
    const doc = analyzeActors('Kazakh troops fought Steppe Front rebels on Sunday. The government ruled out talks with the rebels.', '2023-05-10');
    const rebels = doc.mentions.filter((m) => /rebels/.test(doc.text.slice(m.start, m.end))).map((m) => m.ref);
    expect(rebels).toEqual(['org:steppe-front', 'org:steppe-front']);
  });

  it('is the organisation first named after that word as a modifier ("the rebel Steppe Front … the rebels")', () => {
    const doc = analyzeActors('Kazakh troops and the rebel Steppe Front agreed a truce. On Sunday the rebels shelled a village.', '2023-05-10');
    const refs = doc.mentions.filter((m) => /Steppe|rebels/.test(doc.text.slice(m.start, m.end))).map((m) => [doc.text.slice(m.start, m.end), m.ref]);
    expect(refs).toEqual([
      ['Steppe Front', 'org:steppe-front'],
      ['rebels', 'org:steppe-front'],
    ]);
  });

  it('is the one armed organisation named just before, though named by another word ("the Steppe Liberation Front … the rebels")', () => {
    const doc = analyzeActors('The Steppe Liberation Front attacked a police post on Sunday. Kazakh troops later pursued the rebels.', '2023-05-10');
    const rebels = doc.mentions.filter((m) => doc.text.slice(m.start, m.end) === 'rebels').map((m) => m.ref);
    expect(rebels).toEqual(['org:steppe-front']);
  });

  it('is no organisation when none was named in the sentences just before, or without "the"', () => {
    const far = analyzeActors('The Steppe Liberation Front was founded in 1990. Its leaders met in Almaty. The talks ended. Kazakh troops pursued the rebels.', '2023-05-10');
    expect(far.mentions.filter((m) => far.text.slice(m.start, m.end) === 'rebels').map((m) => m.ref)).not.toContain('org:steppe-front');
    const indefinite = analyzeActors('The Steppe Liberation Front attacked a police post on Sunday. Kazakh troops pursued rebels in the hills.', '2023-05-10');
    expect(indefinite.mentions.filter((m) => indefinite.text.slice(m.start, m.end) === 'rebels').map((m) => m.ref)).not.toContain('org:steppe-front');
  });

  it('reads "the crowds" as the crowd just named by another noun ("protesters … the crowds")', () => {
    const doc = analyzeActors('On Monday protesters stormed the parliament in Astana. Police fired on the crowds.', '2023-05-10');
    const refs = doc.mentions.filter((m) => /protesters|crowds/.test(doc.text.slice(m.start, m.end))).map((m) => m.ref);
    expect(refs.length).toBe(2);
    expect(refs[1]).toBe(refs[0]);
    // Named too long before, the crowds are a group of their own.
    const far = analyzeActors('On Monday protesters stormed the parliament. It rained. Shops closed. Police fired on the crowds.', '2023-05-10');
    const farRefs = far.mentions.filter((m) => /protesters|crowds/.test(far.text.slice(m.start, m.end))).map((m) => m.ref);
    expect(farRefs[1]).not.toBe(farRefs[0]);
  });

  it('reads envoys and negotiators with the same qualifier as one delegation, of no state in view', () => {
    const doc = analyzeActors('Central Asian envoys arrived in Astana on Monday. Later, the top Central Asian negotiators met officials there.', '2023-05-10');
    const groups = doc.mentions.filter((m) => /envoys|negotiators/.test(doc.text.slice(m.start, m.end)));
    expect(groups.length).toBe(2);
    expect(groups[1].ref).toBe(groups[0].ref);
    expect(doc.actors.find((a) => a.id === groups[0].ref)?.country ?? null).toBeNull();
  });

  it('stays a group of its own when no qualified group with that noun came before', () => {
    const doc = analyzeActors('On Monday the protesters marched through the night.', '2023-05-10');
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
