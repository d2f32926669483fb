/**
 * The state of an office named without one, when several states are in view, over the shipped
 * parse: the previous sentence's subject state is the text's topic ("Oslo rejected the Swedish
 * proposal. Government spokesperson X said…" is Norway's spokesperson).
 */
import { describe, expect, it } from 'vitest';
import { readText } from '../core/article/read-text.js';
import { createEngine } from './engine.js';

const countryOf = async (text: string, name: string): Promise<string | null | undefined> => {
  const engine = await createEngine({ upTo: 'actors' });
  return engine.analyzeArticle(readText(text)).actors.find((a) => a.name === name)?.country;
};

describe('an office named without its state, several states in view', () => {
  it('is held in the state that was the previous sentence\'s subject', async () => {
    const text = 'Published on 3 March 2024.\n\nOslo rejected the Swedish proposal on Monday. Government spokesperson Ingrid Dalen said the talks with Denmark would go on.';
    expect(await countryOf(text, 'Ingrid Dalen')).toBe('NOR');
  });

  it('stays unknown when no state was that subject', async () => {
    const text = 'Published on 3 March 2024.\n\nThe talks between Norway and Sweden failed on Monday. Government spokesperson Ingrid Dalen said they would go on.';
    expect(await countryOf(text, 'Ingrid Dalen')).toBeNull();
  });

  it('gives "the junta" or "the military" the state whose body or name was that subject', async () => {
    const engine = await createEngine({ upTo: 'events' });
    const codes = (text: string) => engine.analyzeArticle(readText(text)).events.map((e) => `${e.source?.country ?? '-'}>${e.target?.country ?? '-'} ${e.cameo}`);
    const junta = 'Published on 3 March 2024.\n\nMali\'s military government expelled the French ambassador on Monday. The junta also asked Denmark to withdraw its special forces.';
    expect(codes(junta)).toContain('MLI>DNK 0256');
    const military = 'Published on 3 March 2024.\n\nMali expelled the French ambassador on Monday. The military also asked Denmark to withdraw its special forces.';
    expect(codes(military)).toContain('MLI>DNK 0256');
    // Several states in the subject: no topic.
    const both = 'Published on 3 March 2024.\n\nMali and France recalled their ambassadors on Monday. The military also asked Denmark to withdraw its special forces.';
    expect(codes(both).filter((c) => c.endsWith('0256'))).toEqual([]);
  });

  it('gives "the junta" the state whose military government was named, whoever else is in view', async () => {
    const engine = await createEngine({ upTo: 'actors' });
    const holders = (text: string): string[] => {
      const a = engine.analyzeArticle(readText(text));
      return a.actors.filter((x) => x.mentions.some((m) => /^the junta$/i.test(a.text.slice(m.start, m.end)))).map((x) => x.country ?? '-');
    };
    const text =
      'Published on 3 March 2024.\n\nMali\'s military government expelled the French ambassador on Monday. France\'s foreign ministry said it had taken note. French Foreign Minister Jean Dupont called the junta illegitimate. The junta also asked Denmark to withdraw its troops.';
    expect(holders(text)).toEqual(['MLI']);
  });
});
