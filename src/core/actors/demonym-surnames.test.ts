import { describe, expect, it } from 'vitest';
import { buildDoc } from '../doc/test-support/build-doc.js';
import type { KbAgentForm } from '../kb/name-index.js';
import { surnameDemonym } from './demonym-surnames.js';
import type { KbHit } from './kb-matcher.js';

/** An ethnic group's word, as sectors.json gives "Baloch". */
const ETHNIC: KbAgentForm = { form: 'Baloch', key: 'baloch', tokens: ['baloch'], sector: 'ETH', role: null, group: true, plural: true, needsContext: false, exactCase: false, country: null };
const TITLE: KbAgentForm = { ...ETHNIC, form: 'Minister', key: 'minister', tokens: ['minister'], sector: 'GOV', role: 'minister', group: false };
const hitAt = (k: number, agents: KbAgentForm[] = [ETHNIC]): KbHit => ({ tokStart: k, tokEnd: k + 1, charStart: 0, charEnd: 0, actors: [], agents });

describe('surnameDemonym', () => {
  const said = buildDoc(`
    1 Karim  PROPN 4 nsubj
    2 Dad    PROPN 1 flat
    3 Baloch PROPN 1 flat
    4 said   VERB  0 root say
  `);
  const separatists = buildDoc(`
    1 Karim       PROPN 2 nsubj
    2 met         VERB  0 root meet
    3 Baloch      PROPN 4 amod
    4 separatists NOUN  2 obj separatist
  `);
  const leaders = buildDoc(`
    1 Karim   PROPN 4 nsubj
    2 Dad     PROPN 1 flat
    3 Baloch  PROPN 4 compound
    4 leaders NOUN  0 root leader
  `);

  it('reads a people’s word closing a name before a verb as a surname', () => {
    expect(surnameDemonym(said, hitAt(2), said.length)).toBe(true);
  });

  it('leaves it a people’s word before a noun, after a verb, or when it is a title', () => {
    expect(surnameDemonym(leaders, hitAt(2), leaders.length)).toBe(false);
    expect(surnameDemonym(separatists, hitAt(2), separatists.length)).toBe(false);
    expect(surnameDemonym(said, hitAt(2, [TITLE]), said.length)).toBe(false);
    // a people's plural is never a surname ("Hispanic Americans were outraged")
    const plural = buildDoc(`
      1 Hispanic  PROPN 2 compound
      2 Americans PROPN 4 nsubj:pass
      3 were      AUX   4 aux:pass
      4 outraged  VERB  0 root outrage
    `);
    expect(surnameDemonym(plural, hitAt(1), plural.length)).toBe(false);
  });
});
