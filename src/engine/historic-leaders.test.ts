/**
 * Heads of state and government of 1975–1999 in the shipped knowledge base: archive copy dated in
 * that period resolves their names to the right person, country and role at the article's date,
 * and today's office-holders keep their surnames in current articles.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Analysis, AnalysisActor } from '../core/analysis/contract.js';
import { readText } from '../core/article/read-text.js';
import { createEngine, type Engine } from './engine.js';

let engine: Engine;
beforeAll(async () => {
  engine = await createEngine({ upTo: 'actors' });
});

/** Analyses `body` as an article with a headline and the dateline `date` ("March 3, 1987"). */
async function analyzeDated(date: string, body: string): Promise<Analysis> {
  return engine.analyzeArticle(readText(`Talks resume\n\n${date}\n\n${body}`));
}

/** The person actor one of whose mentions reads `text`, as id, country and role. */
function personAt(a: Analysis, text: string): Pick<AnalysisActor, 'id' | 'country' | 'role'> | undefined {
  const p = a.actors.find((x) => x.type === 'person' && x.mentions.some((m) => m.text === text));
  return p && { id: p.id, country: p.country, role: p.role };
}

describe('leaders of 1975–1999 in archive copy', () => {
  it('reads the article date and resolves a titled surname to the leader then in office', async () => {
    const a = await analyzeDated('March 3, 1987', 'President Reagan welcomed the visiting delegation on Tuesday. Reagan said the talks were useful.');
    expect(a.meta.published?.slice(0, 10)).toBe('1987-03-03');
    expect(personAt(a, 'President Reagan')).toEqual({ id: 'person:ronald-reagan', country: 'USA', role: 'head of state' });
  });

  it('gives Soviet leaders the Soviet Union (with the office held that day) and British prime ministers Britain', async () => {
    const a = await analyzeDated('May 12, 1988', 'Soviet leader Mikhail Gorbachev met Prime Minister Margaret Thatcher in London. Gorbachev said he was hopeful.');
    // In May 1988 Gorbachev led the party; he became head of state in October 1988.
    expect(personAt(a, 'Gorbachev')).toEqual({ id: 'person:mikhail-gorbachev', country: 'SUN', role: 'party leader' });
    expect(personAt(a, 'Prime Minister Margaret Thatcher')).toEqual({ id: 'person:margaret-thatcher', country: 'GBR', role: 'head of government' });
  });

  it('takes the role valid at the date: Chirac was prime minister in 1987 and president in 1996', async () => {
    const a87 = await analyzeDated('June 2, 1987', 'Jacques Chirac said France would not change its position.');
    expect(personAt(a87, 'Jacques Chirac')).toEqual({ id: 'person:jacques-chirac', country: 'FRA', role: 'head of government' });
    const a96 = await analyzeDated('June 2, 1996', 'Jacques Chirac said France would not change its position.');
    expect(personAt(a96, 'Jacques Chirac')).toEqual({ id: 'person:jacques-chirac', country: 'FRA', role: 'head of state' });
  });

  it('knows leaders of the Middle East, Africa and South Asia, with the spellings of the time', async () => {
    const a = await analyzeDated('June 2, 1994', 'President Nelson Mandela spoke with Prime Minister Yitzhak Rabin and Benazir Bhutto.');
    expect(personAt(a, 'President Nelson Mandela')).toEqual({ id: 'person:nelson-mandela', country: 'ZAF', role: 'head of state' });
    expect(personAt(a, 'Prime Minister Yitzhak Rabin')).toEqual({ id: 'person:yitzhak-rabin', country: 'ISR', role: 'head of government' });
    expect(personAt(a, 'Benazir Bhutto')).toEqual({ id: 'person:benazir-bhutto', country: 'PAK', role: 'head of government' });
    const b = await analyzeDated('April 1, 1986', 'Zia-ul-Haq received Juvenal Habyarimana and Jose Eduardo dos Santos.');
    expect(personAt(b, 'Zia-ul-Haq')).toEqual({ id: 'person:muhammad-zia-ul-haq', country: 'PAK', role: 'head of state' });
    expect(personAt(b, 'Juvenal Habyarimana')).toEqual({ id: 'person:juvenal-habyarimana', country: 'RWA', role: 'head of state' });
    expect(personAt(b, 'Jose Eduardo dos Santos')).toEqual({ id: 'person:jose-eduardo-dos-santos', country: 'AGO', role: 'head of state' });
  });

  it('treats the PLO chairman as the head of state of Palestine before the Palestinian Authority', async () => {
    const a = await analyzeDated('December 14, 1988', 'Yasser Arafat said the organisation accepted the resolutions.');
    expect(personAt(a, 'Yasser Arafat')).toEqual({ id: 'person:yasser-arafat', country: 'PSE', role: 'head of state' });
  });
});

describe('current office-holders in current articles', () => {
  it('keep the surname that a former leader shares with them', async () => {
    const a = await analyzeDated('March 3, 2024', 'Canadian officials met on Monday. Trudeau said the talks would continue.');
    expect(personAt(a, 'Trudeau')?.id).toBe('person:justin-trudeau');
    const b = await analyzeDated('March 3, 2024', 'Officials met in the Philippines on Monday. Marcos said the talks would continue.');
    expect(personAt(b, 'Marcos')?.id).toBe('person:ferdinand-marcos-jr');
  });
});
