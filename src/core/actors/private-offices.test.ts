/**
 * "His secretary, Jane Doe" is an aide: no minister's role. A secretary with a title of their own
 * ("Secretary Dana Ermek") keeps it.
 */
import { describe, expect, it } from 'vitest';
import { analyzeActors } from './test-support/fixture-actors.js';

/** The role of the actor named `name`. */
function roleOf(text: string, name: string): string | null | undefined {
  return analyzeActors(text, '2021-04-02').actors.find((a) => a.name === name)?.role;
}

describe('isPrivateSecretary', () => {
  it('gives a secretary owned by a person, or called personal, no role', () => {
    expect(roleOf('President Aidos Serik arrived in Astana. His secretary, Dana Ermek, declined to comment.', 'Dana Ermek')).toBeNull();
    expect(roleOf('Aidos Serik arrived in Astana with his personal secretary, Dana Ermek, on Monday.', 'Dana Ermek')).toBeNull();
  });

  it('keeps the minister of "Secretary X" and of a bare secretary nobody owns', () => {
    expect(roleOf('Secretary Dana Ermek arrived in Astana.', 'Dana Ermek')).toBe('minister');
    expect(roleOf('The secretary, Dana Ermek, arrived in Astana.', 'Dana Ermek')).toBe('minister');
  });
});
