import { describe, expect, it } from 'vitest';
import { contentId } from './content-id.js';

describe('contentId', () => {
  it('is 16 hex digits, stable, and differs for different texts', () => {
    const a = contentId('Xi met Putin in Samarkand.');
    expect(a).toMatch(/^[0-9a-f]{16}$/);
    expect(contentId('Xi met Putin in Samarkand.')).toBe(a);
    expect(contentId('Xi met Putin in Samarkand!')).not.toBe(a);
    expect(contentId('')).toMatch(/^[0-9a-f]{16}$/);
  });
});
