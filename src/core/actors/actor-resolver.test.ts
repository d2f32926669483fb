import { describe, expect, it } from 'vitest';
import type { Doc } from '../doc/doc.js';
import { emptyMeta } from '../article/article.js';
import { OffsetMap } from '../article/offset-map.js';
import { Pipeline } from '../pipeline/pipeline.js';
import { createTokenizer } from '../text/tokenizer-component.js';
import { createActorResolver } from './actor-resolver.js';
import { analyzeActors, fixtureActorResources } from './test-support/fixture-actors.js';

const actor = (doc: Doc, id: string) => doc.actors.find((a) => a.id === id);
const mentionsOf = (doc: Doc, id: string) => actor(doc, id)?.mentions.map((m) => m.text) ?? [];

describe('actor component: states, metonyms and demonyms', () => {
  const doc = analyzeActors(
    'Kazakh President Aidos Serik met Chinese President Li Wenming in Astana on Wednesday. Beijing said the talks went well, while the Kremlin declined to comment. Moscow sent its envoy.',
    '2023-05-10',
  );

  it('reads a capital or seat of government used as an actor as the state (Beijing, the Kremlin, Moscow)', () => {
    expect(mentionsOf(doc, 'state:CHN')).toEqual(expect.arrayContaining(['Beijing']));
    expect(mentionsOf(doc, 'state:RUS')).toEqual(expect.arrayContaining(['Kremlin', 'Moscow']));
    expect(doc.actors.find((a) => a.id === 'state:RUS')?.mentions.find((m) => m.text === 'Kremlin')?.via).toBe('metonym');
  });

  it('reads a capital after a locative preposition as a place, not an actor', () => {
    expect(doc.places.map((p) => [p.name, p.country])).toEqual([['Astana', 'KAZ']]);
    expect(mentionsOf(doc, 'state:KAZ')).not.toContain('Astana');
  });

  it('takes the country from a demonym before a title and mentions the state it names', () => {
    expect(actor(doc, 'person:aidos-serik')).toMatchObject({ type: 'person', country: 'KAZ', role: 'head of state', cameo: 'KAZGOV' });
    expect(mentionsOf(doc, 'person:aidos-serik')).toEqual(['Kazakh President Aidos Serik']);
    expect(mentionsOf(doc, 'state:KAZ')).toEqual(['Kazakh']);
  });

  it('resolves "its" to the nearest state', () => {
    const its = doc.mentions.find((m) => doc.text.slice(m.start, m.end) === 'its');
    expect(its?.ref).toBe('state:RUS');
  });
});

describe('actor component: coreference', () => {
  const doc = analyzeActors(
    [
      'Chinese President Li Wenming met Russian President Arkady Volkov in Astana.',
      'The Chinese leader praised the talks. Volkov said he was pleased, and Li thanked him.',
      'The two leaders signed a statement. The Kazakh president did not attend.',
    ].join('\n\n'),
    '2023-05-10',
  );

  it('links surnames and family names to the full name met before', () => {
    expect(mentionsOf(doc, 'person:arkady-volkov')).toEqual(expect.arrayContaining(['Volkov']));
    expect(mentionsOf(doc, 'person:li-wenming')).toEqual(expect.arrayContaining(['Li']));
  });

  it('links a description to the person of that country and role', () => {
    expect(mentionsOf(doc, 'person:li-wenming')).toEqual(expect.arrayContaining(['Chinese leader']));
  });

  it('links "he" to the nearest person before it', () => {
    const he = doc.mentions.find((m) => doc.text.slice(m.start, m.end) === 'he');
    expect(he?.ref).toBe('person:arkady-volkov');
  });

  it('links "the two leaders" to both', () => {
    const both = doc.mentions.find((m) => doc.text.slice(m.start, m.end) === 'two leaders');
    expect([...(both?.refs ?? [])].sort()).toEqual(['person:arkady-volkov', 'person:li-wenming']);
  });

  it('ends a title at "to <state>" unless the office serves abroad ("the Kazakh president to Russia" is a visit)', () => {
    const visit = analyzeActors('On Monday the visit by the Kazakh president to Russia ended.', '2023-05-10');
    expect(visit.mentions.map((m) => visit.text.slice(m.start, m.end))).toEqual(['Kazakh', 'Kazakh president', 'Russia']);
  });

  it('links "the two ministers" to two foreign ministers', () => {
    const ministers = analyzeActors('Foreign Minister Pavel Sokol met Foreign Minister Dina Omar in Astana. The two ministers agreed to meet again.', '2023-05-10');
    const both = ministers.mentions.find((m) => ministers.text.slice(m.start, m.end) === 'two ministers');
    expect([...(both?.refs ?? [])].sort()).toEqual(['person:dina-omar', 'person:pavel-sokol']);
  });

  it('finds the office-holder of the day for a description of someone never named', () => {
    expect(mentionsOf(doc, 'person:aidos-serik')).toEqual(['Kazakh president']);
  });
});

