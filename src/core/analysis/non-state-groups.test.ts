import { describe, expect, it } from 'vitest';
import type { AnalysisActor, AnalysisEvent, AnalysisQuote, EventActorRef } from './contract.js';
import { contractActor, contractParticipant, contractQuote, actsForNoState, nonStateAsNamed } from './non-state-groups.js';

const actor = (id: string, name: string, type: AnalysisActor['type'], country: string | null, sector: string | null): AnalysisActor => ({
  id, name, type, country, role: null, sector, cameo: country && sector ? `${country}${sector}` : country, aliases: [], mentions: [],
});
const ref = (a: AnalysisActor): EventActorRef => ({ id: a.id, name: a.name, type: a.type, country: a.country, sector: a.sector, code: a.cameo });

const REBELS = actor('org:northern-front', 'Northern Liberation Front', 'org', 'ZMB', 'REB');
const ARMY = actor('org:zambian-army', 'Zambia Army', 'org', 'ZMB', 'MIL');
const TRADERS = actor('new:group:zambian-traders', 'Zambian traders', 'group', 'ZMB', 'BUS');
const WATCH = actor('org:rights-watch-zambia', 'Rights Watch Zambia', 'org', 'ZMB', 'HRI');

describe('non-state groups in the analysis contract', () => {
  it('are organisations and groups of a non-state sector, never persons, states or IGOs', () => {
    expect(actsForNoState('org', 'REB')).toBe(true);
    expect(actsForNoState('group', 'OPP')).toBe(true);
    expect(actsForNoState('org', 'MIL')).toBe(false);
    expect(actsForNoState('group', 'CVL')).toBe(false);
    expect(actsForNoState('person', 'REB')).toBe(false);
    expect(actsForNoState('org', null)).toBe(false);
  });

  it('act for no state: the country moves to basedIn and the CAMEO code keeps it', () => {
    expect(contractActor(REBELS)).toMatchObject({ country: null, basedIn: 'ZMB', cameo: 'ZMBREB' });
    expect(contractActor(WATCH)).toMatchObject({ country: null, basedIn: 'ZMB' });
  });

  it('leave state bodies and civilians with their state', () => {
    expect(contractActor(ARMY)).toBe(ARMY);
    expect(contractActor(TRADERS)).toBe(TRADERS);
  });

  it('rewrite the participants of events by the article actor they refer to', () => {
    const byId = new Map([REBELS, ARMY].map((a) => [a.id, a] as const));
    expect(contractParticipant(ref(REBELS), byId)).toMatchObject({ name: 'Northern Liberation Front', country: null, basedIn: 'ZMB', code: 'ZMBREB' });
    expect(contractParticipant(ref(ARMY), byId)).toMatchObject({ country: 'ZMB' });
    expect(contractParticipant(null, byId)).toBeNull();
  });

  it('give a quotation by a non-state group a speaker of no country, and leave a state\'s speaker alone', () => {
    const byId = new Map([REBELS, ARMY].map((a) => [a.id, a] as const));
    const quote = (a: AnalysisActor): AnalysisQuote => ({ id: 'q', text: 'We will not withdraw', kind: 'direct', start: 0, end: 20, speaker: { id: a.id, name: a.name, type: a.type, country: a.country }, cue: null, sentence: 0 });
    expect(contractQuote(quote(REBELS), byId).speaker?.country).toBeNull();
    expect(contractQuote(quote(ARMY), byId).speaker?.country).toBe('ZMB');
  });

  it('apply to the actors and every event of an analysis', () => {
    const event = { id: 'e1', type: 'ASSAULT', cameo: '190', source: ref(ARMY), target: ref(REBELS) } as AnalysisEvent;
    const out = nonStateAsNamed([REBELS, ARMY], [event]);
    expect(out.actors.map((a) => a.country)).toEqual([null, 'ZMB']);
    expect(out.events[0].source?.country).toBe('ZMB');
    expect(out.events[0].target).toMatchObject({ country: null, basedIn: 'ZMB' });
  });
});
