/**
 * "Its foreign minister", "its government": a possessive pronoun before an office only a state has
 * refers to a state, not to the armed group named in between.
 */
import { describe, expect, it } from 'vitest';
import { analyzeActors, fixtureActorResources } from './test-support/fixture-actors.js';

const res = fixtureActorResources();

/** The ref of the mention written `form` in `text`. */
function refOf(text: string, form: string): string | null {
  const doc = analyzeActors(text, '2024-05-05', res);
  return doc.mentions.find((m) => doc.text.slice(m.start, m.end) === form)?.ref ?? null;
}

const BEFORE = 'Russia denied the claim on Monday. The Steppe Liberation Front also rejected it on Monday.';

describe('a possessive pronoun before a state office', () => {
  it('refers to the state, passing over an armed group named after it', () => {
    expect(refOf(`${BEFORE} Its government accused China of lying.`, 'Its')).toBe('state:RUS');
    expect(refOf(`${BEFORE} Its new foreign minister accused China of lying.`, 'Its')).toBe('state:RUS');
  });

  it("gives the office's holder apposed to it the state's country", () => {
    const doc = analyzeActors(`${BEFORE} Its foreign minister, Arman Dosov, accused China of lying.`, '2024-05-05', res);
    expect(doc.actors.find((a) => a.name === 'Arman Dosov')?.country).toBe('RUS');
  });

  it('still refers to the nearest body before what any body has', () => {
    expect(refOf(`${BEFORE} Its fighters accused China of lying.`, 'Its')).toBe('org:steppe-front');
    expect(refOf(`${BEFORE} Its leader accused China of lying.`, 'Its')).toBe('org:steppe-front');
  });
});
