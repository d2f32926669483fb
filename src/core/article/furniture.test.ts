import { describe, expect, it } from 'vitest';
import { furnitureTests } from './furniture.js';
import { DEFAULT_READER_LEXICON } from './reader-lexicon.js';

const f = furnitureTests(DEFAULT_READER_LEXICON);

describe('furniture', () => {
  it('recognises interface lines anywhere', () => {
    for (const line of ['Share this article', 'Advertisement', '- Published', '[ partner banner ]', 'Facebook Twitter WhatsApp Email', '4 min read', 'Photo: Getty Images', 'Read more: Ministers meet']) {
      expect(f.isFurniture(line, 'body')).toBe(true);
    }
  });

  it('recognises appeals and section labels only outside the body', () => {
    expect(f.isFurniture('Make a donation to support our newsroom!', 'header')).toBe(true);
    expect(f.isFurniture('Politics', 'header')).toBe(true);
    expect(f.isFurniture('Home > World > Asia', 'header')).toBe(true);
    expect(f.isFurniture('Politics', 'body')).toBe(false);
    expect(f.isFurniture('The donation was announced by the minister on Friday.', 'body')).toBe(false);
  });

  it('keeps sentences that merely use furniture words', () => {
    expect(f.isFurniture('Share prices fell sharply after the sanctions were announced on Monday.', 'body')).toBe(false);
    expect(f.isFurniture('Print media were banned from the hearing.', 'body')).toBe(false);
  });

  it('reads the site name from its newsletter box', () => {
    expect(f.siteName('Join the Policy Watch mailing list')).toBe('Policy Watch');
    expect(f.siteName('Sign up for the Daily Planet newsletter')).toBe('Daily Planet');
    expect(f.siteName('Join our mailing list')).toBeNull();
  });
});
