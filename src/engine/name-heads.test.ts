/**
 * Words inside a longer name or title are not the bodies the knowledge base knows by them: "Union"
 * in "the Serbian Workers' Union" is no EU, "Labour" in "Labour Minister" no British party — with
 * the shipped knowledge base.
 */
import { describe, expect, it } from 'vitest';
import { analyzeShippedActors } from './test-support/shipped-actors.js';

const actorNames = async (text: string) => {
  return (await analyzeShippedActors(text)).actors.map((a) => a.name);
};

describe('short names inside longer ones', () => {
  it('reads no EU in a union named after its members', async () => {
    expect(await actorNames("Members of the Croatian Teachers' Union stopped work on Monday.")).not.toContain('European Union');
    expect(await actorNames('The Union said it would act.')).toContain('European Union');
  });

  it('reads a portfolio before "Minister" as part of the title', async () => {
    const names = await actorNames('Croatian Labour Minister Ivo Horvat signed the bill.');
    expect(names).toContain('Ivo Horvat');
    expect(names).not.toContain('Labour Party');
  });

  it('knows the single-l spelling of guerrillas', async () => {
    expect(await actorNames('Colombian guerillas blew up a pipeline.')).toContain('Colombian guerillas');
  });

  it('reads "Islamist" before a name as an adjective, not as a group noun', async () => {
    const a = await analyzeShippedActors('Soldiers freed the mayor of the West Bank city of Hebron, a member of the Islamist Hamas movement.');
    expect(a.actors.map((x) => x.name)).not.toContain('Hebron');
    expect(a.places.map((p) => p.name)).toContain('Hebron');
  });

  it('sees a known body through a leading "Islamist", as through "Sunni" or "Shiite"', async () => {
    expect(await actorNames('Gunmen of the Islamist Hamas movement fired rockets on Sunday.')).toContain('Hamas');
    expect(await actorNames('The Islamist Hezbollah movement denied it.')).toContain('Hezbollah');
  });

  it('keeps a city introduced as one a place, even before an apposition of a person', async () => {
    const a = await analyzeShippedActors('Police detained the mayor of the city of Hebron, a member of the opposition.');
    expect(a.actors.map((x) => x.name)).not.toContain('Hebron');
    expect(a.places.map((p) => p.name)).toContain('Hebron');
  });
});
