/**
 * Namesakes: a lone surname or a surname after a courtesy title, when two people of that surname
 * are named in the article (a fictional political family in the fixture world).
 */
import { describe, expect, it } from 'vitest';
import { firstOccurrence, foldText, salientNamesake } from './namesakes.js';
import { analyzeActors } from './test-support/fixture-actors.js';

/** The entity each mention written `form` resolved to, in text order. */
function refsOf(text: string, form: string, date = '2016-05-10'): (string | null)[] {
  const doc = analyzeActors(text, date);
  return doc.mentions.filter((m) => doc.text.slice(m.start, m.end) === form).map((m) => m.ref ?? null);
}

describe('salientNamesake', () => {
  const aigul = { key: 'aigul', gender: 'f' as const, names: [['aigul', 'tulegen']], at: Infinity };
  const marat = { key: 'marat', gender: 'm' as const, names: [['marat', 'tulegen']], at: Infinity };

  it('takes the person the text names first, however often and late the other is named', () => {
    const text = 'Aigul Tulegen spoke. Marat Tulegen replied. Marat Tulegen left. Marat Tulegen stayed.';
    expect(salientNamesake([marat, aigul], null, text)).toBe('aigul');
  });

  it("takes a mention's own offset when the text never writes the full name", () => {
    expect(salientNamesake([{ ...aigul, at: 30 }, { ...marat, at: 10 }], null, 'The former minister and her husband spoke.')).toBe('marat');
  });

  it('finds a full name written with other case, diacritics or a line break, at its offset in the text', () => {
    expect(firstOccurrence('Él dijo: AÏGUL\nTULEGEN spoke.', aigul.names)).toBe(9);
    expect(firstOccurrence('Aigul Tulegenova spoke.', aigul.names)).toBe(Infinity);
  });

  it('folds ASCII runs and other characters alike, keeping each folded unit at its source offset', () => {
    const text = 'Mr ŁUKASZ Café-Ørsted ﬁnal Σ 😀 x';
    const { folded, from } = foldText(text);
    // The same folding done one code point at a time.
    let expected = '';
    const offsets: number[] = [];
    for (let i = 0; i < text.length; ) {
      const ch = String.fromCodePoint(text.codePointAt(i) as number);
      const f = ch.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
      expected += f;
      for (let k = 0; k < f.length; k++) offsets.push(i);
      i += ch.length;
    }
    expect(folded).toBe(expected);
    expect(folded).toContain('cafe-ørsted final σ');
    expect(from).toEqual(offsets);
    expect(salientNamesake([marat, aigul], null, () => foldText('Marat Tulegen left. Aigul Tulegen stayed.'))).toBe('marat');
  });

  it("lets a courtesy title's gender rule out the other namesake, but not someone of unknown gender", () => {
    const text = 'Aigul Tulegen spoke. Marat Tulegen stayed.';
    expect(salientNamesake([aigul, marat], 'm', text)).toBe('marat');
    expect(salientNamesake([marat], 'f', text)).toBeNull();
    expect(salientNamesake([{ ...marat, gender: null }], 'f', text)).toBe('marat');
  });
});

describe('a partial name shared by two people of the article', () => {
  it('is the one the article names first, not the one named last', () => {
    const text = 'Aigul Tulegen criticised Russia on Monday. Former President Marat Tulegen campaigned in Karaganda. Tulegen accused Moscow of meddling.';
    expect(refsOf(text, 'Tulegen')).toEqual(['person:aigul-tulegen']);
  });

  it('is the one the article names first, even when the other is written in full more often and last', () => {
    const text = [
      'Aigul Tulegen criticised Russia on Monday.',
      'Her husband, former President Marat Tulegen, stayed in Karaganda.',
      'Former President Marat Tulegen later called China.',
      'Tulegen accused Moscow of meddling.',
    ].join(' ');
    expect(refsOf(text, 'Tulegen')).toEqual(['person:aigul-tulegen']);
  });

  it('before any full name, is the one named first after it', () => {
    const text = 'On Monday, Tulegen said that Moscow meddled. Aigul Tulegen spoke in Astana. Former President Marat Tulegen called China.';
    expect(refsOf(text, 'Tulegen')).toEqual(['person:aigul-tulegen']);
  });

  it('follows the gender of "Mr." and "Ms." whoever is more salient', () => {
    const text = [
      'Aigul Tulegen criticised Russia on Monday.',
      'Former President Marat Tulegen campaigned in Karaganda.',
      'Tulegen accused Moscow of meddling.',
      'Mr. Tulegen praised China.',
      'Ms. Tulegen met reporters.',
    ].join(' ');
    expect(refsOf(text, 'Mr. Tulegen')).toEqual(['person:marat-tulegen']);
    expect(refsOf(text, 'Ms. Tulegen')).toEqual(['person:aigul-tulegen']);
  });

  it('is not a man of that name after "Ms." when only he was named', () => {
    const text = 'Former President Marat Tulegen campaigned in Karaganda. Ms. Tulegen met reporters.';
    const [ref] = refsOf(text, 'Ms. Tulegen');
    expect(ref).not.toBe('person:marat-tulegen');
  });

  it('still means the one person of that name the article names', () => {
    const text = 'Former President Marat Tulegen campaigned in Karaganda. Tulegen praised China.';
    expect(refsOf(text, 'Tulegen')).toEqual(['person:marat-tulegen']);
  });
});
