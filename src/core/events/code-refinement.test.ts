/**
 * A match's code refined by the words of its phrase ("seized the town" is an occupation, not a
 * confiscation) and by the kind of its subject ("gunmen seized a tanker" take it hostage).
 */
import { describe, expect, it } from 'vitest';
import { ActorIndex } from './actor-index.js';
import type { CoderContext } from './coder-context.js';
import { refineCode, subjectCode } from './code-refinement.js';
import { ParticipantFinder } from './participants.js';
import { SyntaxView } from './syntax-view.js';
import { eventDoc, WORLD } from './test-support/event-doc.js';
import { shippedResources } from './test-support/resources.js';
import { matchTriggers, type Match } from './trigger-match.js';

/** A real coder context for a one-sentence table, and its match headed at token `head`. */
function setup(table: string, head: number): { ctx: CoderContext; m: Match } {
  const resources = shippedResources();
  const v = new SyntaxView(eventDoc(table, WORLD));
  const actors = new ActorIndex(v.doc);
  const matches = matchTriggers(v, resources.lexicon, 0, v.n);
  const m = matches.find((x) => x.head === head);
  if (!m) throw new Error(`no trigger at token ${head}`);
  const ctx: CoderContext = {
    v, actors, finder: new ParticipantFinder(v, actors, resources.lexicon.grammar), lexicon: resources.lexicon,
    frames: resources.frames, taxonomy: resources.taxonomy, byHead: new Map(matches.map((x) => [x.head, x])), question: false, recentVisits: [],
  };
  return { ctx, m };
}

const seized = (subject: string, object: string, lemma: string): string => `
  1 ${subject} PROPN 2 nsubj
  2 seized VERB 0 root seize
  3 the DET 4 det
  4 ${object} NOUN 2 obj ${lemma}
  5 . PUNCT 2 punct`;

describe('code refinement', () => {
  it('refines a code by a word of the trigger\'s phrase, and keeps the entry\'s code otherwise', () => {
    const town = setup(seized('Russia', 'town', 'town'), 1);
    const files = setup(seized('Russia', 'files', 'file'), 1);
    expect(town.m.trigger).toBe(files.m.trigger);
    expect(refineCode(town.ctx, town.m)).not.toBe(files.m.trigger.code);
    expect(refineCode(files.ctx, files.m)).toBe(files.m.trigger.code);
  });

  it('reads the verb of a purpose infinitive ("sent a team to help the victims"), not what it acts on', () => {
    const sent = (purpose: string, lemma: string): string => `
      1 France PROPN 2 nsubj
      2 sent VERB 0 root send
      3 a DET 4 det
      4 team NOUN 2 obj
      5 to PART 6 mark
      6 ${purpose} VERB 2 advcl ${lemma}
      7 the DET 8 det
      8 victims NOUN 6 obj victim
      9 . PUNCT 2 punct`;
    const help = setup(sent('help', 'help'), 1);
    const count = setup(sent('count', 'count'), 1);
    expect(help.m.trigger).toBe(count.m.trigger);
    expect(refineCode(help.ctx, help.m)).not.toBe(help.m.trigger.code);
    expect(refineCode(count.ctx, count.m)).toBe(count.m.trigger.code);
  });

  it('refines a code by the kind of the subject, and gives none for a state', () => {
    const gunmen = setup(seized('Gunmen', 'tanker', 'tanker'), 1);
    const state = setup(seized('Russia', 'tanker', 'tanker'), 1);
    expect(gunmen.m.trigger.subjectRefine.length).toBeGreaterThan(0);
    const code = subjectCode(gunmen.ctx, gunmen.m);
    expect(code).toBeTruthy();
    expect(code).not.toBe(gunmen.m.trigger.code);
    expect(subjectCode(state.ctx, state.m)).toBeUndefined();
  });

  it('reads the target phrase of a noun trigger hung on its verb ("eased restrictions on the use of the Kazakh language")', () => {
    const table = (attach: number, rel: string): string => `
      1 Russia PROPN 2 nsubj
      2 eased VERB 0 root ease
      3 restrictions NOUN 2 obj restriction
      4 on ADP 6 case
      5 the DET 6 det
      6 use NOUN ${attach} ${rel}
      7 of ADP 10 case
      8 the DET 10 det
      9 Kazakh ADJ 10 amod
      10 language NOUN 6 nmod
      11 . PUNCT 2 punct`;
    const onVerb = setup(table(2, 'obl'), 2);
    const onNoun = setup(table(3, 'nmod'), 2);
    expect(refineCode(onVerb.ctx, onVerb.m)).toBe(refineCode(onNoun.ctx, onNoun.m));
    expect(refineCode(onVerb.ctx, onVerb.m)).not.toBe(onVerb.m.trigger.code);
  });

  it('reads a diplomat given days to leave as expelled, a government given them as an ultimatum', () => {
    const gave = (whom: string): string => `
      1 Russia PROPN 2 nsubj
      2 gave VERB 0 root give
      3 the DET 4 det
      4 ${whom} NOUN 2 iobj ${whom}
      5 72 NUM 6 nummod
      6 hours NOUN 2 obj hour
      7 to PART 8 mark
      8 leave VERB 2 advcl leave
      9 . PUNCT 2 punct`;
    const envoy = setup(gave('envoy'), 1);
    const government = setup(gave('government'), 1);
    expect(refineCode(envoy.ctx, envoy.m)).toBe('166');
    expect(refineCode(government.ctx, government.m)).toBe('139');
  });
});

describe('code refinement by what a noun does as subject', () => {
  it('reads a strike that kills as military, one that paralyses transport as the entry\'s own code', () => {
    const strikes = (verb: string, lemma: string): string => `
      1 French ADJ 2 amod
      2 strikes NOUN 3 nsubj strike
      3 ${verb} VERB 0 root ${lemma}
      4 five NUM 5 nummod
      5 people NOUN 3 obj person
      6 . PUNCT 3 punct`;
    const killed = setup(strikes('killed', 'kill'), 1);
    const paralysed = setup(strikes('paralysed', 'paralyse'), 1);
    expect(killed.m.trigger).toBe(paralysed.m.trigger);
    expect(refineCode(killed.ctx, killed.m)).toBe('190');
    expect(refineCode(paralysed.ctx, paralysed.m)).toBe(paralysed.m.trigger.code);
  });
});
