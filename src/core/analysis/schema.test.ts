import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { analysisSchemaJson, ANALYSIS_SCHEMA } from './schema.js';

describe('the published JSON Schema', () => {
  it('is up to date with src/core/analysis/schema.ts (run `npm run schema` after changing it)', () => {
    const published = readFileSync(new URL('../../../schema/analysis.schema.json', import.meta.url), 'utf8');
    expect(published).toBe(analysisSchemaJson());
  });

  it('is a valid draft 2020-12 schema that names every field the corpus README requires', () => {
    expect(() => new Ajv2020({ strict: true, strictRequired: false }).compile(ANALYSIS_SCHEMA)).not.toThrow();
    const s = ANALYSIS_SCHEMA;
    expect(s.required).toEqual(expect.arrayContaining(['meta', 'text', 'actors', 'quotes', 'events']));
    expect(s.$defs.meta.required).toEqual(expect.arrayContaining(['title', 'authors', 'published', 'publisher', 'reprintedBy', 'url']));
    expect(s.$defs.actor.required).toEqual(expect.arrayContaining(['name', 'type', 'country', 'aliases']));
    expect(s.$defs.quote.required).toEqual(expect.arrayContaining(['text', 'kind', 'speaker']));
    expect(s.$defs.event.required).toEqual(expect.arrayContaining(['type', 'source', 'target', 'negated', 'hypothetical']));
  });
});