describe('actor component: an indefinite description', () => {
  it('brings in someone new, neither a person named before nor the office-holder ("a Russian diplomat")', () => {
    const doc = analyzeActors('Russian Foreign Minister Pavel Sokol met Dina Omar in Astana. A Russian diplomat was later detained.', '2023-05-10');
    expect(mentionsOf(doc, 'person:pavel-sokol')).toEqual(['Russian Foreign Minister Pavel Sokol']);
    // The definite description still refers back.
    const later = analyzeActors('Russian Foreign Minister Pavel Sokol met Dina Omar in Astana. The Russian diplomat was later detained.', '2023-05-10');
    expect(mentionsOf(later, 'person:pavel-sokol')).toEqual(['Russian Foreign Minister Pavel Sokol', 'Russian diplomat']);
  });
});

describe('actor component: roles valid at the article date', () => {
  it('gives the role held on the publication date', () => {
    const text = 'Arkady Volkov visited Astana.';
    expect(actor(analyzeActors(text, '2010-06-01'), 'person:arkady-volkov')?.role).toBe('head of government');
    expect(actor(analyzeActors(text, '2022-06-01'), 'person:arkady-volkov')?.role).toBe('head of state');
  });

  it('takes role and country from the text for a person the knowledge base does not know', () => {
    const doc = analyzeActors('Kazakh Foreign Minister Bolat Nurlan arrived in Karaganda.', '2023-05-10');
    const bolat = doc.actors.find((a) => a.name === 'Bolat Nurlan');
    expect(bolat).toMatchObject({ type: 'person', country: 'KAZ', role: 'foreign minister', id: 'new:person:bolat-nurlan' });
  });
});

describe('actor component: unknown people, organisations and groups', () => {
  const doc = analyzeActors(
    '"The talks matter," said Marta Lindqvist, a senior fellow at the Nordic Policy Institute. Lindqvist added that Central Asian nations were watching. Russian troops stayed home, and protesters gathered. Tengri Daily reported the news, and the Steppe Cooperation Forum welcomed it.',
    '2023-05-10',
  );

  it('finds a person from an apposition, with role and affiliation', () => {
    const marta = doc.actors.find((a) => a.name === 'Marta Lindqvist');
    expect(marta).toMatchObject({ type: 'person', role: 'senior fellow', affiliation: 'Nordic Policy Institute' });
    expect(marta?.mentions.map((m) => m.text)).toEqual(['Marta Lindqvist', 'Lindqvist']);
  });

  it('names organisations by their head noun and groups by demonym or region', () => {
    expect(doc.actors.find((a) => a.name === 'Nordic Policy Institute')).toMatchObject({ type: 'org', sector: 'EDU' });
    expect(doc.actors.find((a) => a.name === 'Central Asian nations')?.type).toBe('group');
    expect(doc.actors.find((a) => a.name === 'Russian troops')).toMatchObject({ type: 'group', country: 'RUS', sector: 'MIL' });
    expect(doc.actors.find((a) => a.name === 'protesters')?.type).toBe('group');
  });

  it('resolves organisations and IGOs from the knowledge base', () => {
    expect(actor(doc, 'org:tengri-news')).toMatchObject({ type: 'org', country: 'KAZ', cameo: 'KAZMED' });
    expect(actor(doc, 'igo:steppe-forum')).toMatchObject({ type: 'igo', cameo: 'IGOASI' });
  });
});

