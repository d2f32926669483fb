/**
 * A hostile act one side reports of another is also its allegation against the doer. Sentences
 * written for these tests, parsed by hand as the project's parser writes them.
 */
import { describe, expect, it } from 'vitest';
import { coded } from './test-support/coded.js';
import { WORLD } from './test-support/event-doc.js';

/** "China said Indian troops attacked Chinese posts ." */
const ATTACKED = `
  1 China PROPN 2 nsubj
  2 said VERB 0 root say
  3 Indian ADJ 4 amod
  4 troops NOUN 5 nsubj troop
  5 attacked VERB 2 ccomp attack
  6 Chinese ADJ 7 amod
  7 posts NOUN 5 obj post
  8 . PUNCT 2 punct`;

const REPORT = 'Indian troops attacked Chinese posts';

describe('reported hostilities', () => {
  it('make the side acted against accuse the doer (112) beside the act itself', () => {
    const events = coded(ATTACKED, { quotes: [{ text: REPORT, speaker: 'state:CHN' }] });
    expect(events).toContain('CHN>IND ACCUSE 112');
    expect(events.some((e) => e.startsWith('IND>CHN ASSAULT'))).toBe(true);
  });

  it('accuse nobody when the reporter is a third party, the doer\'s own side, or unknown', () => {
    const third = coded(ATTACKED.replace('1 China PROPN 2 nsubj', '1 Pakistan PROPN 2 nsubj'), { quotes: [{ text: REPORT, speaker: 'state:PAK' }] });
    expect(third.filter((e) => e.includes('ACCUSE'))).toEqual([]);
    const own = coded(ATTACKED.replace('1 China PROPN 2 nsubj', '1 India PROPN 2 nsubj'), { quotes: [{ text: REPORT, speaker: 'state:IND' }] });
    expect(own.filter((e) => e.includes('ACCUSE'))).toEqual([]);
    expect(coded(ATTACKED).filter((e) => e.includes('ACCUSE'))).toEqual([]);
  });

  it('accuse nobody of an act the report denies', () => {
    const denied = coded(`
  1 China PROPN 2 nsubj
  2 said VERB 0 root say
  3 Indian ADJ 4 amod
  4 troops NOUN 7 nsubj troop
  5 did AUX 7 aux do
  6 not PART 7 advmod not
  7 attack VERB 2 ccomp attack
  8 Chinese ADJ 9 amod
  9 posts NOUN 7 obj post
  10 . PUNCT 2 punct`, { quotes: [{ text: 'Indian troops did not attack Chinese posts', speaker: 'state:CHN' }] });
    expect(denied.some((e) => e.startsWith('IND>CHN ASSAULT') && e.includes('neg'))).toBe(true);
    expect(denied.filter((e) => e.includes('ACCUSE'))).toEqual([]);
  });

  it('make another state\'s official accuse a government of repressing its own people, the repression still done to them', () => {
    // "France said Iranian police arrested Iranian students ." (the students an Iranian group)
    const arrested = `
  1 France PROPN 2 nsubj
  2 said VERB 0 root say
  3 Iranian ADJ 4 amod
  4 police NOUN 5 nsubj police
  5 arrested VERB 2 ccomp arrest
  6 students NOUN 5 obj student
  7 . PUNCT 2 punct`;
    const students = { id: 'group:irn-students', name: 'students', type: 'group' as const, country: 'IRN', sector: 'EDU', cameo: 'IRNEDU', forms: ['students'], via: 'description' as const };
    const actors = [...WORLD, students];
    const quote = { text: 'Iranian police arrested students', speaker: 'state:FRA' };
    const events = coded(arrested, { actors, quotes: [quote] });
    expect(events).toContain('FRA>IRN ACCUSE 112');
    expect(events.filter((e) => e.includes('COERCE')).every((e) => e.startsWith('IRN>IRN '))).toBe(true);
    // Told by Iran itself, or with the students of another country, it accuses nobody of repression.
    const own = coded(arrested.replace('1 France PROPN 2 nsubj', '1 Iran PROPN 2 nsubj'), { actors, quotes: [{ ...quote, speaker: 'state:IRN' }] });
    expect(own.filter((e) => e.includes('ACCUSE'))).toEqual([]);
    const foreign = coded(arrested, { actors: [...WORLD, { ...students, country: 'PAK', cameo: 'PAKEDU' }], quotes: [quote] });
    expect(foreign.filter((e) => e.includes('ACCUSE'))).toEqual([]);
  });
});
