import { describe, expect, it } from 'vitest';
import type { Doc } from '../doc/doc.js';
import { buildDoc } from '../doc/test-support/build-doc.js';
import { createActorResolver } from './actor-resolver.js';
import { analyzeActors, fixtureActorResources } from './test-support/fixture-actors.js';

/** Each mention's text with the entity it resolves to. */
const resolved = (doc: Doc) => doc.mentions.map((m) => [doc.text.slice(m.start, m.end), m.ref]);

describe('standing descriptions: "the country", "the bloc", "the group"', () => {
  it('resolves "the bloc" to the organisation named before, and "it" after its speech verb to the bloc', () => {
    const doc = analyzeActors('The Steppe Cooperation Forum met in Astana to discuss Russia. The regional bloc said it would send observers.', '2023-05-10');
    expect(resolved(doc)).toEqual(
      expect.arrayContaining([
        ['The regional bloc', 'igo:steppe-forum'],
        ['it', 'igo:steppe-forum'],
      ]),
    );
  });

  it('resolves "the country" only when one state is in view', () => {
    const one = analyzeActors('Protests spread across Kazakhstan on Monday. The country\'s leaders called for calm.', '2023-05-10');
    expect(resolved(one)).toContainEqual(["The country", 'state:KAZ']);
    // Russia and Kazakhstan are both in view: which one is meant, the text does not say.
    const two = analyzeActors('Russia sent troops to Kazakhstan on Monday. The country was calm.', '2023-05-10');
    expect(two.mentions.map((m) => two.text.slice(m.start, m.end))).not.toContain('The country');
  });

  it('reads "the government" and "the authorities" as the one state in view, not a local or foreign one', () => {
    const one = analyzeActors('Thousands gathered in Astana on Monday. The authorities said the rally was illegal, and the government blamed the opposition.', '2023-05-10');
    expect(resolved(one)).toEqual(expect.arrayContaining([['The authorities', 'state:KAZ'], ['the government', 'state:KAZ']]));
    const local = analyzeActors('Thousands gathered in Astana on Monday. The regional government and the local authorities said nothing.', '2023-05-10');
    expect(local.mentions.map((m) => local.text.slice(m.start, m.end))).toEqual(['Thousands', 'Astana']);
    const two = analyzeActors('Russia sent troops to Kazakhstan on Monday. The government said talks had failed.', '2023-05-10');
    expect(two.mentions.map((m) => two.text.slice(m.start, m.end))).not.toContain('The government');
  });

  it('reads "the military" as the one state in view, not a foreign one', () => {
    const one = analyzeActors('Thousands gathered in Astana on Monday. The president was detained by the military.', '2023-05-10');
    expect(resolved(one)).toContainEqual(['the military', 'state:KAZ']);
    const foreign = analyzeActors('Thousands gathered in Astana on Monday. The foreign military left.', '2023-05-10');
    expect(foreign.mentions.map((m) => foreign.text.slice(m.start, m.end))).not.toContain('The foreign military');
  });

  it('gives a state body named without its state the one state in view ("Police")', () => {
    const doc = analyzeActors('Thousands gathered in Astana on Monday. Police fired on them.', '2023-05-10');
    expect(doc.actors.find((a) => a.name === 'Police')?.country).toBe('KAZ');
    const two = analyzeActors('Russia sent troops to Kazakhstan on Monday. Police fired on them.', '2023-05-10');
    expect(two.actors.find((a) => a.name === 'Police')?.country).toBeNull();
  });

  it('does not read "the group of" or a capitalised name as a description', () => {
    const doc = analyzeActors('The Border Service spoke on Monday. The group of observers left, and the Country Party met.', '2023-05-10');
    expect(doc.mentions.map((m) => doc.text.slice(m.start, m.end))).toEqual(['Border Service']);
  });
});

describe('pronouns after a reporting verb', () => {
  it('gives "it" to the body that says it, not to the last state named', () => {
    const doc = analyzeActors('China told Kazakhstan it would open the border.', '2023-05-10');
    expect(resolved(doc)).toContainEqual(['it', 'state:CHN']);
  });

  it('keeps the nearest body when the pronoun follows no reporting verb', () => {
    const doc = analyzeActors('China met Kazakhstan, and its president spoke.', '2023-05-10');
    expect(resolved(doc)).toContainEqual(['its', 'state:KAZ']);
  });
});

describe('"they" after a body named through its members', () => {
  it('resolves "they" to the body whose leaders or ministers were named', () => {
    for (const text of ['SCF leaders met in Astana on Monday. They called for calm.', 'Foreign ministers of the Steppe Cooperation Forum met on Monday. They called for calm.']) {
      const doc = analyzeActors(text, '2023-05-10');
      expect(resolved(doc)).toContainEqual(['They', 'igo:steppe-forum']);
    }
  });

  it('leaves "they" alone after a body named by itself', () => {
    const doc = analyzeActors('The Steppe Cooperation Forum met in Astana on Monday. They called for calm.', '2023-05-10');
    expect(doc.mentions.map((m) => doc.text.slice(m.start, m.end))).not.toContain('They');
  });
});