describe('actor component: names joined by hyphens', () => {
  it('finds both states in "Russia-China" and none in "Soviet-era"', () => {
    const doc = analyzeActors('The Russia-China partnership has Kazakh-era roots.', '2023-05-10');
    expect(mentionsOf(doc, 'state:RUS')).toEqual(['Russia']);
    expect(mentionsOf(doc, 'state:CHN')).toEqual(['China']);
    expect(actor(doc, 'state:KAZ')).toBeUndefined();
  });
});

describe('actor component: offices without names, and names holding other names', () => {
  const doc = analyzeActors(
    'The Kazakh foreign minister told reporters the talks were useful. His Russian counterpart agreed. The Ministry of Foreign Affairs published a note.',
    '2023-05-10',
  );

  it('resolves a lower-case office to its holder on the day, and "his counterpart" to the same office abroad', () => {
    expect(mentionsOf(doc, 'person:dina-omar')).toEqual(['Kazakh foreign minister']);
    expect(mentionsOf(doc, 'person:pavel-sokol')).toEqual(['Russian counterpart']);
    expect(doc.actors.some((a) => a.name.includes('reporters'))).toBe(false);
  });

  it('reads an office\'s portfolio as no organisation ("Minister for Foreign Affairs" is not the magazine)', () => {
    const doc = analyzeActors('On Monday, Dina Omar, Minister for Foreign Affairs of Kazakhstan, met Pavel Sokol. Foreign Affairs ran a story.', '2023-05-10');
    expect(mentionsOf(doc, 'org:foreign-affairs-review')).toEqual(['Foreign Affairs']);
    expect(doc.mentions.find((m) => m.ref === 'org:foreign-affairs-review')?.start).toBe(doc.text.lastIndexOf('Foreign Affairs'));
  });

  it('keeps a known name inside a longer organisation name ("Ministry of Foreign Affairs")', () => {
    expect(doc.actors.find((a) => a.name === 'Ministry of Foreign Affairs')?.type).toBe('org');
    expect(actor(doc, 'org:foreign-affairs-review')).toBeUndefined();
  });
});

describe('actor component: states evoked by demonyms', () => {
  const doc = analyzeActors(
    'Kazakh and Russian officials met in Astana. Moscow rejected a Chinese proposal. Thousands of Kazakhs gathered. The Soviet-era pact was mentioned.',
    '2023-05-10',
  );

  it('gives coordinated demonyms one group each, both referred to by the mention', () => {
    const m = doc.mentions.find((x) => doc.text.slice(x.start, x.end) === 'Kazakh and Russian officials');
    expect(m?.refs).toEqual(['new:group:kazakh-officials', 'new:group:russian-officials']);
    expect(doc.actors.find((a) => a.id === 'new:group:kazakh-officials')?.country).toBe('KAZ');
    expect(doc.actors.find((a) => a.id === 'new:group:russian-officials')?.country).toBe('RUS');
  });

  it('reads a demonym before a noun as a mention of its state, and a people demonym as a group', () => {
    expect(mentionsOf(doc, 'state:CHN')).toEqual(['Chinese']);
    expect(doc.actors.find((a) => a.name === 'Kazakhs')).toMatchObject({ type: 'group', country: 'KAZ' });
  });
});

describe('actor component: one instance, several vocabularies', () => {
  it('gives the same answer for Docs of pipelines that do not share a vocabulary', () => {
    const component = createActorResolver(fixtureActorResources());
    const run = (text: string) => {
      const article = { text, meta: { ...emptyMeta(), published: '2023-05-10' }, blocks: [{ start: 0, end: text.length, kind: 'paragraph' as const }], offsets: OffsetMap.identity(text.length), sourceKind: 'text' as const };
      return new Pipeline([createTokenizer(), component]).run(article);
    };
    // The second pipeline's vocabulary numbers the same words differently.
    const first = run('Tengri Daily reported that Arkady Volkov visited Astana.');
    const second = run('Astana welcomed Arkady Volkov, Tengri Daily reported.');
    expect(first.actors.map((a) => a.id).sort()).toEqual(['org:tengri-news', 'person:arkady-volkov', 'state:KAZ']);
    expect(second.actors.map((a) => a.id).sort()).toEqual(['org:tengri-news', 'person:arkady-volkov', 'state:KAZ']);
  });
});

