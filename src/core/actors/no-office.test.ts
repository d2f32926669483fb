/**
 * Title words that name no office where they stand: "his secretary, Jane Doe" is an aide, "bowed
 * his head" a body part. A secretary with a title of their own ("Secretary Dana Ermek") and a head
 * of something keep their office.
 */
import { describe, expect, it } from 'vitest';
import { analyzeActors } from './test-support/fixture-actors.js';

/** The role of the actor named `name`. */
function roleOf(text: string, name: string): string | null | undefined {
  return analyzeActors(text, '2021-04-02').actors.find((a) => a.name === name)?.role;
}

/** The entity keys of the mentions written `form`. */
function refsOf(text: string, form: string): (string | null)[] {
  const doc = analyzeActors(text, '2021-04-02');
  return doc.mentions.filter((m) => doc.text.slice(m.start, m.end) === form).map((m) => m.ref ?? null);
}

describe('namesNoOffice', () => {
  it('gives a secretary owned by a person, or called personal, no role', () => {
    expect(roleOf('President Aidos Serik arrived in Astana. His secretary, Dana Ermek, declined to comment.', 'Dana Ermek')).toBeNull();
    expect(roleOf('Aidos Serik arrived in Astana with his personal secretary, Dana Ermek, on Monday.', 'Dana Ermek')).toBeNull();
  });

  it('keeps the minister of "Secretary X" and of a bare secretary nobody owns', () => {
    expect(roleOf('Secretary Dana Ermek arrived in Astana.', 'Dana Ermek')).toBe('minister');
    expect(roleOf('The secretary, Dana Ermek, arrived in Astana.', 'Dana Ermek')).toBe('minister');
  });

  it('reads no leader in a head that heads nothing', () => {
    const text = 'President Aidos Serik arrived in Astana. He bowed his head. Their heads turned when the leader spoke.';
    expect(refsOf(text, 'head')).toEqual([]);
    expect(refsOf(text, 'heads')).toEqual([]);
    expect(refsOf(text, 'leader')).toEqual(['person:aidos-serik']);
  });
});
