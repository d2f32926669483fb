import { describe, expect, it } from 'vitest';
import { analyzeActors } from './test-support/fixture-actors.js';

const refsOf = (text: string, phrase: string) => {
  const doc = analyzeActors(text, '2023-05-10');
  return doc.mentions.find((m) => doc.text.slice(m.start, m.end) === phrase)?.refs ?? null;
};

describe('plural descriptions of parties named before', () => {
  it('reads "the three countries" as the list of three named just before', () => {
    const text = 'Kazakhstan, Russia and China announced they would leave the pact. Turkey urged the three countries to reconsider.';
    expect(refsOf(text, 'the three countries')).toEqual(['state:KAZ', 'state:RUS', 'state:CHN']);
  });

  it('reads the three states of its own sentence when no list was written', () => {
    expect(refsOf('Kazakhstan met Russia and later China; all three states agreed.', 'all three states')).toEqual(['state:KAZ', 'state:RUS', 'state:CHN']);
  });

  it('reads "the two leaders" with nobody named as the two states named before', () => {
    const text = 'The leaders of Kazakhstan and Russia met in Astana on Monday. Turkey urged the two leaders to sign the pact.';
    expect(refsOf(text, 'two leaders')).toEqual(['state:KAZ', 'state:RUS']);
  });

  it('leaves an uncounted plural office alone ("the foreign ministers are to meet")', () => {
    expect(refsOf('Kazakhstan and Russia signed a pact. The foreign ministers are to meet in June.', 'foreign ministers')).toBeNull();
  });

  it('is no one when the count does not fit what was named', () => {
    expect(refsOf('Kazakhstan and Russia announced a deal. Turkey urged the three countries to sign it.', 'the three countries')).toBeNull();
  });
});

describe('the pair of the sentence before', () => {
  it('reads "the two countries" as the two named in the sentence before when three were named nearby', () => {
    const text =
      'Kazakhstan has long quarrelled with Russia over the pipeline. China said on Monday it would stand by Kazakhstan. ' +
      'In August the two countries signed a defence pact.';
    expect(refsOf(text, 'the two countries')).toEqual(['state:CHN', 'state:KAZ']);
  });
});

describe('offices of both sides', () => {
  it('reads "the senior officials (SOs) of both sides" as the two states named before', () => {
    const text = 'Kazakhstan accused Russia of firing across the border. The senior officials (SOs) of both sides spoke on Monday.';
    expect(refsOf(text, 'senior officials')).toEqual(['state:KAZ', 'state:RUS']);
    expect(refsOf('Kazakhstan accused Russia of firing across the border. The senior officials spoke on Monday.', 'senior officials')).toBeNull();
  });
});

describe('go-betweens', () => {
  it('are no side of what they broker ("Kazakh and Chinese mediators said the two sides had agreed")', () => {
    const text = 'Russia and the United States held talks in Astana. Kazakh and Chinese mediators said the two sides had agreed to extend the truce.';
    expect(refsOf(text, 'the two sides')).toEqual(['state:RUS', 'state:USA']);
  });
});

describe('sides joined by "and the"', () => {
  it('reads "the two sides" as the two bodies of the talks, not the mediators\' state', () => {
    const text = 'Russia and the Steppe Front held talks hosted by Kazakhstan. Chinese and U.S. mediators said the two sides had agreed to a truce.';
    expect(refsOf(text, 'the two sides')).toEqual(['state:RUS', 'org:steppe-front']);
  });
});

describe('"the pair"', () => {
  it('reads the two people named before, else the two parties', () => {
    expect(refsOf('President Aidos Serik hosted President Li Wenming in Astana. The pair signed a trade pact.', 'The pair')).toEqual(['person:aidos-serik', 'person:li-wenming']);
    expect(refsOf('Kazakhstan and China held talks in Astana. The pair signed a trade pact.', 'The pair')).toEqual(['state:KAZ', 'state:CHN']);
  });

  it('is no description before "of" ("the pair of rockets")', () => {
    expect(refsOf('Kazakhstan and China held talks. The pair of rockets hit a depot.', 'The pair')).toBeNull();
  });
});
