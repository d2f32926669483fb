import { describe, expect, it } from 'vitest';
import { UPOS } from '../doc/ud.js';
import { hashString } from './hash.js';
import { packSemantics } from './lexicon.js';
import { GIVEN_NAME_BIT, nameClass, NAME_TITLE_BIT } from './name-classes.js';
import { ParserInputs } from './parser-inputs.js';
import { normaliseWord, WordTable, wordFlags } from './word-table.js';

const PERSON = 1 << 15; // a WordNet noun file bit (noun.person), kept beside the name bits

describe('name classes of proper-noun chains', () => {
  it('classes capitalised nouns: plain, given name, title, both; nothing for other words', () => {
    const cap = wordFlags('Harbour');
    expect(nameClass(cap, true, 0)).toBe(1);
    expect(nameClass(cap, true, GIVEN_NAME_BIT | PERSON)).toBe(2);
    expect(nameClass(cap, true, NAME_TITLE_BIT)).toBe(3);
    expect(nameClass(cap, true, GIVEN_NAME_BIT | NAME_TITLE_BIT)).toBe(4);
    // lower case ("the minister") and words tagged otherwise are not in a name chain
    expect(nameClass(wordFlags('minister'), true, NAME_TITLE_BIT)).toBe(0);
    expect(nameClass(cap, false, GIVEN_NAME_BIT)).toBe(0);
  });

  it('reaches the parser inputs from the model semantic signatures', () => {
    const sig = (w: string, noun: number): [number, number] => [hashString(normaliseWord(w)), packSemantics(noun, 0)];
    const semantics = new Map([sig('governor', NAME_TITLE_BIT | PERSON), sig('marta', GIVEN_NAME_BIT)]);
    const table = new WordTable(16, new Map(), semantics);
    // an invented sentence: "Governor Marta Okonkwo-Reyes spoke ."
    const forms = ['Governor', 'Marta', 'Okonkwo-Reyes', 'spoke', '.'];
    const words = Int32Array.from(forms, (f) => table.add(f));
    // tag classes 0 = PROPN, 1 = VERB, 2 = PUNCT
    const classUpos = Uint8Array.from(['PROPN', 'VERB', 'PUNCT'], (u) => (UPOS as readonly string[]).indexOf(u));
    const tags = Uint8Array.from([0, 0, 0, 1, 2]);
    const x = new ParserInputs(8);
    x.fill(table, words, 0, forms.length, tags, classUpos, Uint8Array.from([0, 1, 2]), false, true);
    expect(Array.from(x.name.subarray(0, forms.length + 1))).toEqual([3, 2, 1, 0, 0, 0]);
  });
});
