/**
 * A dateline opening a paragraph inside the body ("ASTANA (Tengri Daily) —") says where the copy
 * was filed: its place is no state actor and its credit no organisation in the story.
 */
import { describe, expect, it } from 'vitest';
import { analyzeActors } from './test-support/fixture-actors.js';

/** The entity keys of the mentions written `form`. */
function refsOf(text: string, form: string): (string | null)[] {
  const doc = analyzeActors(text, '2021-04-02');
  return doc.mentions.filter((m) => doc.text.slice(m.start, m.end) === form).map((m) => m.ref ?? null);
}

describe('withoutDatelines', () => {
  const text = 'Talks resume on the border\n\nASTANA (Tengri Daily) — Kazakhstan and China resumed talks on Monday.\n\nAstana welcomed the talks.';

  it('drops the place and the credit of a paragraph-opening dateline', () => {
    expect(refsOf(text, 'ASTANA')).toEqual([]);
    expect(refsOf(text, 'Tengri Daily')).toEqual([]);
  });

  it('keeps the states the paragraph names, and the capital elsewhere as a metonym', () => {
    expect(refsOf(text, 'Kazakhstan')).toEqual(['state:KAZ']);
    expect(refsOf(text, 'Astana')).toEqual(['state:KAZ']);
  });

  it('leaves a capital in capitals that runs into its sentence alone', () => {
    expect(refsOf('Talks resume\n\nMOSCOW WILL RESPOND, the minister said.', 'MOSCOW')).toEqual(['state:RUS']);
  });
});
