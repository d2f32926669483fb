import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isEntenteError } from '../core/errors/errors.js';
import { hashString } from '../core/syntax/hash.js';
import { packSemantics, semanticNoun, semanticVerb } from '../core/syntax/lexicon.js';
import { GIVEN_NAME_BIT, NAME_TITLE_BIT } from '../core/syntax/name-classes.js';
import { addNameClasses, readNameCueWords } from './name-semantics.js';

const root = mkdtempSync(join(tmpdir(), 'entente-name-semantics-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

// invented cues in the shape of data/kb/name-cues.json
const CUES = {
  description: 'test cues',
  givenNames: { description: 'names', m: ['Tomasz', 'marek'], f: ['ingrid', 'his excellency'] },
  honorifics: { m: ['mr.'], f: ['ms'], any: ['dr.', 'tan sri'] },
  officeHonorifics: { description: 'offices', 'gov.': 'governor' },
  appositionRoles: ['governor', 'foreign minister', 'envoy'],
};

function file(name: string, text: string): string {
  const p = join(root, name);
  writeFileSync(p, text);
  return p;
}

describe('given names and titles of the name cues as parser word classes (--name-cues)', () => {
  it('reads one-word given names and titles, lower-cased, without the lists\' descriptions', () => {
    const w = readNameCueWords(file('cues.json', JSON.stringify(CUES)));
    expect(w.given.sort()).toEqual(['ingrid', 'marek', 'tomasz']);
    expect(w.titles.sort()).toEqual(['dr.', 'envoy', 'gov.', 'governor', 'mr.', 'ms']);
  });

  it('marks the words in the semantic signatures and keeps their WordNet senses', () => {
    const person = 1 << 15;
    const saying = 1 << 3;
    const h = (w: string): number => hashString(w);
    const semantics = new Map([[h('governor'), packSemantics(person, saying)]]);
    const n = addNameClasses(semantics, { given: ['marek'], titles: ['governor', 'dr.'] });
    expect(n).toBe(3);
    expect(semanticNoun(semantics.get(h('governor')) ?? 0)).toBe(person | NAME_TITLE_BIT);
    expect(semanticVerb(semantics.get(h('governor')) ?? 0)).toBe(saying);
    expect(semanticNoun(semantics.get(h('marek')) ?? 0)).toBe(GIVEN_NAME_BIT);
    expect(semanticNoun(semantics.get(h('dr.')) ?? 0)).toBe(NAME_TITLE_BIT);
  });

  it('refuses a missing file or one without given names or titles, with a one-line E203', () => {
    for (const p of [join(root, 'absent.json'), file('bad.json', '{"givenNames": {"m": []}}'), file('broken.json', '{')]) {
      let err: unknown = null;
      try {
        readNameCueWords(p);
      } catch (e) {
        err = e;
      }
      expect(isEntenteError(err) && err.code === 'E203' && err.message.includes(p)).toBe(true);
    }
  });
});
