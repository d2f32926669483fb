/**
 * Judges and prosecutors are offices: a title before a name makes a person of the judiciary, with
 * the country of a demonym before it — with the shipped knowledge base.
 */
import { describe, expect, it } from 'vitest';
import { analyzeShippedActors } from './test-support/shipped-actors.js';

const person = async (text: string, name: string) => {
  const a = (await analyzeShippedActors(text)).actors.find((x) => x.name === name);
  return a && { type: a.type, country: a.country, sector: a.sector };
};

describe('judicial titles', () => {
  it('makes a person of a judge named after the title, with the country of the demonym', async () => {
    expect(await person('Peruvian Judge Rosa Quispe ordered the release of the two activists.', 'Rosa Quispe')).toEqual({ type: 'person', country: 'PER', sector: 'JUD' });
    expect(await person('Judge Rosa Quispe ordered the release of the two activists.', 'Rosa Quispe')).toEqual({ type: 'person', country: null, sector: 'JUD' });
  });

  it('gives a prosecutor named in an apposition the office', async () => {
    expect(await person('A Peruvian prosecutor, Rosa Quispe, charged the former minister.', 'Rosa Quispe')).toEqual({ type: 'person', country: 'PER', sector: 'JUD' });
  });

  it('reads a court or prosecutors placed by "in" as the judiciary of that state', async () => {
    const orgs = async (text: string) => (await analyzeShippedActors(text)).actors.filter((a) => a.type === 'org').map((a) => [a.country, a.sector]);
    expect(await orgs('A court in Lima sentenced the former minister.')).toEqual([['PER', 'JUD']]);
    expect(await orgs('Prosecutors in Peru charged the former minister.')).toEqual([['PER', 'JUD']]);
  });
});
