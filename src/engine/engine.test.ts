import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readText } from '../core/article/read-text.js';
import { validateAnalysis } from '../core/analysis/validate.js';
import { TokenFlag, type Doc } from '../core/doc/doc.js';
import { EntenteError } from '../core/errors/errors.js';
import type { ComponentEntry } from './components.js';
import { createEngine } from './engine.js';
import { createResources } from './resources.js';

const TEXT = 'Ministers meet on water\n\nThe water ministers of the two states met on Monday. They agreed to share data on river levels.\n\nA second meeting is planned for May.';

/** A splitter written for this test: whitespace tokens, a sentence ends at a full stop. Its "model" is a resource. */
function splitterEntry(loads: { n: number }): ComponentEntry {
  return {
    name: 'test-splitter',
    async create(resources) {
      const ends = await resources.get('test-sentence-ends', () => {
        loads.n++;
        return new Set(['.', '!', '?']);
      });
      return {
        name: 'test-splitter',
        reads: [],
        writes: ['tokens', 'sentences'],
        run(doc: Doc) {
          const starts: number[] = [];
          const stops: number[] = [];
          for (const m of doc.text.matchAll(/[^\s.!?]+|[.!?]/g)) {
            starts.push(m.index);
            stops.push(m.index + m[0].length);
          }
          const sStart: number[] = [0];
          const sEnd: number[] = [];
          starts.forEach((s, i) => {
            if (ends.has(doc.text[s]) && i + 1 < starts.length) {
              sEnd.push(i + 1);
              sStart.push(i + 1);
            }
          });
          sEnd.push(starts.length);
          doc.setTokens({
            start: Uint32Array.from(starts),
            end: Uint32Array.from(stops),
            lex: Uint32Array.from(starts.map((s, i) => doc.vocab.id(doc.text.slice(s, stops[i])))),
            flags: Uint8Array.from(starts.map(() => TokenFlag.SpaceAfter)),
          });
          doc.setSentences({ tokStart: Uint32Array.from(sStart), tokEnd: Uint32Array.from(sEnd) });
        },
      };
    },
  };
}

const dir = mkdtempSync(join(tmpdir(), 'entente-engine-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('createEngine', () => {
  it('with no components writes a valid analysis whose NLP layers are empty', async () => {
    const engine = await createEngine({ resources: createResources(), components: [] });
    const a = engine.analyzeArticle(readText(TEXT, { name: 'water.txt' }));
    expect(validateAnalysis(a)).toBe(a);
    expect(a.meta.title).toBe('Ministers meet on water');
    expect(a.paragraphs).toHaveLength(2);
    expect([a.sentences, a.actors, a.quotes, a.events]).toEqual([[], [], [], []]);
    expect(a.generator.name).toBe('entente');
  });

  it('builds factory components over lazily loaded resources, loading each once per resources set', async () => {
    const loads = { n: 0 };
    const resources = createResources();
    const e1 = await createEngine({ resources, components: [splitterEntry(loads)], validate: true });
    const e2 = await createEngine({ resources, components: [splitterEntry(loads)] });
    expect(loads.n).toBe(1);
    expect(resources.loaded()).toContain('test-sentence-ends');
    const a = e1.analyzeArticle(readText(TEXT));
    expect(a.sentences.map((s) => a.text.slice(s.start, s.end))).toEqual([
      'The water ministers of the two states met on Monday.',
      'They agreed to share data on river levels.',
      'A second meeting is planned for May.',
    ]);
    expect(e2.pipeline.components.map((c) => c.name)).toEqual(['test-splitter']);
  });

  it('refuses an article in another language with E104 naming the input and the language', async () => {
    const engine = await createEngine({ resources: createResources(), components: [] });
    const french = readText('Les ministres se sont rencontrés lundi et ont annoncé que les négociations sur la frontière reprendront dans les prochains jours.', { name: 'fr.txt' });
    try {
      engine.analyzeArticle(french);
      expect.unreachable();
    } catch (e) {
      expect((e as EntenteError).code).toBe('E104');
      expect((e as EntenteError).oneLine()).toMatch(/^fr\.txt: the text is in French \(fr\); Entente reads English news only \[E104\]$/);
    }
  });

  it('reads and analyses a file', async () => {
    const p = join(dir, 'water.txt');
    writeFileSync(p, TEXT);
    const engine = await createEngine({ resources: createResources(), components: [] });
    const a = await engine.analyze(p);
    expect(a.meta.source).toBe(p);
    expect(a.text.startsWith('The water ministers')).toBe(true);
  });

  it('refuses a pipeline whose components are out of order (E300)', async () => {
    const reader = { name: 'reader', reads: ['sentences'] as const, writes: [] as const, run() {} };
    await expect(createEngine({ resources: createResources(), components: [reader] })).rejects.toThrow(/component 'reader' reads 'sentences'/);
  });
});
