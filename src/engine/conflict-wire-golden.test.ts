/**
 * Golden test over the shipped model and data: a short wire-style article written for this test
 * (invented, in the shape of conflict news) through the whole engine, to the events it must and must
 * not code. Each paragraph exercises a reading the coder once got wrong: a reduced relative before a
 * passive predicate, a complaint whose other side is named only in its "after" clause, a vetoed
 * resolution's call, "they" reported by an organisation, a name compounded onto "next week", and
 * approving another state's membership.
 */
import { describe, expect, it } from 'vitest';
import { readText } from '../core/article/read-text.js';
import { createEngine } from './engine.js';

const ARTICLE = `Published on 12 March 2024.

Indian fishermen detained for fishing in Pakistani waters were released by Pakistan on Monday, officials in Islamabad said.

The Philippines protested after Chinese ships blocked its supply mission near a disputed shoal in the South China Sea.

The United States vetoed a Security Council resolution calling for an immediate ceasefire in Gaza.

French troops left Mali last year. The Taliban denied on Tuesday that they had sheltered al-Qaeda leaders in Afghanistan.

Chinese Foreign Minister Wang Yi will visit Moscow next week, the ministry announced. Turkey's parliament approved Sweden's membership in NATO after months of delay.
`;

describe('golden: a conflict wire article', async () => {
  const engine = await createEngine();
  const analysis = engine.analyzeArticle(readText(ARTICLE));
  const side = (p: { country?: string | null; name?: string } | null | undefined): string => (p ? (p.country ?? p.name ?? '?') : '-');
  const events = analysis.events.map((e) => `${side(e.source)}>${side(e.target)} ${e.cameo}${e.negated ? ' neg' : ''}${e.hypothetical ? ' hyp' : ''}`);

  it('codes who released whom, who protested against whom and who called for what', () => {
    expect(events).toContain('PAK>IND 0841');
    expect(events).toContain('PHL>CHN 114');
    expect(events.some((e) => e.startsWith('USA>') && e.includes(' 129'))).toBe(true);
    expect(events.some((e) => e.endsWith('>PSE 1056'))).toBe(true);
    // The vetoing state calls for nothing; the protest has a side.
    expect(events).not.toContain('USA>PSE 1056');
    expect(events.filter((e) => e.startsWith('PHL>- '))).toEqual([]);
  });

  it('reads "they" as the organisation that denies, and the planned visit and the approved membership', () => {
    expect(events.some((e) => e.startsWith('AFG>') && e.includes('073') && e.includes('neg'))).toBe(true);
    expect(events.filter((e) => e.startsWith('FRA>al-Qaeda'))).toEqual([]);
    expect(events).toContain('CHN>RUS 036');
    expect(events).toContain('TUR>SWE 057');
    expect(events.filter((e) => e.startsWith('TUR>') && e.includes(' 030'))).toEqual([]);
  });

  it('dates the release to the Monday before publication and the visit to the week after', () => {
    const release = analysis.events.find((e) => e.cameo === '0841');
    const visit = analysis.events.find((e) => e.cameo === '036');
    expect(release?.date).toBe('2024-03-11');
    expect(visit?.date).toBe('2024-03-18');
  });
});
