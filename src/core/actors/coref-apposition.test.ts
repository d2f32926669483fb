import { describe, expect, it } from 'vitest';
import { analyzeActors } from './test-support/fixture-actors.js';

describe('a name apposed to a description', () => {
  it('is the description\'s referent even after a phrase of where the office is held', () => {
    const doc = analyzeActors('The Russian envoy in Kazakhstan, Ivan Petrov, met officials on Monday.', '2023-05-10');
    const petrov = doc.actors.find((a) => a.name === 'Ivan Petrov');
    expect(petrov).toMatchObject({ type: 'person', country: 'RUS' });
    expect(petrov?.mentions.map((m) => m.text)).toEqual(['Russian envoy', 'Ivan Petrov']);
  });

  it('is not taken over a longer phrase that is no place of office', () => {
    const doc = analyzeActors('The Russian envoy spoke about trade with Kazakhstan, Ivan Petrov said on Monday.', '2023-05-10');
    expect(doc.actors.find((a) => a.name === 'Ivan Petrov')?.country ?? null).toBeNull();
  });

  it('is no role phrase when a past verb with its object follows the comma', () => {
    // A comma after a long subject: "…, Li Wenming, received the President of the Russian Federation".
    const doc = analyzeActors('The President of the People\'s Republic, Li Wenming, received the President of the Russian Federation on Monday.', '2023-05-10');
    const li = doc.actors.find((a) => a.name === 'Li Wenming');
    expect(li?.mentions.map((m) => m.text)).not.toContain('President of the Russian Federation');
    const guest = doc.actors.find((a) => a.name === 'Arkady Volkov');
    expect(guest?.mentions.map((m) => m.text)).toEqual(['President of the Russian Federation']);
  });

  it('gives an officer of a state body named as its possessor that body\'s country', () => {
    const doc = analyzeActors("The Border Service's spokesman, Marat Ali, spoke to reporters on Monday.", '2023-05-10');
    expect(doc.actors.find((a) => a.name === 'Marat Ali')).toMatchObject({ type: 'person', country: 'KAZ' });
  });
});

