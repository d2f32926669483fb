/**
 * The lexicon's `placeIsTarget`: a place named in a target slot stands for its country for acts
 * whose object sits in the target's territory ("reopened its embassy in Kabul" → Afghanistan).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dataPath } from '../../package-info.js';
import { codeEvents } from './event-coder.js';
import { createTriggerLexicon } from './lexicon.js';
import { eventDoc } from './test-support/event-doc.js';
import { shippedResources } from './test-support/resources.js';
import { summarize } from './test-support/summarize.js';

const grammar = { name: 'grammar.json', data: JSON.parse(readFileSync(dataPath('lexicon', 'grammar.json'), 'utf8')) as unknown };
const KABUL = [{ id: 'place:kabul', name: 'Kabul', country: 'AFG', forms: ['Kabul'] }];

/** The events of "Britain reopened its embassy in Kabul." under a one-entry lexicon. */
function embassy(placeIsTarget: boolean): string[] {
  const shipped = shippedResources();
  const entry = { verb: 'reopen', obj: ['embassy'], code: '050', target: ['in'], needs: 'target', ...(placeIsTarget ? { placeIsTarget } : {}) };
  const lexicon = createTriggerLexicon([{ name: 'embassies.json', data: { entries: [entry] } }], grammar, shipped.taxonomy);
  const doc = eventDoc(
    `
      1 Britain PROPN 2 nsubj
      2 reopened VERB 0 root reopen
      3 its PRON 4 nmod:poss
      4 embassy NOUN 2 obj
      5 in ADP 6 case
      6 Kabul PROPN 2 obl
      7 . PUNCT 2 punct`,
    undefined,
    { places: KABUL },
  );
  return summarize(codeEvents(doc, { ...shipped, lexicon }));
}

describe('lexicon placeIsTarget', () => {
  it('reads a place in a target slot as its country when the entry says so', () => {
    expect(embassy(true)).toEqual(['GBR>AFG SUPPORT 050']);
  });

  it('leaves a place in a target slot alone otherwise', () => {
    expect(embassy(false)).toEqual([]);
  });

  it('rejects a value that is not true or false', () => {
    const shipped = shippedResources();
    const bad = { verb: 'reopen', obj: ['embassy'], code: '050', target: ['in'], placeIsTarget: 'yes' };
    expect(() => createTriggerLexicon([{ name: 'bad.json', data: { entries: [bad] } }], grammar, shipped.taxonomy)).toThrow(/placeIsTarget/);
  });
});
