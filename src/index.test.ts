import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import * as entente from './index.js';

const dir = mkdtempSync(join(tmpdir(), 'entente-api-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const BODY = 'The prime ministers of the two countries met in the capital on Friday and signed an agreement on the joint management of their border rivers.';

describe('the library API', () => {
  it('exports the documented functions and values', () => {
    for (const name of ['analyze', 'createEngine', 'readArticle', 'readText', 'readHtml', 'validateAnalysis', 'listInputs', 'detectLanguage']) {
      expect(typeof (entente as Record<string, unknown>)[name], name).toBe('function');
    }
    expect(entente.SCHEMA_VERSION).toMatch(/^\d+\.\d+\.\d+$/);
    expect(entente.ANALYSIS_SCHEMA.$schema).toContain('2020-12');
  });

  it('analyses a file, inline text and inline HTML into valid analyses', async () => {
    const p = join(dir, 'rivers.txt');
    writeFileSync(p, `Leaders sign river pact\n\n${BODY}`);
    const fromFile = await entente.analyze(p, { validate: true });
    const fromText = await entente.analyze({ text: `Leaders sign river pact\n\n${BODY}`, name: 'inline' });
    const fromHtml = await entente.analyze({ html: `<html><head><title>Leaders sign river pact</title></head><body><p>${BODY}</p></body></html>` });
    for (const a of [fromFile, fromText, fromHtml]) {
      expect(entente.validateAnalysis(a)).toBe(a);
      expect(a.text).toBe(BODY);
    }
    expect(fromFile.meta.title).toBe('Leaders sign river pact');
    expect(fromText.id).toBe(fromFile.id);
    expect(fromText.meta.source).toBe('inline');
  });

  it('reads an article on its own, with the offsets to its source', async () => {
    const p = join(dir, 'rivers.html');
    const html = `<html><body><article><p>${BODY}</p></article></body></html>`;
    writeFileSync(p, html);
    const a = await entente.readArticle(p);
    expect(html.slice(a.offsets.toSource(0), a.offsets.toSource(0) + 20)).toBe(BODY.slice(0, 20));
  });
});
