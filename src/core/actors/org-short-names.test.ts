import { describe, expect, it } from 'vitest';
import type { Doc } from '../doc/doc.js';
import { draft, type Draft } from './draft.js';
import { resolveOrgShortNames } from './org-short-names.js';
import { analyzeActors } from './test-support/fixture-actors.js';

/** Token index of the `n`-th occurrence of `word` in the Doc. */
function at(doc: Doc, word: string, n = 0): number {
  for (let t = 0, seen = 0; t < doc.length; t++) if (doc.tokenText(t) === word && seen++ === n) return t;
  throw new Error(`no ${word}`);
}

/** A body draft over tokens [from, to) already keyed, as coreference's first pass leaves it. */
const body = (kind: 'org' | 'igo', from: number, to: number, ref: string, kbId: string | null = null): Draft =>
  draft(kind, from, to, 'name', { kbId, refs: [ref] });

describe('organs of an IGO and bodies named again by one word', () => {
  it('reads "<Organ> of … of <IGO>" as the IGO, and a later lone "<Organ>" too', () => {
    const doc = analyzeActors('The Authority of Heads of State of the Steppe Cooperation Forum met. The Authority decided to act.', '2023-05-10');
    const forum = at(doc, 'Steppe');
    const drafts = [
      body('org', at(doc, 'Authority'), at(doc, 'Authority') + 1, 'new:org:authority'),
      body('igo', forum, forum + 3, 'igo:steppe-forum', 'igo:steppe-forum'),
      body('org', at(doc, 'Authority', 1), at(doc, 'Authority', 1) + 1, 'new:org:authority'),
    ];
    resolveOrgShortNames(doc, drafts);
    expect(drafts.map((d) => [d.kind, d.refs[0]])).toEqual([
      ['igo', 'igo:steppe-forum'],
      ['igo', 'igo:steppe-forum'],
      ['igo', 'igo:steppe-forum'],
    ]);
  });

  it('does not reach the IGO across a verb', () => {
    const doc = analyzeActors('The Authority of Nur met the Steppe Cooperation Forum.', '2023-05-10');
    const forum = at(doc, 'Steppe');
    const drafts = [body('org', 1, 2, 'new:org:authority'), body('igo', forum, forum + 3, 'igo:steppe-forum', 'igo:steppe-forum')];
    resolveOrgShortNames(doc, drafts);
    expect(drafts[0].refs).toEqual(['new:org:authority']);
  });

  it('reads a lone first or last word of a body named before as that body, over another reading', () => {
    const doc = analyzeActors('The Council of the Steppe Union met. The Council said it would act.', '2023-05-10');
    const drafts = [body('igo', 1, 6, 'igo:steppe-union-council', 'igo:steppe-union-council'), body('igo', at(doc, 'Council', 1), at(doc, 'Council', 1) + 1, 'igo:world-council', 'igo:world-council')];
    resolveOrgShortNames(doc, drafts);
    expect(drafts[1].refs).toEqual(['igo:steppe-union-council']);
  });

  it('reads an organ named after its IGO ("the SCF Commission") as the IGO, not the body the head word names elsewhere', () => {
    const doc = analyzeActors('The head of the SCF Commission spoke on Monday.', '2023-05-10');
    const scf = at(doc, 'SCF');
    const drafts = [body('igo', scf, scf + 1, 'igo:steppe-forum', 'igo:steppe-forum'), body('igo', scf + 1, scf + 2, 'igo:world-commission', 'igo:world-commission')];
    resolveOrgShortNames(doc, drafts);
    expect(drafts[1].refs).toEqual(['igo:steppe-forum']);
  });
});
