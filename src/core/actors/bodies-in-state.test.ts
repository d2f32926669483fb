import { describe, expect, it } from 'vitest';
import { analyzeActors } from './test-support/fixture-actors.js';

describe('a state body named by where it sits', () => {
  it('reads "the <body word> in <state or capital>" as a body of that state', () => {
    for (const text of ['On Monday the troops in Kazakhstan fired shots.', 'On Monday the troops in Astana fired shots.']) {
      const doc = analyzeActors(text, '2023-05-10');
      expect(doc.actors.find((a) => a.type === 'org')).toMatchObject({ country: 'KAZ', sector: 'MIL' });
    }
  });

  it('gives "it" after a reporting verb to the whole body, not to the state inside its name', () => {
    const doc = analyzeActors('The ministry in Kazakhstan said it would act.', '2023-05-10');
    const it = doc.mentions.find((m) => doc.text.slice(m.start, m.end) === 'it');
    expect(doc.actors.find((a) => a.id === it?.ref)).toMatchObject({ type: 'org', country: 'KAZ' });
  });

  it('reads "of" as "in" ("the government of a province")', () => {
    const doc = analyzeActors('On Monday the ministry of Kazakhstan said the talks failed.', '2023-05-10');
    expect(doc.actors.find((a) => a.type === 'org')).toMatchObject({ country: 'KAZ', sector: 'GOV' });
  });

  it('reads an indefinite civil body the same way ("a court in Moscow")', () => {
    const a = analyzeActors('On Monday a ministry in Kazakhstan said the talks failed.', '2023-05-10');
    expect(a.actors.find((x) => x.type === 'org')).toMatchObject({ country: 'KAZ', sector: 'GOV' });
  });

  it('needs the definite article and "in" or "of"', () => {
    for (const text of ['On Monday troops in Kazakhstan fired shots.', 'On Monday the troops near Kazakhstan fired shots.']) {
      const doc = analyzeActors(text, '2023-05-10');
      expect(doc.actors.filter((a) => a.type === 'org')).toEqual([]);
    }
  });
});

describe('a local office in an apposition', () => {
  it('takes the country of the place after "of" ("the mayor of Karaganda")', () => {
    const doc = analyzeActors('On Monday, Marat Ali, the mayor of Karaganda, spoke.', '2023-05-10');
    expect(doc.actors.find((a) => a.name === 'Marat Ali')).toMatchObject({ type: 'person', country: 'KAZ' });
  });
});

describe("a state's opposition", () => {
  it('is the opposition of the one state in view ("Kazakh police detained dozens of critics")', () => {
    const doc = analyzeActors('Kazakh police detained dozens of critics on Monday.', '2023-05-10');
    expect(doc.actors.find((a) => a.name === 'critics')?.country).toBe('KAZ');
    // with two states in view the text does not say whose
    const two = analyzeActors('Kazakh and Russian police detained dozens of critics on Monday.', '2023-05-10');
    expect(two.actors.find((a) => a.name === 'critics')?.country ?? null).toBeNull();
  });
});

describe('a state body with nothing in view before it', () => {
  it('belongs to the one state its sentence places it in ("Police fired on protesters in Astana")', () => {
    const doc = analyzeActors('Police fired on protesters in Astana on Monday.', '2023-05-10');
    expect(doc.actors.find((a) => a.name === 'Police')?.country).toBe('KAZ');
    // two states after it: the text does not say whose
    const two = analyzeActors('Police fired on protesters in Astana and Moscow on Monday.', '2023-05-10');
    expect(two.actors.find((a) => a.name === 'Police')?.country ?? null).toBeNull();
  });
});
