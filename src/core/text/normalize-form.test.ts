import { describe, expect, it } from 'vitest';
import { normalizeForm } from './normalize-form.js';

describe('normalizeForm', () => {
  it('maps typographic quotes, apostrophes and hyphens to ASCII', () => {
    expect(['’s', 'n’t', '“', '”', '‘', '«', 'Nur‑Sultan'].map(normalizeForm)).toEqual(["'s", "n't", '"', '"', "'", '"', 'Nur-Sultan']);
  });

  it('reads the typo "s as the possessive \'s', () => {
    expect(normalizeForm('"s')).toBe("'s");
  });

  it('returns plain forms unchanged', () => {
    const form = 'Samarkand';
    expect(normalizeForm(form)).toBe(form);
  });
});
