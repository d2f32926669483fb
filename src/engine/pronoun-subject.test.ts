/**
 * Pronoun resolution over the shipped parse: a subject pronoun opening a sentence continues the
 * previous sentence's subject, not the person who was its object.
 */
import { describe, expect, it } from 'vitest';
import { readText } from '../core/article/read-text.js';
import { createEngine } from './engine.js';

const refOf = async (text: string, pronoun: string): Promise<string | null> => {
  const engine = await createEngine({ upTo: 'actors' });
  const analysis = engine.analyzeArticle(readText(text));
  const at = analysis.text.indexOf(pronoun);
  return analysis.actors.find((a) => a.mentions.some((m) => m.start === at && m.end === at + pronoun.length))?.name ?? null;
};

describe('a subject pronoun after a sentence with two people', () => {
  it('is the previous subject, not its object', async () => {
    const text = 'Published on 3 March 2024.\n\nPresident Anna Lindqvist invited Prime Minister Carl Berg to visit Sweden. She said so on Monday during a visit to Oslo.';
    expect(await refOf(text, 'She')).toBe('Anna Lindqvist');
    // A person of the pronoun's known gender is not given up for a subject of unknown gender.
    const other = 'Published on 3 March 2024.\n\nPresident Anna Lindqvist invited Mr. Carl Berg to visit Sweden. He said so on Monday during a visit to Oslo.';
    expect(await refOf(other, 'He')).toBe('Carl Berg');
  });
});

describe('a pronoun and people the knowledge base does not know', () => {
  it('skips a man by his given name for "she"', async () => {
    const text = 'Published on 3 March 2024.\n\nSenator Carlos Mendes met Senator Maria Lopes in Lisbon on Monday. She said the talks went well.';
    expect(await refOf(text, 'She')).toBe('Maria Lopes');
  });
});
