/**
 * A body the knowledge base knows by its generic head noun ("Parliament" is the United Kingdom's)
 * is the article's own country's when the text is about another country — with the shipped
 * knowledge base, over the shipped parse.
 */
import { describe, expect, it } from 'vitest';
import { analyzeShippedActors } from './test-support/shipped-actors.js';

const parliament = async (text: string) => {
  const actors = (await analyzeShippedActors(text)).actors;
  return actors.filter((a) => a.mentions.some((m) => m.text === 'Parliament')).map((a) => ({ id: a.id, country: a.country, sector: a.sector }));
};

describe('"Parliament" and the country in view', () => {
  it("is the parliament of the one country its sentence names", async () => {
    expect(await parliament('Tunisian farmers began a sit-in outside Parliament to demand debt relief.')).toEqual([
      { id: 'new:org:tun-parliament', country: 'TUN', sector: 'LEG' },
    ]);
  });

  it('is the same body at each mention, and reads the country named in an earlier sentence', async () => {
    const found = await parliament('Kenyan lawmakers returned from recess. Parliament passed the budget, and Parliament then adjourned.');
    expect(found).toEqual([{ id: 'new:org:ken-parliament', country: 'KEN', sector: 'LEG' }]);
  });

  it("stays the knowledge base's body when its own country is named, or when several countries are in view", async () => {
    expect(await parliament("Britain's finance minister spoke. Parliament voted on Monday.")).toEqual([
      { id: 'org:uk-parliament', country: 'GBR', sector: 'LEG' },
    ]);
    expect(await parliament('India and Pakistan traded accusations as Parliament met.')).toEqual([
      { id: 'org:uk-parliament', country: 'GBR', sector: 'LEG' },
    ]);
  });
});
