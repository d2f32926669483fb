import { describe, expect, it } from 'vitest';
import { isEntenteError } from '../errors/errors.js';
import { parseConllu } from './conllu.js';
import { SMALL_CONLLU } from './test-support/fixtures.js';

describe('parseConllu', () => {
  const [s1, s2] = parseConllu(SMALL_CONLLU, 'fixture');

  it('reads sentences with their comments', () => {
    expect(s1.sentId).toBe('s1');
    expect(s1.text).toBe('The minister praised the new agreement.');
    expect(s2.sentId).toBe('s2');
  });

  it('reads every column of a word', () => {
    expect(s1.words).toHaveLength(7);
    const praised = s1.words[2];
    expect(praised).toMatchObject({ id: 3, form: 'praised', lemma: 'praise', upos: 'VERB', xpos: 'VBD', head: 0, deprel: 'root' });
    expect(s1.words[1]).toMatchObject({ form: 'minister', head: 3, deprel: 'nsubj' });
  });

  it('keeps SpaceAfter=No', () => {
    expect(s1.words[5].spaceAfter).toBe(false);
    expect(s1.words[4].spaceAfter).toBe(true);
  });

  it('keeps syntactic words of a multiword token and records the range', () => {
    expect(s2.words.map((w) => w.form)).toEqual(['Officials', 'in', 'Nur', '-', 'Sultan', 'do', "n't", 'agree', '.']);
    expect(s2.multiwords).toEqual([{ first: 6, last: 7, form: "don't", spaceAfter: true }]);
    // inside a multiword token there is no space between the words
    expect(s2.words[5].spaceAfter).toBe(false);
    expect(s2.words[6].spaceAfter).toBe(true);
  });

  it('skips empty nodes of enhanced dependencies', () => {
    const text = '1\tGo\tgo\tVERB\tVB\t_\t0\troot\t0:root\t_\n1.1\tgo\tgo\tVERB\tVB\t_\t_\t_\t0:root\t_\n2\t.\t.\tPUNCT\t.\t_\t1\tpunct\t1:punct\t_\n';
    const [s] = parseConllu(text);
    expect(s.words.map((w) => w.form)).toEqual(['Go', '.']);
  });

  it('reads a file without a final blank line and with CRLF line ends', () => {
    const text = '1\tHello\thello\tINTJ\tUH\t_\t0\troot\t0:root\t_\r\n2\t!\t!\tPUNCT\t.\t_\t1\tpunct\t1:punct\t_';
    expect(parseConllu(text)[0].words).toHaveLength(2);
  });

  it('rejects a line with the wrong number of columns, naming the line (E500)', () => {
    try {
      parseConllu('1\tHello\thello\tINTJ\n', 'bad.conllu');
      expect.unreachable();
    } catch (e) {
      expect(isEntenteError(e) && e.code).toBe('E500');
      expect((e as Error).message).toContain('line 1');
      expect((e as { input?: string }).input).toBe('bad.conllu');
    }
  });

  it('rejects out-of-order ids and heads beyond the sentence', () => {
    expect(() => parseConllu('2\tHello\thello\tINTJ\tUH\t_\t0\troot\t_\t_\n')).toThrow(/word id '2'/);
    expect(() => parseConllu('1\tHello\thello\tINTJ\tUH\t_\t5\troot\t_\t_\n')).toThrow(/beyond the sentence/);
  });
});
