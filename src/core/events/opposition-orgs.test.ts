/**
 * A named organisation of armed opposition facing its own state is a side of its own: its acts
 * against the state's army or places are events, as a generic group's are.
 */
import { describe, expect, it } from 'vitest';
import { coded } from './test-support/coded.js';
import { WORLD } from './test-support/event-doc.js';

const world = [
  ...WORLD,
  { id: 'org:steppe-front', name: 'Steppe Front', type: 'org' as const, country: 'KAZ', sector: 'REB', cameo: 'KAZREB', forms: ['Front'] },
  { id: 'org:kaz-army', name: 'Kazakh army', type: 'org' as const, country: 'KAZ', sector: 'MIL', cameo: 'KAZMIL', forms: ['army'] },
  { id: 'org:kaz-ministry', name: 'Kazakh ministry', type: 'org' as const, country: 'KAZ', sector: 'GOV', cameo: 'KAZGOV', forms: ['ministry'] },
];

describe('event coder: opposition organisations and their own state', () => {
  it('codes an armed movement accusing its own state', () => {
    const events = coded(`
      1 The DET 2 det
      2 Front PROPN 3 nsubj
      3 accused VERB 0 root accuse
      4 Kazakhstan PROPN 3 obj
      5 of SCONJ 6 mark
      6 bombing VERB 3 advcl bomb
      7 homes NOUN 6 obj home
      8 . PUNCT 3 punct`, { actors: world });
    expect(events).toContain('KAZ>KAZ ACCUSE 112');
  });

  it('still drops a state facing one of its own bodies', () => {
    const events = coded(`
      1 Kazakhstan PROPN 2 nsubj
      2 praised VERB 0 root praise
      3 the DET 4 det
      4 ministry NOUN 2 obj
      5 . PUNCT 2 punct`, { actors: world });
    expect(events).toEqual([]);
  });
});
