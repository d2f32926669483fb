import { describe, expect, it } from 'vitest';
import { buildDoc } from '../doc/test-support/build-doc.js';
import { createActorResolver } from './actor-resolver.js';
import { fixtureActorResources } from './test-support/fixture-actors.js';

/** The refs of the mention written `form` in a hand-parsed Doc after the actor component ran. */
function refOf(table: string, form: string): string | null {
  const doc = buildDoc(table);
  createActorResolver(fixtureActorResources()).run(doc);
  return doc.mentions.find((m) => doc.text.slice(m.start, m.end) === form)?.ref ?? null;
}

/** "Li Wenming met Aidos Serik ." */
const MET = `
  1 Li       PROPN 3 nsubj
  2 Wenming  PROPN 1 flat
  3 met      VERB  0 root meet
  4 Aidos    PROPN 3 obj
  5 Serik    PROPN 4 flat
  6 .        PUNCT 3 punct
`;

/** "While he refused to sign the deal , <given> <surname> praised the talks ." */
const fronted = (given: string, surname: string): string => `
  1 While    SCONJ 3 mark
  2 he       PRON  3 nsubj
  3 refused  VERB  11 advcl refuse
  4 to       PART  5 mark
  5 sign     VERB  3 xcomp
  6 the      DET   7 det
  7 deal     NOUN  5 obj
  8 ,        PUNCT 3 punct
  9 ${given} PROPN 11 nsubj
  10 ${surname} PROPN 9 flat
  11 praised VERB  0 root praise
  12 the     DET   13 det
  13 talks   NOUN  11 obj talk
  14 .       PUNCT 11 punct
`;

describe('a pronoun in a clause that opens its sentence', () => {
  it("looks ahead to the main clause's subject, not back to the last man named", () => {
    expect(refOf(`${MET}\n${fronted('Pavel', 'Sokol')}`, 'he')).toBe('person:pavel-sokol');
  });

  it('keeps the man named before when the subject is a woman', () => {
    const he = refOf(`${MET}\n${fronted('Dina', 'Omar')}`, 'he');
    expect(he).not.toBe('person:dina-omar');
    expect(['person:li-wenming', 'person:aidos-serik']).toContain(he);
  });

  it('looks ahead from a possessive in an opening phrase ("Despite his promises, Sokol …")', () => {
    const table = `${MET}

      1 Despite  ADP   3 case
      2 his      PRON  3 nmod:poss
      3 promises NOUN  7 obl promise
      4 ,        PUNCT 3 punct
      5 Pavel    PROPN 7 nsubj
      6 Sokol    PROPN 5 flat
      7 left     VERB  0 root leave
      8 .        PUNCT 7 punct
    `;
    expect(refOf(table, 'his')).toBe('person:pavel-sokol');
  });

  it('does not look ahead past a person named before the pronoun in its clause', () => {
    const table = `${MET}

      1 When     SCONJ 5 mark
      2 Aidos    PROPN 5 nsubj
      3 Serik    PROPN 2 flat
      4 has      AUX   5 aux have
      5 defended VERB  11 advcl defend
      6 his      PRON  7 nmod:poss
      7 record   NOUN  5 obj
      8 ,        PUNCT 5 punct
      9 Pavel    PROPN 11 nsubj
      10 Sokol   PROPN 9 flat
      11 left    VERB  0 root leave
      12 .       PUNCT 11 punct
    `;
    expect(refOf(table, 'his')).toBe('person:aidos-serik');
  });

  it('does not look ahead from a clause after the subject', () => {
    const table = `${MET}

      1 Pavel    PROPN 3 nsubj
      2 Sokol    PROPN 1 flat
      3 said     VERB  0 root say
      4 that     SCONJ 11 mark
      5 while    SCONJ 7 mark
      6 he       PRON  7 nsubj
      7 waited   VERB  11 advcl wait
      8 ,        PUNCT 7 punct
      9 Dina     PROPN 11 nsubj
      10 Omar    PROPN 9 flat
      11 left    VERB  3 ccomp leave
      12 .       PUNCT 3 punct
    `;
    expect(refOf(table, 'he')).not.toBe('person:dina-omar');
  });
});
