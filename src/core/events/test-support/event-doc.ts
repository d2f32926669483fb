/**
 * Hand-built parsed Docs with actors, places, dates and quotes, for the event coder's tests.
 * The syntax comes from a CoNLL-U-like table (see `buildDoc`); actors and places are found by
 * their surface forms in the tokens (longest match first), the way a gazetteer would.
 */
import type { AnalysisActor, AnalysisDate, AnalysisPlace, AnalysisQuote, ActorType } from '../../analysis/contract.js';
import type { Doc } from '../../doc/doc.js';
import type { Mention } from '../../doc/mention.js';
import { buildDoc } from '../../doc/test-support/build-doc.js';

/** An actor of the test world and the token sequences that name it. */
export interface ActorSpec {
  id: string;
  name: string;
  type: ActorType;
  country: string | null;
  sector?: string | null;
  cameo?: string | null;
  /** Surface forms, tokens separated by spaces ("Vladimir Putin", "Putin", "Russian"). */
  forms: string[];
  /** The international organisation a person acts for. */
  actsFor?: AnalysisActor['actsFor'];
  /** How its mentions name it, as the actor layer says ("description" for "militants", "demonym" for "Albanians"); default "name". */
  via?: Mention['via'];
}

/** A place of the test world. */
export interface PlaceSpec {
  id: string;
  name: string;
  country: string;
  forms: string[];
}

/** Extra layers of a test Doc. */
export interface EventDocOptions {
  places?: PlaceSpec[];
  /** Dates by surface text ("September 15") with their resolved value. */
  dates?: { text: string; value: string }[];
  /** Quotes by their content text, with the speaker's actor id. */
  quotes?: { text: string; speaker: string }[];
  published?: string;
}

/** A few actors most fixtures use. */
export const WORLD: ActorSpec[] = [
  { id: 'state:CHN', name: 'China', type: 'state', country: 'CHN', cameo: 'CHN', forms: ['China', 'Beijing', 'Chinese'] },
  { id: 'state:RUS', name: 'Russia', type: 'state', country: 'RUS', cameo: 'RUS', forms: ['Russia', 'Moscow', 'Russian', 'Kremlin'] },
  { id: 'state:UKR', name: 'Ukraine', type: 'state', country: 'UKR', cameo: 'UKR', forms: ['Ukraine', 'Kyiv', 'Ukrainian'] },
  { id: 'state:USA', name: 'United States', type: 'state', country: 'USA', cameo: 'USA', forms: ['United States', 'U.S.', 'US', 'Washington', 'American'] },
  { id: 'state:IND', name: 'India', type: 'state', country: 'IND', cameo: 'IND', forms: ['India', 'Indian', 'Delhi'] },
  { id: 'state:FRA', name: 'France', type: 'state', country: 'FRA', cameo: 'FRA', forms: ['France', 'French', 'Paris'] },
  { id: 'state:PAK', name: 'Pakistan', type: 'state', country: 'PAK', cameo: 'PAK', forms: ['Pakistan', 'Pakistani', 'Islamabad'] },
  { id: 'state:KAZ', name: 'Kazakhstan', type: 'state', country: 'KAZ', cameo: 'KAZ', forms: ['Kazakhstan', 'Kazakh'] },
  { id: 'state:TWN', name: 'Taiwan', type: 'state', country: 'TWN', cameo: 'TWN', forms: ['Taiwan'] },
  { id: 'state:IRN', name: 'Iran', type: 'state', country: 'IRN', cameo: 'IRN', forms: ['Iran', 'Iranian', 'Tehran'] },
  { id: 'state:NER', name: 'Niger', type: 'state', country: 'NER', cameo: 'NER', forms: ['Niger', 'Nigerien'] },
  { id: 'state:GBR', name: 'United Kingdom', type: 'state', country: 'GBR', cameo: 'GBR', forms: ['Britain', 'British', 'London'] },
  { id: 'person:xi', name: 'Xi Jinping', type: 'person', country: 'CHN', sector: 'GOV', cameo: 'CHNGOV', forms: ['Xi Jinping', 'Xi'] },
  { id: 'person:putin', name: 'Vladimir Putin', type: 'person', country: 'RUS', sector: 'GOV', cameo: 'RUSGOV', forms: ['Vladimir Putin', 'Putin'] },
  { id: 'igo:ecowas', name: 'Economic Community of West African States', type: 'igo', country: null, sector: 'IGO', cameo: 'IGOWAFECW', forms: ['ECOWAS'] },
  { id: 'igo:un', name: 'United Nations', type: 'igo', country: null, sector: 'IGO', cameo: 'IGOUNO', forms: ['United Nations', 'UN'] },
  { id: 'group:rebels', name: 'rebels', type: 'group', country: null, sector: 'REB', cameo: 'REB', forms: ['rebels', 'Rebels', 'insurgents', 'Insurgents'] },
  { id: 'group:protesters', name: 'protesters', type: 'group', country: null, sector: 'CVL', cameo: 'CVL', forms: ['protesters', 'demonstrators'] },
];

