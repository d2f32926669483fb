/**
 * A protest broken up is two acts: the force's dispersal of the protesters (175) and the
 * protesters' protest against the state whose force broke it up (14).
 */
import { describe, expect, it } from 'vitest';
import { coded, codedEvents } from './test-support/coded.js';
import { WORLD, type ActorSpec } from './test-support/event-doc.js';

const ACTORS: ActorSpec[] = [
  ...WORLD,
  { id: 'org:irn-police', name: 'Iranian police', type: 'org', country: 'IRN', sector: 'COP', cameo: 'IRNCOP', forms: ['police', 'Police'], via: 'description' },
  { id: 'group:irn-students', name: 'students', type: 'group', country: 'IRN', sector: 'EDU', cameo: 'IRNEDU', forms: ['students'], via: 'description' },
];

/** "Police broke up a protest by students." */
const BROKE_UP = `
      1 Police NOUN 2 nsubj police
      2 broke VERB 0 root break
      3 up ADP 2 compound:prt up
      4 a DET 5 det
      5 protest NOUN 2 obj protest
      6 by ADP 7 case
      7 students NOUN 5 nmod student
      8 . PUNCT 2 punct`;

/** "Police dispersed a rally organised by students." */
const DISPERSED = `
      1 Police NOUN 2 nsubj police
      2 dispersed VERB 0 root disperse
      3 a DET 4 det
      4 rally NOUN 2 obj rally
      5 organised VERB 4 acl organise
      6 by ADP 7 case
      7 students NOUN 5 obl:agent student
      8 . PUNCT 2 punct`;

const pairs = (events: string[]): string[] => events.map((e) => e.split(' ').slice(0, 2).join(' ')).sort();

describe('dispersed protests: the dispersal and the protest', () => {
  it('codes the police\'s dispersal of the protesters and the protesters\' protest against their state', () => {
    const events = coded(BROKE_UP, { actors: ACTORS });
    expect(pairs(events.filter((e) => / (ASSAULT|PROTEST) /.test(e)))).toEqual(['IRN>IRN ASSAULT', 'IRN>IRN PROTEST']);
    // the dispersal is done to the students, and the protest is theirs
    expect(events).toContain('IRN>IRN ASSAULT 175');
    expect(codedEvents(BROKE_UP, { actors: ACTORS }).filter((e) => e.cameo.startsWith('14')).map((e) => `${e.source?.name}>${e.target?.country}`)).toEqual(['students>IRN']);
    expect(codedEvents(BROKE_UP, { actors: ACTORS }).filter((e) => e.cameo === '175').map((e) => e.target?.name)).toEqual(['students']);
  });

  it('reads the organiser of a rally as its protester and as whom the dispersal is done to', () => {
    const events = coded(DISPERSED, { actors: ACTORS });
    expect(pairs(events.filter((e) => / (ASSAULT|PROTEST) /.test(e)))).toEqual(['IRN>IRN ASSAULT', 'IRN>IRN PROTEST']);
    // one protest, the participle's: the rally noun is not coded again
    expect(events.filter((e) => e.includes('PROTEST'))).toHaveLength(1);
    expect(codedEvents(DISPERSED, { actors: ACTORS }).filter((e) => e.cameo === '175').map((e) => e.target?.name)).toEqual(['students']);
  });

  it('keeps the dispersal of something no protest noun names to the dispersal alone ("crushed the uprising")', () => {
    const uprising = BROKE_UP.replace('5 protest NOUN 2 obj protest', '5 uprising NOUN 2 obj uprising');
    const events = coded(uprising, { actors: ACTORS });
    expect(events.filter((e) => e.includes('PROTEST'))).toEqual([]);
    expect(events).toContain('IRN>IRN ASSAULT 175');
  });
});
