/**
 * Students and fundamentalists are actors even when no state is named for them, and take the
 * country of where they are — with the shipped knowledge base.
 */
import { describe, expect, it } from 'vitest';
import { analyzeShippedActors } from './test-support/shipped-actors.js';

// Where a group is: its country, or where a non-state group (the opposition, militants) is based,
// since the contract gives such a group no country of its own (schema 1.2.0).
const groups = async (text: string) => {
  return (await analyzeShippedActors(text)).actors.filter((a) => a.type === 'group').map((a) => [a.name, a.country ?? a.basedIn ?? null, a.sector]);
};

describe('groups named without a state', () => {
  it('makes students a group, of the country they are in', async () => {
    expect(await groups('Thousands of students across Chile marched for free tuition.')).toEqual([['students', 'CHL', 'EDU']]);
  });

  it('makes opposition groups and movements a group of the opposition, of the country they are in', async () => {
    expect(await groups('Opposition groups in Kenya called for a general strike.')).toEqual([['Opposition groups in Kenya', 'KEN', 'OPP']]);
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

describe('a singular collective of armed men', () => {
  it('is a group when indefinite, placed where it is based', async () => {
    expect(await groups('A rebel group seized two villages on Sunday.')).toEqual([['rebel group', null, 'REB']]);
    expect(await groups('A militant group based in Kenya claimed the attack.')).toEqual([['militant group', 'KEN', 'REB']]);
  });

  it('takes in coalitions, alliances and movements of the opposition', async () => {
    expect(await groups('Leaders of the opposition coalition agreed to call off the march in Nairobi.')).toEqual([['opposition coalition', 'KEN', 'OPP']]);
  });

  it('is a group when definite with no such organisation named before it', async () => {
    expect(await groups('Officials banned the largest extremist organization in Kenya on Monday.')).toEqual([['extremist organization in Kenya', 'KEN', 'REB']]);
  });

  it('is no group of its own when its name follows or an organisation of its kind was named before', async () => {
    expect(await groups('The militant group Hamas fired rockets on Monday.')).toEqual([]);
    expect(await groups('Hamas fired rockets on Monday. Israel said the militant group would pay.')).toEqual([]);
  });
});
