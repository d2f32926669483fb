import { describe, expect, it } from 'vitest';
import { buildDoc } from '../doc/test-support/build-doc.js';
import { createActorResolver } from './actor-resolver.js';
import { analyzeActors, fixtureActorResources } from './test-support/fixture-actors.js';

/** The refs of the mention written `form` in a hand-parsed Doc after the actor component ran. */
function refOf(table: string, form: string): string | null {
  const doc = buildDoc(table);
  createActorResolver(fixtureActorResources()).run(doc);
  return doc.mentions.find((m) => doc.text.slice(m.start, m.end) === form)?.ref ?? null;
}

describe('an object pronoun', () => {
  it("is not its own verb's subject (\"Russia accused it of …\" after Kazakhstan)", () => {
    const table = `
      1 Kazakhstan PROPN 2 nsubj
      2 tightened  VERB  0 root
      3 laws       NOUN  2 obj
      4 after      SCONJ 6 mark
      5 Russia     PROPN 6 nsubj
      6 accused    VERB  2 advcl
      7 it         PRON  6 obj
      8 of         SCONJ 9 mark
      9 harbouring VERB  6 advcl
      10 rebels    NOUN  9 obj
      11 .         PUNCT 2 punct
    `;
    expect(refOf(table, 'it')).toBe('state:KAZ');
  });

  it('skips the subject of its own verb inside a report ("Russia told Kazakhstan that China would help it")', () => {
    const table = `
      1 Russia PROPN 2 nsubj
      2 told   VERB  0 root
      3 Kazakhstan PROPN 2 obj
      4 that   SCONJ 7 mark
      5 China  PROPN 7 nsubj
      6 would  AUX   7 aux
      7 help   VERB  2 ccomp
      8 it     PRON  7 obj
      9 .      PUNCT 2 punct
    `;
    expect(refOf(table, 'it')).toBe('state:KAZ');
  });
});

describe('a subject pronoun in a reported clause', () => {
  /** "Li Wenming , speaking after talks with Aidos Serik , said he would visit Moscow ." */
  const SAID = `
    1 Li         PROPN 11 nsubj
    2 Wenming    PROPN 1 flat
    3 ,          PUNCT 4 punct
    4 speaking   VERB  1 acl speak
    5 after      ADP   6 case
    6 talks      NOUN  4 obl talk
    7 with       ADP   8 case
    8 Aidos      PROPN 6 nmod
    9 Serik      PROPN 8 flat
    10 ,         PUNCT 4 punct
    11 said      VERB  0 root say
    12 he        PRON  14 nsubj
    13 would     AUX   14 aux
    14 visit     VERB  11 ccomp
    15 Moscow    PROPN 14 obj
    16 .         PUNCT 11 punct
  `;

  it('is the person who reports it, not the person named last', () => {
    expect(refOf(SAID, 'he')).toBe('person:li-wenming');
  });

  it('is not the reporter inside a quotation', () => {
    const quoted = `
      1 Li         PROPN 11 nsubj
      2 Wenming    PROPN 1 flat
      3 ,          PUNCT 4 punct
      4 speaking   VERB  1 acl speak
      5 after      ADP   6 case
      6 talks      NOUN  4 obl talk
      7 with       ADP   8 case
      8 Aidos      PROPN 6 nmod
      9 Serik      PROPN 8 flat
      10 ,         PUNCT 4 punct
      11 said      VERB  0 root say
      12 "         PUNCT 15 punct
      13 he        PRON  15 nsubj
      14 will      AUX   15 aux
      15 visit     VERB  11 ccomp
      16 Moscow    PROPN 15 obj
      17 "         PUNCT 15 punct
    `;
    expect(refOf(quoted, 'he')).toBe('person:aidos-serik');
  });
});

describe('"its" and a body written as a plural noun', () => {
  it('passes over "Russian troops" and the state inside it ("Kazakhstan said Russian troops fired on its posts")', () => {
    const table = `
      1 Kazakhstan PROPN 2 nsubj
      2 said     VERB  0 root
      3 Russian  ADJ   4 amod
      4 troops   NOUN  5 nsubj
      5 fired    VERB  2 ccomp
      6 on       ADP   8 case
      7 its      PRON  8 nmod:poss
      8 posts    NOUN  5 obl
      9 .        PUNCT 2 punct
    `;
    expect(refOf(table, 'its')).toBe('state:KAZ');
    // A body named in the singular in the clause is still the nearest "it" ("… said Russia fired on its posts").
    const singular = `
      1 Kazakhstan PROPN 2 nsubj
      2 said     VERB  0 root
      3 Russia   PROPN 4 nsubj
      4 fired    VERB  2 ccomp
      5 on       ADP   7 case
      6 its      PRON  7 nmod:poss
      7 posts    NOUN  4 obl
      8 .        PUNCT 2 punct
    `;
    expect(refOf(singular, 'its')).toBe('state:RUS');
  });
});

describe('"it" after a conjoined reporting verb', () => {
  it('is the subject the verb shares ("Kazakhstan rejected talks with Russia and said it …")', () => {
    const table = `
      1 Kazakhstan PROPN 2 nsubj
      2 rejected VERB  0 root
      3 talks    NOUN  2 obj
      4 with     ADP   5 case
      5 Russia   PROPN 3 nmod
      6 and      CCONJ 7 cc
      7 said     VERB  2 conj
      8 it       PRON  10 nsubj
      9 would    AUX   10 aux
      10 wait    VERB  7 ccomp
      11 .       PUNCT 2 punct
    `;
    expect(refOf(table, 'it')).toBe('state:KAZ');
  });
});

describe('"they" after a reporting verb', () => {
  it('is the organisation that reports, not a plural named before ("Russian troops … the Steppe Front denied that they …")', () => {
    const doc = analyzeActors('Russian troops crossed the river. The Steppe Front denied that they had attacked the convoy.', '2023-05-10');
    const they = doc.mentions.find((m) => doc.text.slice(m.start, m.end) === 'they');
    expect(they?.refs ?? [they?.ref]).toEqual(['org:steppe-front']);
  });

  it('is not the state that reports: a state speaks of others as "they"', () => {
    const doc = analyzeActors('Kazakh troops crossed the river. Russia said that they had attacked the convoy.', '2023-05-10');
    const they = doc.mentions.find((m) => doc.text.slice(m.start, m.end) === 'they');
    expect(they?.refs ?? [they?.ref]).not.toContain('state:RUS');
  });
});
