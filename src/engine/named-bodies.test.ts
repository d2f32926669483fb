/**
 * A name right after the common noun of a body names that body ("the newspaper Ostrava Daily", "the
 * charity Clean Wells"), and so does a name right before it ("the Zorba party") — with the shipped
 * knowledge base — while a name after a title stays a person.
 */
import { describe, expect, it } from 'vitest';
import { analyzeShippedActors } from './test-support/shipped-actors.js';

const actors = async (text: string) => (await analyzeShippedActors(text)).actors.map((a) => [a.name, a.type, a.sector]);

describe('bodies named after their common noun', () => {
  it('reads the name as an organisation of the noun\'s sector', async () => {
    expect(await actors('Police raided the opposition newspaper Vecernji Glas on Monday.')).toContainEqual(['Vecernji Glas', 'org', 'MED']);
    expect(await actors('The charity Clean Wells sent water to the villages.')).toContainEqual(['Clean Wells', 'org', 'NGO']);
  });

  it('reads a name before the lower-case noun of its body as that body, not a day before a newspaper', async () => {
    expect(await actors('The Zorba party said it would boycott the vote.')).toContainEqual(['Zorba party', 'org', 'PTY']);
    expect((await actors('The Sunday newspaper said the vote was delayed.')).map((a) => a[0])).not.toContain('Sunday newspaper');
    // A feast before "party" makes a gathering, not a political party.
    expect((await actors('The mayor refused to call the Riverside Christmas party shooting an act of terror.')).map((a) => a[0])).not.toContain('Riverside Christmas party');
  });

  it('reads no body from a noun of a person ("the reporter John Smith", "a Ziarul reporter")', async () => {
    expect((await actors('The reporter Jan Novak was detained on Monday.')).map((a) => a[1])).not.toContain('org');
    expect((await actors('A Ziarul reporter said the vote was delayed.')).map((a) => a[1])).not.toContain('org');
  });

  it('keeps a name after a title a person', async () => {
    expect(await actors('The party leader Jan Novak resigned on Monday.')).toContainEqual(['Jan Novak', 'person', expect.anything()]);
  });
});
