/**
 * A judgement of another state's act named by a proper-noun modifier, over the shipped tagger and
 * its repair: "called the U.S. sanctions illegal" keeps "sanctions" a noun (the tagger alone reads
 * it as a verb with "U.S." its subject), so the judgement is coded against the act's owner.
 */
import { describe, expect, it } from 'vitest';
import { readText } from '../core/article/read-text.js';
import { createEngine } from './engine.js';

const codes = async (sentence: string): Promise<string[]> => {
  const engine = await createEngine({ upTo: 'events' });
  const text = `Published on 3 March 2024.\n\n${sentence}`;
  return engine.analyzeArticle(readText(text)).events.map((e) => `${e.source?.country ?? e.source?.name ?? '-'}>${e.target?.country ?? e.target?.name ?? '-'} ${e.cameo}`);
};

describe('a verb of naming before a name and a plural act noun', () => {
  it('criticises the owner of the act ("called the U.S. sanctions illegal")', async () => {
    expect(await codes('Venezuela called the U.S. sanctions illegal.')).toContain('VEN>USA 111');
    expect(await codes('Moscow labelled the NATO drills provocative.')).toContain('RUS>North Atlantic Treaty Organization 111');
  });
});
