import { describe, expect, it } from 'vitest';
import { textUnits } from './text-units.js';

describe('textUnits', () => {
  it('gives one unit per line of a page that puts paragraphs on lines', () => {
    expect(textUnits('Title\r\nFirst paragraph.\n\n  Second   paragraph. \n').map((u) => u.text)).toEqual(['Title', 'First paragraph.', 'Second paragraph.']);
  });

  it('splits sentences a scraper glued together, at the lost paragraph breaks only', () => {
    expect(textUnits('It said.The man left. The U.S. agreed. “We won.”“Next,” he said.').map((u) => u.text)).toEqual([
      'It said.',
      'The man left. The U.S. agreed. “We won.”',
      '“Next,” he said.',
    ]);
  });

  it('drops a lone "?" left by a lost character at the start of a paragraph', () => {
    expect(textUnits('? Rebels agreed to a ceasefire.\nWhy? Nobody knows.').map((u) => u.text)).toEqual(['Rebels agreed to a ceasefire.', 'Why? Nobody knows.']);
  });

  it('maps each unit to its place in the source', () => {
    const raw = 'Head\n\n  Body text here.';
    const [, body] = textUnits(raw);
    expect(raw.slice(body.src[0], body.src[0] + body.length)).toBe('Body text here.');
  });
});
