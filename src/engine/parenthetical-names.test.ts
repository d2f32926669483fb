/**
 * A short form in parentheses after an unknown body's name is that body — its acronym or a gloss —
 * never another body the knowledge base knows by that form (with the shipped knowledge base; see
 * `src/core/actors/parenthetical-names.ts`).
 */
import { describe, expect, it } from 'vitest';
import { analyzeShippedActors } from './test-support/shipped-actors.js';

const bodies = async (text: string) => (await analyzeShippedActors(text)).actors.filter((a) => a.type !== 'state').map((a) => [a.name, a.country]);

describe('names in parentheses after a body', () => {
  it('reads an acronym the name spells as the body, not as the known body of that acronym', async () => {
    const found = await bodies('The Front for Durable Democracy (FDD) rejected the plan on Monday.');
    expect(found).toEqual([['Front for Durable Democracy', null]]);
  });

  it('reads a gloss in words as the body, not as a known party of that name', async () => {
    const found = await bodies('The Fatherland League (Conservatives) rejected the plan on Monday.');
    expect(found.map((b) => b[1])).not.toContain('GBR');
  });

  it('keeps a known body named in full', async () => {
    expect((await bodies('The Rwandan Patriotic Front (RPF) rejected the plan on Monday.')).map((b) => b[0])).toEqual(['Rwandan Patriotic Front']);
  });
});
