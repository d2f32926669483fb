/**
 * The actor index: one token may hold a mention for each state a hyphenated compound names
 * ("US-China talks"); both are actors of that token, and a nominal event they modify is theirs.
 */
import { describe, expect, it } from 'vitest';
import { ActorIndex } from './actor-index.js';
import { codeEvents } from './event-coder.js';
import { eventDoc, WORLD } from './test-support/event-doc.js';
import { shippedResources } from './test-support/resources.js';
import { summarize } from './test-support/summarize.js';

const TABLE = `
      1 US-China PROPN 2 compound
      2 talks NOUN 3 nsubj talk
      3 resumed VERB 0 root resume
      4 . PUNCT 3 punct`;

/** The test Doc with the actor layer's two mentions on the compound token. */
function compoundDoc() {
  const doc = eventDoc(TABLE, WORLD);
  const span = doc.tokenSpan(0, 1);
  doc.mentions = [
    { start: span.start, end: span.end, tokStart: 0, tokEnd: 1, via: 'alias', type: 'state', ref: 'state:USA' },
    { start: span.start, end: span.end, tokStart: 0, tokEnd: 1, via: 'name', type: 'state', ref: 'state:CHN' },
  ];
  doc.actors = ['USA', 'CHN'].map((c) => ({ id: `state:${c}`, name: c, type: 'state' as const, country: c, role: null, sector: null, cameo: c, aliases: [], mentions: [] }));
  return doc;
}

describe('ActorIndex', () => {
  it('gives every state a hyphenated compound names as the actors of its token', () => {
    const index = new ActorIndex(compoundDoc());
    expect(index.actorsAt(0).map((p) => p.country)).toEqual(['USA', 'CHN']);
    expect(index.actorAt(0)?.country).toBe('USA');
  });

  it('codes "US-China talks" as talks between both states', () => {
    const events = summarize(codeEvents(compoundDoc(), shippedResources())).filter((e) => e.includes('CONSULT'));
    expect(events.sort()).toEqual(['CHN>USA CONSULT 046', 'USA>CHN CONSULT 046']);
  });
});
