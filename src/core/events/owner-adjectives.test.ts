import { describe, expect, it } from 'vitest';
import { ownerAdjective } from './owner-adjectives.js';

describe('owner adjectives', () => {
  it('names the owner of ships, firms and property', () => {
    expect(ownerAdjective('Greek-owned', 'tanker')).toBe('Greek');
    expect(ownerAdjective('Liberian-flagged', 'vessel')).toBe('Liberian');
    expect(ownerAdjective('Serb-run', 'office')).toBe('Serb');
  });

  it('names no owner for a backer or a maker, a newspaper, or a lower-case word', () => {
    expect(ownerAdjective('Iranian-backed', 'militia')).toBeNull();
    expect(ownerAdjective('Russian-made', 'drone')).toBeNull();
    expect(ownerAdjective('Saudi-owned', 'weekly')).toBeNull();
    expect(ownerAdjective('state-owned', 'company')).toBeNull();
    expect(ownerAdjective('Greek-owned', null)).toBeNull();
  });
});
