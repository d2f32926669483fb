import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEventResources } from '../../engine/load-event-resources.js';
import { dataPath } from '../../package-info.js';
import { EntenteError } from '../errors/errors.js';
import { createTriggerLexicon } from './lexicon.js';
import { shippedResources } from './test-support/resources.js';

const { lexicon, taxonomy } = shippedResources();
const grammar = { name: 'grammar.json', data: JSON.parse(readFileSync(dataPath('lexicon', 'grammar.json'), 'utf8')) as unknown };

/** The E201 a lexicon file raises. */
function lexiconError(entries: unknown, name = 'my-triggers.json'): EntenteError {
  try {
    createTriggerLexicon([{ name, data: { entries } }], grammar, taxonomy);
  } catch (e) {
    if (e instanceof EntenteError) return e;
    throw e;
  }
  throw new Error('no error raised');
}

describe('trigger lexicon (data/lexicon)', () => {
  it('covers all 20 CAMEO roots with a broad vocabulary', () => {
    const roots = new Set(lexicon.triggers.filter((t) => t.code).map((t) => (t.code as string).slice(0, 2)));
    for (let r = 1; r <= 20; r++) expect(roots, `root ${r}`).toContain(String(r).padStart(2, '0'));
    const lemmas = new Set(lexicon.triggers.map((t) => `${t.pos}:${[t.lemma, ...t.words].join(' ')}`));
    expect(lemmas.size).toBeGreaterThan(600);
  });

  it('indexes triggers by part of speech and lemma, most specific first', () => {
    const sign = lexicon.lookup('verb', 'sign');
    expect(sign[0].objs?.has('agreement')).toBe(true);
    expect(sign[0].code).toBe('057');
    expect(lexicon.lookup('verb', 'crack').some((t) => t.words.includes('down') && t.code === '175')).toBe(true);
    expect(lexicon.lookup('noun', 'invasion')[0].code).toBe('190');
    expect(lexicon.lookup('verb', 'call').some((t) => t.prep === 'on' && t.frame === 'demand')).toBe(true);
    expect(lexicon.lookup('adj', 'provocative')[0].evaluative).toBe(true);
  });

  it('reads the grammar lists', () => {
    expect(lexicon.grammar.negators.has('not')).toBe(true);
    expect(lexicon.grammar.supportVerbs.get('take')?.some((s) => s.words.includes('part') && s.prep === 'in')).toBe(true);
  });

  it('names the file and the entry of a bad entry (E201)', () => {
    const e = lexiconError([{ verb: 'praise', code: '051' }, { verb: 'laud', code: '999' }]);
    expect(e.code).toBe('E201');
    expect(e.input).toBe('my-triggers.json');
    expect(e.message).toMatch(/^entry 1 \("laud"\): "code" "999" is not a CAMEO code/);
    expect(lexiconError([{ verb: 'praise', noun: 'praise', code: '051' }]).message).toMatch(/exactly one of "verb", "noun" or "adj"/);
    expect(lexiconError([{ verb: 'praise' }]).message).toMatch(/needs a "code"/);
    expect(lexiconError([{ verb: 'Praise', code: '051' }]).message).toMatch(/lower-case/);
    expect(lexiconError([{ verb: 'praise', code: '051', target: 'obj' }]).message).toMatch(/"target" must be a list/);
    expect(lexiconError([{ verb: 'praise', code: '051', frame: 'wish' }]).message).toMatch(/"frame" must be one of/);
    expect(lexiconError([{ verb: 'praise', code: '051', colour: 'red' }]).message).toMatch(/unknown field "colour"/);
    expect(lexiconError([{ noun: 'aid', code: '070', refine: [{ when: ['military'], code: '0720' }] }]).message).toMatch(/refine\[0\]\.code/);
    expect(lexiconError({}).message).toMatch(/"entries" array/);
    expect(lexiconError([{ verb: 'detain', code: '173', unnamedPeople: 'yes' }]).message).toMatch(/"unnamedPeople"/);
    expect(lexiconError([{ verb: 'hit', code: '190', subjectRefine: [{ when: ['strike'], code: '010', foreign: '999' }] }]).message).toMatch(/subjectRefine\[0\]\.foreign "999"/);
    expect(lexiconError([{ verb: 'hit', code: '190', refine: [{ when: ['air'], code: '195', foreign: '190' }] }]).message).toMatch(/on a subjectRefine only/);
  });

  it('checks the optional grammar lists and names grammar.json (E201)', () => {
    for (const list of ['peopleNouns', 'foreignModifiers', 'genericActNouns', 'summonerPurposes', 'listNouns', 'representativeNouns', 'responseWords']) {
      const bad = { name: 'grammar.json', data: { ...(grammar.data as object), [list]: ['Men'] } };
      expect(() => createTriggerLexicon([], bad, taxonomy)).toThrow(expect.objectContaining({ code: 'E201', input: 'grammar.json', message: expect.stringContaining(`"${list}" must be a list of lower-case strings`) }));
    }
    for (const families of [['Fire launch'], ['  '], 'fire launch', [['fire', 'launch']]]) {
      const bad = { name: 'grammar.json', data: { ...(grammar.data as object), actWordFamilies: families } };
      expect(() => createTriggerLexicon([], bad, taxonomy)).toThrow(expect.objectContaining({ code: 'E201', input: 'grammar.json', message: expect.stringContaining('"actWordFamilies" must be a list of lower-case strings') }));
    }
    for (const acts of [[{ nouns: ['Appeal'], codes: ['02'] }], [{ nouns: ['appeal'], codes: ['2'] }], [{ nouns: ['appeal'] }], [{ nouns: ['appeal'], codes: ['02'], colour: 'red' }], 'appeal']) {
      const bad = { name: 'grammar.json', data: { ...(grammar.data as object), answeredActs: acts } };
      expect(() => createTriggerLexicon([], bad, taxonomy)).toThrow(expect.objectContaining({ code: 'E201', input: 'grammar.json', message: expect.stringContaining('answeredActs') }));
    }
    const answered = createTriggerLexicon([], grammar, taxonomy).grammar.answeredActs;
    expect(answered.get('appeal')?.codes).toContain('10');
    expect(answered.get('appeal')?.notBy.has('court')).toBe(true);
    expect(answered.get('offer')?.codes).not.toContain('030');
    const families = createTriggerLexicon([], grammar, taxonomy).grammar.actWordFamilies;
    expect(families.get('launch')).toBe(families.get('fire'));
    expect(families.get('deal')).not.toBe(families.get('fire'));
  });

  it('loads user lexicon files after the shipped ones, and reports bad JSON with the path', () => {
    const dir = mkdtempSync(join(tmpdir(), 'entente-lex-'));
    const good = join(dir, 'extra.json');
    writeFileSync(good, JSON.stringify({ entries: [{ verb: 'kowtow', code: '080', target: ['to'] }] }));
    const r = loadEventResources({ userLexicon: [good] });
    expect(r.lexicon.lookup('verb', 'kowtow')[0].code).toBe('080');
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"entries": [');
    expect(() => loadEventResources({ userLexicon: [bad] })).toThrow(expect.objectContaining({ code: 'E201', input: bad }));
    expect(() => loadEventResources({ userLexicon: [join(dir, 'missing.json')] })).toThrow(expect.objectContaining({ code: 'E200' }));
  });

  it('reports a missing shipped file with E200 naming it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'entente-data-'));
    mkdirSync(join(dir, 'lexicon', 'triggers'), { recursive: true });
    expect(() => loadEventResources({ dataDir: dir })).toThrow(expect.objectContaining({ code: 'E200', input: 'data/taxonomy/cameo.json' }));
    expect(dataPath('lexicon')).toMatch(/data[\\/]lexicon$/);
  });
});
