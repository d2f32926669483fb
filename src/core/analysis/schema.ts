/**
 * The JSON Schema (draft 2020-12) of the analysis document described by `contract.ts`. Published
 * as `schema/analysis.schema.json` (`npm run schema` rewrites it; a test fails when it is stale).
 *
 * Objects accept properties the schema does not name: a minor version of the contract adds
 * optional fields, and a consumer validating with an older schema must still accept the newer
 * document. Required fields, types, enumerations and the shape of codes are checked.
 */
import { SCHEMA_VERSION } from './contract.js';

const nullable = (schema: object) => ({ anyOf: [schema, { type: 'null' }] });
const str = { type: 'string' };
const nullStr = { type: ['string', 'null'] };
const offset = { type: 'integer', minimum: 0 };
const iso3 = { anyOf: [{ type: 'string', pattern: '^[A-Z]{3}$' }, { type: 'null' }], description: 'ISO 3166-1 alpha-3, or null' };
const ref = (name: string) => ({ $ref: `#/$defs/${name}` });
const arrayOf = (items: object) => ({ type: 'array', items });

/** The schema as a plain object (what `schema/analysis.schema.json` holds). */
export const ANALYSIS_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: `urn:entente:schema:analysis:${SCHEMA_VERSION}`,
  title: 'Entente analysis',
  description: 'The analysis of one news article: clean text, metadata, and actors, places, dates, quotations and events, every span as UTF-16 offsets [start, end) into `text`.',
  type: 'object',
  required: ['schemaVersion', 'generator', 'id', 'meta', 'text', 'paragraphs', 'sentences', 'actors', 'places', 'dates', 'quotes', 'events'],
  properties: {
    schemaVersion: { type: 'string', pattern: '^1\\.\\d+\\.\\d+$', description: 'Semantic version of this contract.' },
    generator: {
      type: 'object',
      required: ['name', 'version'],
      properties: { name: { const: 'entente' }, version: str, models: { type: 'object', additionalProperties: str } },
    },
    id: { type: 'string', pattern: '^[0-9a-f]{16}$', description: 'Content hash of `text`.' },
    meta: ref('meta'),
    text: str,
    paragraphs: arrayOf({ type: 'object', allOf: [ref('span')], required: ['kind'], properties: { kind: { enum: ['paragraph', 'heading'] } } }),
    sentences: arrayOf(ref('span')),
    actors: arrayOf(ref('actor')),
    places: arrayOf(ref('place')),
    dates: arrayOf(ref('date')),
    quotes: arrayOf(ref('quote')),
    events: arrayOf(ref('event')),
  },
  $defs: {
    span: { type: 'object', required: ['start', 'end'], properties: { start: offset, end: offset } },
    textSpan: { type: 'object', required: ['start', 'end', 'text'], properties: { start: offset, end: offset, text: str } },
    meta: {
      type: 'object',
      required: ['title', 'authors', 'published', 'publisher', 'reprintedBy', 'url', 'language', 'sections'],
      properties: {
        title: nullStr,
        authors: arrayOf(str),
        published: nullable({ type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}(T[0-9:.]+(Z|[+-]\\d{2}:?\\d{2})?)?$' }),
        publisher: nullStr,
        reprintedBy: nullStr,
        url: nullStr,
        language: nullable({ type: 'string', pattern: '^[a-z]{2}$' }),
        sections: arrayOf(str),
        source: nullStr,
        pageUrl: nullStr,
        description: nullStr,
        dateline: nullStr,
      },
    },
    actorType: { enum: ['person', 'state', 'igo', 'org', 'group'] },
    mention: {
      type: 'object',
      allOf: [ref('textSpan')],
      properties: { via: { enum: ['name', 'alias', 'title', 'description', 'pronoun', 'metonym', 'demonym'] } },
    },
    actor: {
      type: 'object',
      required: ['id', 'name', 'type', 'country', 'role', 'sector', 'cameo', 'aliases', 'mentions'],
      properties: {
        id: str, name: str, type: ref('actorType'), country: iso3, basedIn: iso3, role: nullStr, sector: nullStr, cameo: nullStr,
        affiliation: nullStr, actsFor: nullable(ref('actsFor')), aliases: arrayOf(str), mentions: arrayOf(ref('mention')),
      },
    },
    actsFor: { type: 'object', required: ['id', 'name', 'cameo'], properties: { id: str, name: str, cameo: nullStr } },
    place: {
      type: 'object',
      required: ['id', 'name', 'country', 'lat', 'lon', 'mentions'],
      properties: {
        id: str, name: str, country: iso3,
        lat: nullable({ type: 'number', minimum: -90, maximum: 90 }), lon: nullable({ type: 'number', minimum: -180, maximum: 180 }),
        kind: nullStr, mentions: arrayOf(ref('mention')),
      },
    },
    date: {
      type: 'object',
      allOf: [ref('textSpan')],
      required: ['value', 'granularity'],
      properties: {
        value: { type: 'string', pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' }, granularity: { enum: ['day', 'week', 'month', 'year'] },
        part: { enum: ['early', 'mid', 'late', null] }, relative: { type: 'boolean' },
      },
    },
    speaker: {
      type: 'object',
      required: ['id', 'name', 'type', 'country'],
      properties: {
        id: nullStr, name: str, type: nullable(ref('actorType')), country: iso3, role: nullStr, affiliation: nullStr,
        mention: nullable(ref('textSpan')),
      },
    },
    quote: {
      type: 'object',
      required: ['id', 'text', 'kind', 'start', 'end', 'speaker', 'cue', 'sentence'],
      properties: {
        id: str, text: str, kind: { enum: ['direct', 'partial', 'indirect'] }, start: offset, end: offset,
        parts: arrayOf(ref('span')), speaker: nullable(ref('speaker')), cue: nullable(ref('textSpan')),
        source: nullable(ref('textSpan')), sentence: { type: 'integer', minimum: 0 },
      },
    },
    eventAgent: { type: 'object', required: ['id', 'name'], properties: { id: nullStr, name: str } },
    eventActor: {
      type: 'object',
      required: ['id', 'name', 'type', 'country'],
      properties: {
        id: nullStr, name: str, type: nullable(ref('actorType')), country: iso3, basedIn: iso3, sector: nullStr, code: nullStr,
        mention: nullable(ref('textSpan')), agent: nullable(ref('eventAgent')),
      },
    },
    event: {
      type: 'object',
      required: ['id', 'type', 'mode', 'context', 'cameo', 'goldstein', 'quadClass', 'source', 'target', 'date', 'place', 'negated', 'hypothetical', 'trigger', 'evidence', 'confidence'],
      properties: {
        id: str,
        type: { enum: ['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST', 'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT'] },
        mode: nullStr,
        context: nullStr,
        cameo: { type: 'string', pattern: '^\\d{2,4}$' },
        goldstein: { type: 'number', minimum: -10, maximum: 10 },
        quadClass: { enum: [1, 2, 3, 4] },
        source: nullable(ref('eventActor')),
        target: nullable(ref('eventActor')),
        date: nullable({ type: 'string', pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' }),
        place: nullable({
          type: 'object',
          required: ['name', 'country', 'lat', 'lon'],
          properties: { name: str, country: iso3, lat: { type: ['number', 'null'] }, lon: { type: ['number', 'null'] } },
        }),
        negated: { type: 'boolean' },
        hypothetical: { type: 'boolean' },
        future: { type: 'boolean' },
        claimOf: nullStr,
        trigger: ref('textSpan'),
        evidence: { type: 'object', allOf: [ref('textSpan')], required: ['sentence'], properties: { sentence: { type: 'integer', minimum: 0 } } },
        confidence: { type: 'number', minimum: 0, maximum: 1 },
      },
    },
  },
} as const;

/** The published file's content: the schema as indented JSON with a final newline. */
export function analysisSchemaJson(): string {
  return JSON.stringify(ANALYSIS_SCHEMA, null, 2) + '\n';
}
