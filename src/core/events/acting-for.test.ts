/**
 * A person holding an international organisation's office acts for it: the event's participant is
 * the organisation, with the person as its agent.
 */
import { describe, expect, it } from 'vitest';
import { codedEvents } from './test-support/coded.js';
import { WORLD, type ActorSpec } from './test-support/event-doc.js';

const UN_CHIEF: ActorSpec = {
  id: 'person:anna-lind', name: 'Anna Lind', type: 'person', country: null, sector: 'IGO', cameo: 'IGOUNO',
  forms: ['Anna Lind', 'Lind'], actsFor: { id: 'igo:un', name: 'United Nations', cameo: 'IGOUNO' },
};

describe('event coder: people acting for an international organisation', () => {
  it('codes the organisation as the participant, with the person as its agent', () => {
    const events = codedEvents(`
      1 Lind PROPN 2 nsubj
      2 condemned VERB 0 root condemn
      3 Russia PROPN 2 obj
      4 . PUNCT 2 punct`, { actors: [...WORLD, UN_CHIEF] });
    expect(events.map((e) => [e.source?.name, e.source?.type, e.source?.code, e.source?.agent?.name, e.target?.country, e.type])).toEqual([
      ['United Nations', 'igo', 'IGOUNO', 'Anna Lind', 'RUS', 'ACCUSE'],
    ]);
  });

  it('keeps a person who acts for a state as the participant, with no agent', () => {
    const events = codedEvents(`
      1 Putin PROPN 2 nsubj
      2 condemned VERB 0 root condemn
      3 Ukraine PROPN 2 obj
      4 . PUNCT 2 punct`);
    expect(events.map((e) => [e.source?.name, e.source?.country, e.source?.agent ?? null])).toEqual([['Vladimir Putin', 'RUS', null]]);
  });
});
