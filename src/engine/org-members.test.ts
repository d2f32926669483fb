import { describe, expect, it } from 'vitest';
import { analyzeShippedActors } from './test-support/shipped-actors.js';

/** The actor the mention with this text refers to. */
async function actorOf(text: string, mention: string) {
  const a = await analyzeShippedActors(text);
  return a.actors.find((x) => x.mentions.some((m) => m.text === mention)) ?? null;
}

describe("an organisation's members named by it", () => {
  it('are a mention of the organisation', async () => {
    expect((await actorOf('Hamas militants fired rockets at Israel on Monday.', 'Hamas militants'))?.id).toBe('org:hamas');
    // An armed group acts for no state: the contract keeps where it is based apart from its country.
    expect((await actorOf('Hezbollah fighters attacked an Israeli post on Tuesday.', 'Hezbollah fighters'))).toMatchObject({ country: null, basedIn: 'LBN' });
  });

  it('not a state, an unknown name or another noun', async () => {
    expect((await actorOf('Israeli troops entered the town on Monday.', 'Israeli troops'))?.country).toBe('ISR');
    expect((await actorOf('Hamas rockets hit the town on Monday.', 'Hamas rockets'))).toBeNull();
  });

  it('not an armed group for a state\'s paramilitary forces; paramilitaries named alone are one', async () => {
    const a = await analyzeShippedActors("Beijing's paramilitary ships blocked a Philippine supply boat on Monday.");
    expect(a.actors.filter((x) => x.sector === 'REB')).toEqual([]);
    expect((await actorOf('Chinese paramilitary police detained two monks on Monday.', 'Chinese paramilitary police'))).toMatchObject({ country: 'CHN', sector: 'COP' });
    expect((await actorOf('Colombian paramilitaries killed three farmers on Monday.', 'Colombian paramilitaries'))).toMatchObject({ country: null, sector: 'REB' });
  });
});

describe("an organisation's members named with \"of\"", () => {
  it('are a mention of the organisation, whatever stands between ("commanders of Sudan\'s paramilitary RSF")', async () => {
    const a = await actorOf("Washington blacklisted four commanders of Sudan's paramilitary Rapid Support Forces on Monday.", "commanders of Sudan's paramilitary Rapid Support Forces");
    expect(a?.id).toBe('org:rsf-sudan');
    expect((await actorOf('Dozens of fighters of the Kachin Independence Army surrendered on Friday.', 'fighters of the Kachin Independence Army'))?.id).toBe('org:kia');
  });

  it('are "they" after it', async () => {
    const a = await analyzeShippedActors('Police arrested two leaders of the Oromo Liberation Army on Sunday. They were taken to the capital.');
    const they = a.actors.find((x) => x.mentions.some((m) => m.text === 'They'));
    expect(they?.id).toBe('org:ola');
  });

  it('not the members of an international organisation, which are states', async () => {
    const a = await actorOf('Leaders of NATO met in Vilnius on Tuesday.', 'Leaders of NATO');
    expect(a).toBeNull();
  });
});

describe("an organisation's members named by a possessive that means it", () => {
  it('are a mention of the organisation ("the Kachin Independence Army said its fighters…")', async () => {
    const a = await analyzeShippedActors('The Kachin Independence Army said on Monday that its fighters had taken a hilltop base.');
    expect(a.actors.filter((x) => x.mentions.some((m) => m.text === 'fighters')).map((x) => x.id)).toEqual(['org:kia']);
  });

  it("not a state's ('Kenya said its soldiers…' stay Kenya's soldiers)", async () => {
    const a = await analyzeShippedActors('Kenya said on Monday that its soldiers had left the border town.');
    const soldiers = a.actors.find((x) => x.mentions.some((m) => m.text === 'soldiers'));
    expect(soldiers?.type).not.toBe('org');
  });
});