/** Places most fixtures use. */
export const PLACES: PlaceSpec[] = [
  { id: 'place:samarkand', name: 'Samarkand', country: 'UZB', forms: ['Samarkand'] },
  { id: 'place:astana', name: 'Astana', country: 'KAZ', forms: ['Astana'] },
  { id: 'place:geneva', name: 'Geneva', country: 'CHE', forms: ['Geneva'] },
];

/** A parsed Doc from `table` with mentions of `actors` (default {@link WORLD}) and the optional layers. */
export function eventDoc(table: string, actors: ActorSpec[] = WORLD, options: EventDocOptions = {}): Doc {
  const doc = buildDoc(table);
  const places = options.places ?? PLACES;
  const forms: { tokens: string[]; id: string; type: ActorType | 'place'; via: Mention['via'] }[] = [
    ...actors.flatMap((a) => a.forms.map((f) => ({ tokens: f.split(' '), id: a.id, type: a.type as ActorType | 'place', via: a.via ?? 'name' }))),
    ...places.flatMap((p) => p.forms.map((f) => ({ tokens: f.split(' '), id: p.id, type: 'place' as const, via: 'name' as Mention['via'] }))),
  ].sort((a, b) => b.tokens.length - a.tokens.length);
  const mentions: Mention[] = [];
  const used = new Set<string>();
  for (let i = 0; i < doc.length; ) {
    const hit = forms.find((f) => f.tokens.every((w, k) => i + k < doc.length && doc.tokenText(i + k) === w));
    if (!hit) {
      i++;
      continue;
    }
    const end = i + hit.tokens.length;
    const span = doc.tokenSpan(i, end);
    mentions.push({ start: span.start, end: span.end, tokStart: i, tokEnd: end, via: hit.via, type: hit.type, ref: hit.id });
    used.add(hit.id);
    i = end;
  }
  doc.mentions = mentions;
  doc.actors = actors.filter((a) => used.has(a.id)).map(
    (a): AnalysisActor => ({ id: a.id, name: a.name, type: a.type, country: a.country, role: null, sector: a.sector ?? null, cameo: a.cameo ?? null, ...(a.actsFor ? { actsFor: a.actsFor } : {}), aliases: [], mentions: [] }),
  );
  doc.places = places.filter((p) => used.has(p.id)).map((p): AnalysisPlace => ({ id: p.id, name: p.name, country: p.country, lat: null, lon: null, mentions: [] }));
  doc.dates = (options.dates ?? []).map((d): AnalysisDate => {
    const start = doc.text.indexOf(d.text);
    if (start < 0) throw new Error(`date text '${d.text}' is not in the doc`);
    return { start, end: start + d.text.length, text: d.text, value: d.value, granularity: d.value.length === 10 ? 'day' : d.value.length === 7 ? 'month' : 'year' };
  });
  doc.quotes = (options.quotes ?? []).map((q, k): AnalysisQuote => {
    const start = doc.text.indexOf(q.text);
    if (start < 0) throw new Error(`quote text '${q.text}' is not in the doc`);
    const a = actors.find((x) => x.id === q.speaker);
    return {
      id: `q${k + 1}`, text: q.text, kind: 'direct', start, end: start + q.text.length,
      speaker: a ? { id: a.id, name: a.name, type: a.type, country: a.country } : null, cue: null, sentence: 0,
    };
  });
  if (options.published) doc.meta.published = options.published;
  return doc;
}