describe('actor component: plural pronouns', () => {
  it('resolves "they" to two actors joined by "and"', () => {
    const doc = analyzeActors('Kazakhstan and China signed a deal. They will meet again in Astana.', '2023-05-10');
    const they = doc.mentions.find((m) => doc.text.slice(m.start, m.end) === 'They');
    expect([...(they?.refs ?? [])].sort()).toEqual(['state:CHN', 'state:KAZ']);
  });
});

describe('actor component: a country named in an apposition', () => {
  it('takes the country from "of <state>" in the role, never from "to <state>"', () => {
    const doc = analyzeActors(
      'The deal was signed by Aidan Morrow, Secretary of National Defense of Kazakhstan, and by Lena Vogt, ambassador to China, on Monday.',
      '2023-05-10',
    );
    expect(doc.actors.find((a) => a.name === 'Aidan Morrow')).toMatchObject({ type: 'person', country: 'KAZ' });
    expect(doc.actors.find((a) => a.name === 'Lena Vogt')?.country ?? null).toBeNull();
  });

  it('reads the state inside a longer name in the role ("… of the Republic of Kazakhstan") but not a demonym', () => {
    const doc = analyzeActors(
      'On Monday, Aidan Morrow, Secretary of National Defense of the Republic of Kazakhstan, met Lena Vogt, a professor of Kazakh history at Steppe University.',
      '2023-05-10',
    );
    expect(doc.actors.find((a) => a.name === 'Aidan Morrow')?.country).toBe('KAZ');
    expect(doc.actors.find((a) => a.name === 'Lena Vogt')?.country ?? null).toBeNull();
  });
});

describe('actor component: offices described, not named', () => {
  it('resolves an office to its holder on the article date wherever the holder is', () => {
    const doc = analyzeActors('The Kazakh president in Beijing thanked his hosts. The Kazakh president at Ak Orda later met reporters.', '2023-05-10');
    const refs = doc.mentions.filter((m) => /president/.test(doc.text.slice(m.start, m.end))).map((m) => m.ref);
    expect(refs).toEqual(['person:aidos-serik', 'person:aidos-serik']);
  });

  it('links a description to the name apposed to it across courtesy titles', () => {
    // Undated, so only the apposition can tell who "the Kazakh president" is.
    const doc = analyzeActors('The Kazakh president, H.E. Mr. Aidos Serik, opened the session.', null);
    const office = doc.mentions.find((m) => doc.text.slice(m.start, m.end).endsWith('president'));
    expect(office?.ref).toBe('person:aidos-serik');
  });
});

describe('actor component: an apposition closed by a relative clause', () => {
  it('finds the person before "a <role> whom …" and "a <role> whose …"', () => {
    const doc = analyzeActors('Police said on Monday that Ilya Marten, a citizen whom Kazakhstan had sought for years, was arrested. Officers named Oskar Lind, an analyst whose reports were cited.', '2023-05-10');
    expect(doc.actors.find((a) => a.name === 'Ilya Marten')?.type).toBe('person');
    expect(doc.actors.find((a) => a.name === 'Oskar Lind')?.type).toBe('person');
  });
});

describe('actor component: an organisation head that is also an agent word', () => {
  it('closes a name with it ("Steppe Policy Institute", "Grand National Assembly")', () => {
    const res = fixtureActorResources();
    const doc = analyzeActors('On Monday, Lena Vogt, a fellow at the Steppe Policy Institute, said the Grand National Assembly would vote.', '2023-05-10', res);
    expect(doc.actors.find((a) => a.name === 'Steppe Policy Institute')?.type).toBe('org');
    expect(doc.actors.find((a) => a.name === 'Grand National Assembly')?.type).toBe('org');
  });
});

