import { describe, expect, it } from 'vitest';
import { analyzeActors } from './test-support/fixture-actors.js';

describe('short forms defined in parentheses', () => {
  it('make an acronym after an unknown body that body', () => {
    const doc = analyzeActors('The Steppe Research Institute (SRI) said on Monday that prices rose.', '2023-05-10');
    expect(doc.actors.filter((a) => a.type === 'person')).toEqual([]);
    const sri = doc.actors.find((a) => a.name === 'Steppe Research Institute');
    expect(sri?.aliases).toContain('SRI');
    expect(sri?.mentions).toHaveLength(2);
  });

  it('leave an acronym whose letters are not the body\'s initials alone', () => {
    const doc = analyzeActors('The Steppe Research Institute (KPX) said on Monday that prices rose.', '2023-05-10');
    expect(doc.actors.find((a) => a.name === 'Steppe Research Institute')?.aliases ?? []).not.toContain('KPX');
  });
});
