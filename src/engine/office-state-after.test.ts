import { describe, expect, it } from 'vitest';
import { analyzeShippedActors } from './test-support/shipped-actors.js';

/** The country of the actor named `name`. */
const countryOf = async (text: string, name: string) => (await analyzeShippedActors(text)).actors.find((a) => a.name === name)?.country ?? null;

describe('an office-holder the knowledge base does not know', () => {
  it('holds office in the one state its sentence names after it', async () => {
    expect(await countryOf('President Tomas Brevik declared a state of emergency in Haiti on Saturday.', 'Tomas Brevik')).toBe('HTI');
    expect(await countryOf("General Tomas Brevik resigned on Sunday to allow Haiti's first free elections.", 'Tomas Brevik')).toBe('HTI');
  });

  it('not in a state they travel to or meet in, nor when the sentence names two', async () => {
    expect(await countryOf('President Tomas Brevik arrived in Beijing on Monday for a three-day visit.', 'Tomas Brevik')).toBeNull();
    expect(await countryOf('President Tomas Brevik accused Peru of arming rebels in Chile.', 'Tomas Brevik')).toBeNull();
  });

  it('past an adjective that qualifies someone else', async () => {
    expect(await countryOf('About 200 supporters of former President Tomas Brevik blocked roads in Port-au-Prince, demanding a say in the Haitian government.', 'Tomas Brevik')).toBe('HTI');
  });

  it("not in the state of someone else the sentence names", async () => {
    expect(await countryOf("The German government on Monday welcomed President Tomas Brevik's latest statement.", 'Tomas Brevik')).toBeNull();
    expect(await countryOf('Haiti was quiet on Sunday. President Tomas Brevik lifted the curfew.', 'Tomas Brevik')).toBe('HTI');
  });

  it("gives the person's government the same country", async () => {
    const a = await analyzeShippedActors("Students in Haiti marched against President Tomas Brevik's government on Monday.");
    expect(a.actors.find((x) => x.name === 'Tomas Brevik government')?.country).toBe('HTI');
  });
});