describe('actor component: a national body named for another country', () => {
  it('reads "China\'s Border Service" as China\'s body, not the Kazakh one the knowledge base knows', () => {
    const doc = analyzeActors('On Monday, China\'s Border Service closed the crossing, and the Border Service of Kazakhstan protested.', '2023-05-10');
    expect(doc.actors.find((a) => a.name === "China's Border Service")).toMatchObject({ type: 'org', country: 'CHN' });
    expect(actor(doc, 'org:kaz-border-service')?.mentions.length).toBe(1);
  });
});

describe('actor component: a body word opening an organisation of a state', () => {
  it('reads "the Assembly of the Republic of Kazakhstan" as one organisation of that state', () => {
    const doc = analyzeActors('On Monday, the Assembly of the Republic of Kazakhstan met in Astana.', '2023-05-10');
    expect(doc.actors.find((a) => a.type === 'org')).toMatchObject({ name: 'Assembly of the Republic of Kazakhstan', country: 'KAZ', sector: 'LEG' });
  });
});

describe('actor component: surnames alone, years later', () => {
  it('takes a former leader named by surname alone, the only one of that name', () => {
    const doc = analyzeActors('On Monday, Bekov said that the treaty still held.', '2023-05-10');
    expect(doc.actors.find((a) => a.type === 'person')?.id).toBe('person:nurlan-bekov');
  });

  it('never reads a regnal number as a surname ("Nurlan II" is not "II")', () => {
    const doc = analyzeActors('On Monday, the minister wrote on II that talks went well.', '2023-05-10');
    expect(doc.actors.some((a) => a.id === 'person:nurlan-bekov')).toBe(false);
  });

  it('gives "Prime Minister Orlov" his country when both namesakes led it', () => {
    const doc = analyzeActors('On Monday, former Prime Minister Orlov spoke.', '2023-05-10');
    expect(doc.actors.find((a) => a.type === 'person')).toMatchObject({ country: 'RUS' });
  });

  it('reads the country of a title from "of <state>" after the name and keeps a namesake of another country out', () => {
    const doc = analyzeActors('On Monday, King Hakim of Russia met the envoy.', '2023-05-10');
    const king = doc.actors.find((a) => a.type === 'person');
    expect(king?.id).not.toBe('person:sara-hakim');
    expect(king?.country).toBe('RUS');
  });
});

describe('actor component: places named after a state', () => {
  it('reads "the Gulf of Kazakhstan" as the sea, not as Kazakhstan', () => {
    const doc = analyzeActors('On Monday, Russia sent two ships into the Gulf of Kazakhstan.', '2023-05-10');
    expect(doc.places.map((p) => p.name)).toEqual(['Gulf of Kazakhstan']);
    expect(actor(doc, 'state:KAZ')).toBeUndefined();
    expect(actor(doc, 'state:RUS')?.mentions.length).toBe(1);
  });
});

describe('actor component: a place opening a longer name', () => {
  it('keeps "Gulf of Kazakhstan Research Institute" one organisation', () => {
    const doc = analyzeActors('On Monday, Lena Vogt, a fellow at the Gulf of Kazakhstan Research Institute, spoke.', '2023-05-10');
    expect(doc.actors.find((a) => a.type === 'org')?.name).toBe('Gulf of Kazakhstan Research Institute');
    expect(doc.places).toEqual([]);
  });
});

describe('actor component: modifiers of a state or a title', () => {
  it('reads "SCF-member Kazakhstan" as Kazakhstan alone', () => {
    const doc = analyzeActors('On Monday, SCF-member Kazakhstan offered to host the talks.', '2023-05-10');
    expect(doc.actors.map((a) => a.id)).toEqual(['state:KAZ']);
  });

  it('keeps a title chain across a word of tenure ("Kazakhstan\'s new President …")', () => {
    const doc = analyzeActors("On Monday, Kazakhstan's new President Berik Sadykov met reporters.", '2023-05-10');
    expect(doc.actors.find((a) => a.type === 'person')).toMatchObject({ name: 'Berik Sadykov', country: 'KAZ', role: 'head of state' });
  });
});

