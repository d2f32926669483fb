import { describe, expect, it } from 'vitest';
import { analyzeActors } from './test-support/fixture-actors.js';

const orgs = (text: string, date: string | null) =>
  analyzeActors(text, date).actors.filter((a) => a.type === 'org').map((a) => [a.name, a.country, a.sector]);

describe('governments named by their leader', () => {
  it('is the government of the leader\'s state, by surname, full name or possessive', () => {
    expect(orgs('On Monday the Serik administration closed the border.', '2023-05-10')).toEqual([['Serik administration', 'KAZ', 'GOV']]);
    expect(orgs('The Li Wenming government and Sokol\'s cabinet disagreed.', '2023-05-10')).toEqual([
      ['Li Wenming government', 'CHN', 'GOV'],
      ['Sokol cabinet', 'RUS', 'GOV'],
    ]);
  });

  it('reads the government a titled person\'s possessive names ("President X\'s administration")', () => {
    expect(orgs('On Monday, President Aidos Serik\'s administration closed the border.', '2023-05-10')).toEqual([['Aidos Serik administration', 'KAZ', 'GOV']]);
  });

  it('keeps the government but not a guessed state when the name is unknown', () => {
    expect(orgs('On Monday the Jansen administration closed the border.', '2023-05-10')).toEqual([['Jansen administration', null, 'GOV']]);
  });

  it('undated, takes the country every leader of that surname led ("the Bush administration")', () => {
    expect(orgs('The Orlov government closed the border.', null)).toEqual([['Orlov government', 'RUS', 'GOV']]);
  });

  it('takes the country of a state owning the phrase, whose name may be a party\'s ("Kazakhstan\'s Jansen government")', () => {
    expect(orgs('On Monday Kazakhstan\'s Jansen government closed the border.', '2023-05-10')).toEqual([['Jansen government', 'KAZ', 'GOV']]);
  });

  it('still names the leader, inside the government\'s mention', () => {
    const doc = analyzeActors('On Monday the Serik administration closed the border.', '2023-05-10');
    expect(doc.actors.filter((a) => a.type === 'person').map((a) => [a.name, a.mentions.map((m) => m.text)])).toEqual([['Aidos Serik', ['Serik']]]);
  });
});