describe('an office with no country said', () => {
  it('belongs to the one state in view', () => {
    const doc = analyzeActors('Protests spread across Kazakhstan on Monday. Foreign Minister Marat Ali said the police acted lawfully.', '2023-05-10');
    expect(doc.actors.find((a) => a.name === 'Marat Ali')).toMatchObject({ type: 'person', country: 'KAZ' });
  });

  it('stays without a country when two states are in view', () => {
    const doc = analyzeActors('Russia and Kazakhstan traded accusations on Monday. Foreign Minister Marat Ali said the claims were false.', '2023-05-10');
    expect(doc.actors.find((a) => a.name === 'Marat Ali')?.country ?? null).toBeNull();
  });
});

describe('known people and state bodies stay out of these rules', () => {
  it('keeps the country of an office-holder the knowledge base knows, whatever state is in view', () => {
    const doc = analyzeActors('Before leaving for Beijing on Monday, President Volkov spoke.', '2023-05-10');
    expect(doc.actors.find((a) => a.type === 'person')).toMatchObject({ id: 'person:arkady-volkov', country: 'RUS' });
  });

  it('does not read "the group" as a state body named just before', () => {
    const doc = analyzeActors('The Border Service said the militant group attacked a post on Monday.', '2023-05-10');
    expect(doc.mentions.map((m) => doc.text.slice(m.start, m.end))).toEqual(['Border Service']);
  });
});

describe('"the two countries" with three states in view', () => {
  it('is the pair the text joined by "and"', () => {
    const doc = analyzeActors('China brokered a deal between Russia and Kazakhstan on Monday. Beijing praised the two countries.', '2023-05-10');
    const pair = doc.mentions.find((m) => doc.text.slice(m.start, m.end) === 'the two countries');
    expect(pair?.refs).toEqual(['state:RUS', 'state:KAZ']);
  });

  it('takes no pair from the end of a longer list, for "the two countries" or "their"', () => {
    const doc = analyzeActors('China, Russia and Kazakhstan met on Monday. The United States praised the two countries and their talks.', '2023-05-10');
    expect(doc.mentions.map((m) => doc.text.slice(m.start, m.end))).not.toContain('the two countries');
    expect(doc.mentions.map((m) => doc.text.slice(m.start, m.end))).not.toContain('their');
  });

  it('stays unresolved when the one acting on them belongs to the only pair that met ("China met Russia … Beijing praised the two countries")', () => {
    const doc = buildDoc(`
      1 China PROPN 2 nsubj
      2 met VERB 0 root meet
      3 Russia PROPN 2 obj
      4 on ADP 5 case
      5 Monday PROPN 2 obl
      6 . PUNCT 2 punct

      1 Kazakhstan PROPN 2 nsubj
      2 watched VERB 0 root watch
      3 . PUNCT 2 punct

      1 Beijing PROPN 2 nsubj
      2 praised VERB 0 root praise
      3 the DET 5 det
      4 two NUM 5 nummod
      5 countries NOUN 2 obj country
      6 . PUNCT 2 punct`);
    createActorResolver(fixtureActorResources()).run(doc);
    expect(doc.mentions.map((m) => doc.text.slice(m.start, m.end))).toContain('Beijing');
    expect(doc.mentions.map((m) => doc.text.slice(m.start, m.end))).not.toContain('the two countries');
  });
});

describe('"the two countries" far from where both were named', () => {
  it('is the only two states the article has named', () => {
    const doc = analyzeActors(
      'Kazakh troops fired on Monday. Russia denied it. The shelling lasted an hour. Villages were hit. Roads were closed. The line between the two countries is calm now.',
      '2023-05-10',
    );
    const pair = doc.mentions.find((m) => doc.text.slice(m.start, m.end) === 'the two countries');
    expect([...(pair?.refs ?? [])].sort()).toEqual(['state:KAZ', 'state:RUS']);
  });
});


describe('"it" after a reporting verb and its addressee', () => {
  it('is the one who reports, not the one told ("notified Russia that it would …")', () => {
    const doc = analyzeActors('Kazakhstan notified Russia that it would close the border.', '2023-05-10');
    expect(doc.mentions.filter((m) => doc.text.slice(m.start, m.end) === 'it').map((m) => m.ref)).toEqual(['state:KAZ']);
  });
});

describe('an unknown office-holder placed by the politics named after', () => {
  const countryOf = (text: string) => analyzeActors(text, '2023-05-10').actors.find((a) => a.type === 'person')?.country ?? null;

  it('holds office in the state whose rebels or parties the sentence names ("conceded to demands from UNITA")', () => {
    expect(countryOf('President Jon Marek conceded to demands from the Steppe Liberation Front.')).toBe('KAZ');
  });

  it('is not placed by an organisation outside politics (a newspaper)', () => {
    expect(countryOf('President Jon Marek gave an interview to Tengri Daily.')).toBeNull();
  });
});
