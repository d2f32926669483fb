import { describe, expect, it } from 'vitest';
import { isReaderProse, shapeOf } from './page-items.js';
import { itemsOf } from './test-support/items.js';

describe('isReaderProse', () => {
  it('takes sentences for prose, and neither a title-case headline with a full stop nor a short question standing alone', () => {
    expect(isReaderProse('The foreign ministers met in the capital on Monday to discuss trade.')).toBe(true);
    expect(isReaderProse('Envoys Agree To Meet Again Over The Border.')).toBe(false);
    expect(isReaderProse('What is in the new maritime security pact?')).toBe(false);
    expect(isReaderProse('Will it last? Nobody in the capital seemed willing to bet on it this week.')).toBe(true);
  });

  it('caches the shape of a unit until its text changes', () => {
    const [it0] = itemsOf(['Talks resume in the capital after a pause of three weeks, officials said on Monday.']);
    const first = shapeOf(it0);
    expect(shapeOf(it0)).toBe(first);
    expect(first.prose).toBe(true);
    it0.body = it0.body.slice(0, 13);
    expect(shapeOf(it0).fold).toBe('talks resume');
  });
});