describe('actor component: two parties described together', () => {
  it('resolves "the two countries" and "the two sides" to the last two named', () => {
    const doc = analyzeActors('Kazakhstan and Russia met on Monday. The two countries agreed to talk. Later the two sides met again.', '2023-05-10');
    const pair = doc.mentions.filter((m) => /two/.test(doc.text.slice(m.start, m.end)));
    expect(pair.map((m) => [doc.text.slice(m.start, m.end), m.refs])).toEqual([
      ['The two countries', ['state:KAZ', 'state:RUS']],
      ['the two sides', ['state:KAZ', 'state:RUS']],
    ]);
  });

  it('reads "both governments" as the article\'s two main parties when a third state was named nearby', () => {
    const text =
      'Kazakhstan and Russia traded accusations over the pipeline. Kazakhstan said the Russian fees broke the treaty. ' +
      'Russia replied that Kazakhstan had delayed payments. Kazakhstan denied it. Russia threatened to cut supplies. ' +
      'Meanwhile China offered credit to Kazakhstan, and Russia rejected the offer. Turkey urged both governments to talk.';
    const doc = analyzeActors(text, '2023-05-10');
    const pair = doc.mentions.find((m) => doc.text.slice(m.start, m.end) === 'both governments');
    expect(pair?.refs).toEqual(['state:KAZ', 'state:RUS']);
  });

  it('leaves "both governments" unresolved when no two parties stand out', () => {
    const doc = analyzeActors('Kazakhstan met Russia. China met Turkey. Then India spoke. Iran urged both governments to talk.', '2023-05-10');
    expect(doc.mentions.some((m) => doc.text.slice(m.start, m.end) === 'both governments')).toBe(false);
  });

  it('leaves "the two sides of the river" alone when fewer than two parties were named', () => {
    const doc = analyzeActors('On Monday the two sides of the river flooded.', '2023-05-10');
    expect(doc.mentions).toEqual([]);
  });
});

describe('actor component: offices of an international organisation', () => {
  it('gives its office-holder no state but the organisation they act for, valid at the date', () => {
    const now = analyzeActors('SCF Secretary-General Bolat Temir visited Astana on Monday.', '2023-05-10');
    const temir = now.actors.find((a) => a.id === 'person:bolat-temir');
    expect([temir?.country, temir?.sector, temir?.cameo, temir?.actsFor?.id]).toEqual([null, 'IGO', 'IGOASI', 'igo:steppe-forum']);
    // Before, as his state's foreign minister, he acted for it.
    const then = analyzeActors('Foreign Minister Bolat Temir visited Moscow on Monday.', '2008-05-10');
    const minister = then.actors.find((a) => a.id === 'person:bolat-temir');
    expect([minister?.country, minister?.actsFor ?? null]).toEqual(['KAZ', null]);
  });

  it('reads the organisation of an office named in the title or the apposition of someone unknown', () => {
    const doc = analyzeActors(
      'SCF envoy Lena Kim met Aidos Serik. Later, Omar Bek, the ambassador of the Steppe Cooperation Forum, arrived. Then Aliya Nur, the secretary of the SCF Youth Council, spoke.',
      '2023-05-10',
    );
    const acting = doc.actors.filter((a) => a.actsFor).map((a) => [a.name, a.country, a.actsFor?.id]);
    expect(acting).toEqual([
      ['Lena Kim', null, 'igo:steppe-forum'],
      ['Omar Bek', null, 'igo:steppe-forum'],
      ['Aliya Nur', null, 'igo:steppe-forum'],
    ]);
  });
});

describe('actor component: a surname alone in an undated text', () => {
  it('is the known person only when the text names their country', () => {
    const home = analyzeActors('In Russia, Volkov spoke on Monday.', null);
    expect(mentionsOf(home, 'person:arkady-volkov')).toEqual(['Volkov']);
    const abroad = analyzeActors('At the county fair, Volkov won on Monday.', null);
    expect(abroad.actors.map((a) => a.id)).not.toContain('person:arkady-volkov');
  });
});

