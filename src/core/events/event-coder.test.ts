import { describe, expect, it } from 'vitest';
import { emptyMeta } from '../article/article.js';
import { OffsetMap } from '../article/offset-map.js';
import { buildDoc } from '../doc/test-support/build-doc.js';
import type { Component } from '../pipeline/component.js';
import { Pipeline } from '../pipeline/pipeline.js';
import { createEventCoder, EVENT_CODER_READS } from './event-coder.js';
import { codedEvents } from './test-support/coded.js';
import { eventDoc } from './test-support/event-doc.js';
import { shippedResources } from './test-support/resources.js';

const PRAISE = `
  1 Putin PROPN 2 nsubj
  2 praised VERB 0 root praise
  3 Xi PROPN 2 obj
  4 . PUNCT 2 punct`;

describe('the events component', () => {
  it('declares what it reads and writes, and writes doc.events', () => {
    const coder = createEventCoder(shippedResources(), { withLayers: ['dates'] });
    expect(coder.name).toBe('events');
    expect(coder.reads).toEqual([...EVENT_CODER_READS, 'dates']);
    expect(coder.writes).toEqual(['events']);
    const doc = eventDoc(PRAISE);
    coder.run(doc);
    expect(doc.events.map((e) => [e.source?.name, e.target?.name, e.cameo])).toEqual([['Vladimir Putin', 'Xi Jinping', '051']]);
  });

  it('is refused by a pipeline that has no parse before it (E300)', () => {
    const tokensOnly: Component = { name: 'tok', reads: [], writes: ['tokens', 'sentences'], run: () => undefined };
    expect(() => new Pipeline([tokensOnly, createEventCoder(shippedResources())])).toThrow(expect.objectContaining({ code: 'E300' }));
  });

  it('runs inside a pipeline over a parsed, actor-resolved Doc', () => {
    const parsed = eventDoc(PRAISE);
    const inject: Component = {
      name: 'fixture',
      reads: [],
      writes: ['tokens', 'sentences', 'pos', 'lemmas', 'deps', 'mentions', 'actors'],
      run: (doc) => {
        doc.setTokens(parsed.tokens);
        doc.setSentences(parsed.sentences);
        doc.setPos(parsed.upos);
        doc.setLemmas(Uint32Array.from({ length: parsed.length }, (_, i) => doc.vocab.id(parsed.lemma(i))));
        doc.setDeps(parsed.heads, parsed.rels);
        doc.mentions = parsed.mentions;
        doc.actors = parsed.actors;
      },
    };
    const p = new Pipeline([inject, createEventCoder(shippedResources())]);
    const doc = p.run({ text: parsed.text, meta: emptyMeta(), blocks: [{ start: 0, end: parsed.text.length, kind: 'paragraph' }], offsets: OffsetMap.identity(parsed.text.length), sourceKind: 'text' });
    expect(doc.has('events')).toBe(true);
    expect(doc.events).toHaveLength(1);
  });

  it('fills every field of the record', () => {
    const [e] = codedEvents(PRAISE, { published: '2022-09-16' });
    expect(e).toMatchObject({
      id: 'ev1', type: 'SUPPORT', mode: null, context: 'diplomatic', cameo: '051', goldstein: 3.4, quadClass: 1,
      date: '2022-09-16', place: null, negated: false, hypothetical: false, claimOf: null,
      trigger: { start: 6, end: 13, text: 'praised' },
      evidence: { start: 0, end: 18, text: 'Putin praised Xi .', sentence: 0 },
      source: { id: 'person:putin', mention: { start: 0, end: 5, text: 'Putin' } },
    });
    expect(e.future).toBeUndefined();
    expect(e.confidence).toBeGreaterThan(0);
    expect(e.confidence).toBeLessThanOrEqual(1);
  });

  it('codes a one-sided act only in lenient mode, and flags rather than drops', () => {
    // "endorse" leaves its needs to the coder ("praise" is written needs: target in the lexicon).
    const t = `
      1 China PROPN 2 nsubj
      2 endorsed VERB 0 root endorse
      3 the DET 4 det
      4 plan NOUN 2 obj
      5 . PUNCT 2 punct`;
    expect(codedEvents(t)).toEqual([]);
    expect(codedEvents(t, { coder: { participants: 'lenient' } }).map((e) => [e.source?.country, e.target, e.type])).toEqual([['CHN', null, 'SUPPORT']]);
  });

  it('codes nothing in a sentence without actors or triggers', () => {
    expect(codedEvents(`
      1 The DET 2 det
      2 weather NOUN 4 nsubj
      3 was AUX 4 cop be
      4 mild ADJ 0 root
      5 . PUNCT 4 punct`)).toEqual([]);
    expect(codedEvents(`
      1 Officials NOUN 2 nsubj official
      2 praised VERB 0 root praise
      3 the DET 4 det
      4 plan NOUN 2 obj
      5 . PUNCT 2 punct`)).toEqual([]);
    expect(buildDoc(PRAISE).events).toEqual([]);
  });
});
