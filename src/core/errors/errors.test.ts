import { describe, expect, it } from 'vitest';
import { ERROR_CATALOGUE, EntenteError, isEntenteError } from './errors.js';

describe('EntenteError', () => {
  it('prints one line naming the input, the reason and the code', () => {
    const e = new EntenteError('E100', 'the file is empty;\n give a file with article text', { input: 'a.txt' });
    expect(e.oneLine()).toBe('a.txt: the file is empty; give a file with article text [E100]');
    expect(isEntenteError(e)).toBe(true);
    expect(isEntenteError(new Error('x'))).toBe(false);
  });

  it('has a catalogue entry for every code family', () => {
    const families = new Set(Object.keys(ERROR_CATALOGUE).map((c) => c.slice(0, 2)));
    expect([...families].sort()).toEqual(['E1', 'E2', 'E3', 'E4', 'E5']);
  });
});