describe('actor component: what an office says of the country', () => {
  it('has someone speaking for a body that is no state\'s act for that body ("Tengri Daily spokesman X", "the paper\'s spokesman, X")', () => {
    const doc = analyzeActors('On Monday, Tengri Daily spokesman Arman Ali denied the report. Tengri Daily has a new owner. Its spokesman, Dana Bek, said so.', '2023-05-10');
    const acting = doc.actors.filter((a) => a.actsFor).map((a) => [a.name, a.country, a.actsFor?.id]);
    expect(acting).toEqual([
      ['Arman Ali', null, 'org:tengri-news'],
      ['Dana Bek', null, 'org:tengri-news'],
    ]);
  });

  it('has the commander of a non-state armed group the knowledge base knows act for the group, not the state', () => {
    const doc = analyzeActors('Ruslan Dzhaksy rejected the ceasefire on Monday.', '2023-05-10');
    const chief = doc.actors.find((a) => a.id === 'person:ruslan-dzhaksy');
    expect([chief?.country ?? null, chief?.actsFor?.id ?? null, chief?.cameo]).toEqual([null, 'org:steppe-front', 'KAZREB']);
  });

  it('reads an office owned by a possessive with the holder apposed ("the group\'s military spokesman, X")', () => {
    const doc = analyzeActors('On Monday the Steppe Front claimed the attack. "We will go on," the group\'s military spokesman, Arman Ali, said.', '2023-05-10');
    const ali = doc.actors.find((a) => a.name === 'Arman Ali');
    expect([ali?.country ?? null, ali?.actsFor?.id ?? null]).toEqual([null, 'org:steppe-front']);
    // Without a name apposed, the office names nobody: no person, no description resolved to one.
    const bare = analyzeActors('On Monday the Steppe Front claimed the attack. The group\'s military spokesman said so.', '2023-05-10');
    expect(bare.actors.filter((a) => a.type === 'person')).toEqual([]);
  });

  it('starts a new name at an abbreviated title ("Tengiz Mr. Arman Ali", as "Vermont Sen. Bernie Sanders")', () => {
    const doc = analyzeActors('On Monday, Tengiz Mr. Arman Ali praised the deal.', '2023-05-10');
    expect(doc.actors.filter((a) => a.type === 'person').map((a) => a.name)).toEqual(['Arman Ali']);
  });

  it('reads a region of a state before an office as the office\'s state ("Texas Gov. Greg Abbott")', () => {
    const doc = analyzeActors('On Monday, Mangystau Mr. Arman Ali praised the deal. The Mangystau minister Dana Bek agreed.', '2023-05-10');
    expect(doc.actors.filter((a) => a.type === 'person').map((a) => [a.name, a.country])).toEqual([['Arman Ali', 'KAZ'], ['Dana Bek', 'KAZ']]);
    expect(doc.places.map((p) => p.name)).toContain('Mangystau');
  });

  it('reads a full name before "of <organisation>" as a person and their employer, not one organisation', () => {
    const doc = analyzeActors('On Monday, Arman Ali of Tengri Daily reported it, and Dana Bek of the Steppe Policy Institute agreed.', '2023-05-10');
    expect(doc.actors.map((a) => [a.name, a.type])).toEqual([
      ['Arman Ali', 'person'],
      ['Tengri Daily', 'org'],
      ['Dana Bek', 'person'],
      ['Steppe Policy Institute', 'org'],
    ]);
    // An organisation's own name keeps its "of": "Steppe Institute of Energy Research".
    const body = analyzeActors('On Monday, the Steppe Institute of Energy Research objected.', '2023-05-10');
    expect(body.actors.map((a) => a.name)).toEqual(['Steppe Institute of Energy Research']);
  });

  it('keeps the officer of a state body acting for the state ("Border Service spokesman X")', () => {
    const doc = analyzeActors('On Monday, Border Service spokesman Arman Ali denied the report.', '2023-05-10');
    expect(doc.actors.find((a) => a.name === 'Arman Ali')?.actsFor ?? null).toBeNull();
  });

  it('reads a state named before an expert role as the subject, not the country ("a Russia analyst")', () => {
    const doc = analyzeActors('On Monday, Mira Sol, a Russia analyst at the Steppe Policy Institute, said the talks failed.', '2023-05-10');
    expect(doc.actors.find((a) => a.name === 'Mira Sol')?.country).toBeNull();
  });
});
