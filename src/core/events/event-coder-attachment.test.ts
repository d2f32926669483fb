/**
 * Reading participants through common parser misattachments and through phrases that name a
 * relationship or an event rather than an actor: a predicate hung on a root noun, a two-word
 * preposition, "the partnership with X", "for talks", "the executions carried out by X".
 */
import { describe, expect, it } from 'vitest';
import { codeEvents } from './event-coder.js';
import { createTriggerLexicon } from './lexicon.js';
import type { TriggerPos } from './lexicon-types.js';
import { coded } from './test-support/coded.js';
import { eventDoc } from './test-support/event-doc.js';
import { shippedResources } from './test-support/resources.js';
import { summarize } from './test-support/summarize.js';

const PLACES = [{ id: 'place:gaza', name: 'Gaza Strip', country: 'PSE', forms: ['Gaza'] }];
const ACTORS = [
  { id: 'state:IND', name: 'India', type: 'state' as const, country: 'IND', forms: ['Indian'] },
  { id: 'state:PAK', name: 'Pakistan', type: 'state' as const, country: 'PAK', forms: ['Pakistani', 'Pakistan'] },
  { id: 'state:ISR', name: 'Israel', type: 'state' as const, country: 'ISR', forms: ['Israeli'] },
  { id: 'state:IRN', name: 'Iran', type: 'state' as const, country: 'IRN', forms: ['Iran'] },
  { id: 'state:NOR', name: 'Norway', type: 'state' as const, country: 'NOR', forms: ['Norway'] },
  { id: 'state:USA', name: 'United States', type: 'state' as const, country: 'USA', forms: ['Washington', 'US'] },
];

describe('event coder: parser misattachments', () => {
  it('reads a verb hung on a root noun as the predicate when it has an object ("Indian guards detained …")', () => {
    expect(coded(`
      1 Indian ADJ 2 amod
      2 guards NOUN 0 root guard
      3 detained VERB 2 acl detain
      4 four NUM 6 nummod
      5 Pakistani ADJ 6 amod
      6 fishermen NOUN 3 obj fisherman
      7 . PUNCT 2 punct`, { actors: ACTORS })).toEqual(['IND>PAK COERCE 173']);
  });

  it('keeps a participle without object or complement passive ("fishermen detained by India")', () => {
    expect(coded(`
      1 Pakistani ADJ 2 amod
      2 fishermen NOUN 0 root fisherman
      3 detained VERB 2 acl detain
      4 by ADP 5 case
      5 Indian PROPN 3 obl:agent
      6 guards NOUN 5 flat guard
      7 . PUNCT 2 punct`, { actors: ACTORS })).toEqual(['IND>PAK COERCE 173']);
  });

  it('reads a two-word preposition by its last word ("pulled out of Gaza")', () => {
    expect(coded(`
      1 Israeli ADJ 2 amod
      2 troops NOUN 3 nsubj troop
      3 pulled VERB 0 root pull
      4 out ADP 6 case
      5 of ADP 6 case
      6 Gaza PROPN 3 obl
      7 . PUNCT 3 punct`, { actors: ACTORS, places: PLACES })).toEqual(['ISR>PSE RETREAT 087']);
  });
});

describe('event coder: phrases that name a relationship or an event', () => {
  it('takes the other party of a relationship object ("hailed the partnership with Pakistan")', () => {
    expect(coded(`
      1 Iran PROPN 2 nsubj
      2 hailed VERB 0 root hail
      3 the DET 4 det
      4 partnership NOUN 2 obj
      5 with ADP 6 case
      6 Pakistan PROPN 4 nmod
      7 . PUNCT 2 punct`, { actors: ACTORS })).toEqual(['IRN>PAK SUPPORT 051']);
  });

  it('gives talks a visitor came for to the visitor and the host ("visited Washington for talks")', () => {
    const t = `
      1 Pakistan PROPN 2 nsubj
      2 visited VERB 0 root visit
      3 Washington PROPN 2 obj
      4 for ADP 5 case
      5 talks NOUN 2 obl talk
      6 . PUNCT 2 punct`;
    // The talks are the visitor's, held with the host the visit is to.
    expect(coded(t, { actors: ACTORS })).toEqual(['PAK>USA CONSULT 042', 'PAK>USA CONSULT 046']);
  });

  it('reads the agent of a participle modifying an event noun ("the executions carried out by Iran")', () => {
    expect(coded(`
      1 Norway PROPN 2 nsubj
      2 condemned VERB 0 root condemn
      3 the DET 4 det
      4 executions NOUN 2 obj execution
      5 carried VERB 4 acl carry
      6 out ADP 5 compound:prt
      7 by ADP 8 case
      8 Iran PROPN 5 obl:agent
      9 . PUNCT 2 punct`, { actors: ACTORS })).toContain('NOR>IRN ACCUSE 111');
  });
});

describe('event coder: person against person', () => {
  // A lexicon entry written the way the shipped one may be: "attack"/"hammer" hit, but words between people.
  const shipped = shippedResources();
  const lists = ['negators', 'futureAux', 'conditionalAux', 'hypotheticalAux', 'obligationAux', 'conditionalMarks', 'hypotheticalNouns',
    'speechVerbs', 'reciprocals', 'jointMarkers', 'firstPerson', 'personalPronouns', 'relativePronouns', 'objectControl',
    'evaluativeVerbs', 'futureTimeWords', 'receivingVerbs', 'localizedAgents', 'stateDescriptions'];
  const grammar = { name: 'grammar.json', data: { ...Object.fromEntries(lists.map((k) => [k, []])), supportVerbs: [] } };
  const entry = { name: 'test.json', data: { about: 'test', entries: [{ verb: 'hammer', code: '190', target: ['obj'], personTarget: '111' }] } };
  const hammer = createTriggerLexicon([entry], grammar, shipped.taxonomy).triggers;
  const resources = { ...shipped, lexicon: { ...shipped.lexicon, lookup: (pos: TriggerPos, lemma: string) => (pos === 'verb' && lemma === 'hammer' ? hammer : shipped.lexicon.lookup(pos, lemma)) } };
  const people = [
    { id: 'person:a', name: 'Ann Smith', type: 'person' as const, country: 'USA', forms: ['Smith'] },
    { id: 'person:b', name: 'Bob Jones', type: 'person' as const, country: 'USA', forms: ['Jones'] },
    { id: 'state:RUS', name: 'Russia', type: 'state' as const, country: 'RUS', forms: ['Russia'] },
    { id: 'state:UKR', name: 'Ukraine', type: 'state' as const, country: 'UKR', forms: ['Ukraine'] },
  ];
  const run = (subj: string, obj: string): string[] => summarize(codeEvents(eventDoc(`
      1 ${subj} PROPN 2 nsubj
      2 hammered VERB 0 root hammer
      3 ${obj} PROPN 2 obj
      4 . PUNCT 2 punct`, people), resources)).map((s) => s.split(' ').slice(1).join(' '));
  it('codes the person-target code when a person acts on a person, the act otherwise', () => {
    expect(run('Smith', 'Jones')).toEqual(['ACCUSE 111']);
    expect(run('Russia', 'Ukraine')).toEqual(['ASSAULT 190']);
  });
});
