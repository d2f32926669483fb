/**
 * Students and fundamentalists are actors even when no state is named for them, and take the
 * country of where they are — with the shipped knowledge base.
 */
import { describe, expect, it } from 'vitest';
import { analyzeShippedActors } from './test-support/shipped-actors.js';

const groups = async (text: string) => {
  return (await analyzeShippedActors(text)).actors.filter((a) => a.type === 'group').map((a) => [a.name, a.country, a.sector]);
};

describe('groups named without a state', () => {
  it('makes students a group, of the country they are in', async () => {
    expect(await groups('Thousands of students across Chile marched for free tuition.')).toEqual([['students', 'CHL', 'EDU']]);
  });

  it('makes opposition groups and movements a group of the opposition, of the country they are in', async () => {
    expect(await groups('Opposition groups in Kenya called for a general strike.')).toEqual([['Opposition groups', 'KEN', 'OPP']]);
    expect(await groups('Two opposition movements boycotted the vote.')).toEqual([['opposition movements', null, 'OPP']]);
  });

  it('makes fundamentalists a group of radicals', async () => {
    expect(await groups('Islamic fundamentalists began a hunger strike on Monday.')).toEqual([['Islamic fundamentalists', null, 'RAD']]);
  });
});

describe('groups named for whom they follow', () => {
  it("takes the country of the person they support", async () => {
    expect(await groups('Hundreds of supporters of President Vladimir Putin rallied in the square.')).toEqual([['supporters', 'RUS', 'CVL']]);
  });
});


describe('peoples of one state', () => {
  it('belong to it, alone or before a group noun', async () => {
    expect(await groups('Uyghurs held a vigil on Monday.')).toEqual([['Uyghurs', 'CHN', 'ETH']]);
    expect(await groups('Yoruba traditional elders demanded a new constitution.')).toEqual([['Yoruba traditional elders', 'NGA', 'CVL']]);
    expect(await groups('Jewish settlers blocked a road near Nablus.')).toEqual([['Jewish settlers', 'ISR', 'CVL']]);
  });
});
