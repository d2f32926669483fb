/**
 * GDELT 2.0 Events export: one tab-separated line per event with the 61 columns of the GDELT 2.0
 * Event table, in GDELT's order, without a header (as GDELT publishes them).
 *
 * What Entente fills, and what it leaves empty:
 *
 * | columns | value |
 * |---|---|
 * | GLOBALEVENTID | the first 13 hex digits of the event id, as an integer (stable across runs) |
 * | SQLDATE, MonthYear, Year, FractionDate | the event's date (its own day, else its first report's publication day) |
 * | Actor1/2Code, Name, CountryCode | the participant's CAMEO code, upper-cased name, ISO3 country (CAMEO country codes are ISO3) |
 * | Actor1/2KnownGroupCode | the last three letters of an IGO/NGO code (`IGOUNO` → `UNO`) |
 * | Actor1/2Type1..3Code | the role codes after the country in the CAMEO code (`RUSGOVMIL` → `GOV`, `MIL`) |
 * | Actor1/2EthnicCode, Religion1/2Code | empty: Entente does not code ethnicity or religion |
 * | IsRootEvent | 1 when the first report states the event in its first sentence |
 * | EventCode, EventBaseCode, EventRootCode, QuadClass, GoldsteinScale | from the CAMEO code |
 * | NumMentions, NumSources, NumArticles | counted across the whole corpus (GDELT: within 15 minutes) |
 * | AvgTone | empty: Entente does not score tone |
 * | Actor1/2Geo_* | empty: Entente geocodes the event, not each actor |
 * | ActionGeo_Type | 1 for a country-level place (no coordinates), 3 for a place in the USA, 4 elsewhere |
 * | ActionGeo_FullName, Lat, Long | the event's place |
 * | ActionGeo_CountryCode, ADM1Code, ADM2Code, FeatureID | empty: GDELT uses FIPS 10-4 and GNS ids, which Entente does not hold |
 * | DATEADDED | the event's date at 000000 (Entente keeps no crawl time) |
 * | SOURCEURL | the URL of the earliest article reporting the event |
 */
import type { CorpusActorRef, CorpusEvent } from '../../store/store.js';
import { tsvField } from './text-formats.js';

/** The GDELT 2.0 Event table's columns, in order. */
export const GDELT_COLUMNS = [
  'GLOBALEVENTID', 'SQLDATE', 'MonthYear', 'Year', 'FractionDate',
  'Actor1Code', 'Actor1Name', 'Actor1CountryCode', 'Actor1KnownGroupCode', 'Actor1EthnicCode', 'Actor1Religion1Code', 'Actor1Religion2Code', 'Actor1Type1Code', 'Actor1Type2Code', 'Actor1Type3Code',
  'Actor2Code', 'Actor2Name', 'Actor2CountryCode', 'Actor2KnownGroupCode', 'Actor2EthnicCode', 'Actor2Religion1Code', 'Actor2Religion2Code', 'Actor2Type1Code', 'Actor2Type2Code', 'Actor2Type3Code',
  'IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale', 'NumMentions', 'NumSources', 'NumArticles', 'AvgTone',
  'Actor1Geo_Type', 'Actor1Geo_FullName', 'Actor1Geo_CountryCode', 'Actor1Geo_ADM1Code', 'Actor1Geo_ADM2Code', 'Actor1Geo_Lat', 'Actor1Geo_Long', 'Actor1Geo_FeatureID',
  'Actor2Geo_Type', 'Actor2Geo_FullName', 'Actor2Geo_CountryCode', 'Actor2Geo_ADM1Code', 'Actor2Geo_ADM2Code', 'Actor2Geo_Lat', 'Actor2Geo_Long', 'Actor2Geo_FeatureID',
  'ActionGeo_Type', 'ActionGeo_FullName', 'ActionGeo_CountryCode', 'ActionGeo_ADM1Code', 'ActionGeo_ADM2Code', 'ActionGeo_Lat', 'ActionGeo_Long', 'ActionGeo_FeatureID',
  'DATEADDED', 'SOURCEURL',
] as const;

const GROUP_PREFIXES = /^(IGO|NGO|NGM|MNC|REB|INS|UIS|SEP|IMG)/;

/** The ten actor columns of one participant. */
function actorColumns(a: CorpusActorRef | null): unknown[] {
  if (!a) return Array(10).fill('');
  const code = a.code ?? '';
  // A non-state group has no country in the contract (it acts for none), but GDELT, like CAMEO,
  // counts it with the state it is based in: its `basedIn`, else the country part of its code (`SDNREB` → SDN).
  const country = a.country ?? a.basedIn ?? (code.length >= 6 && !GROUP_PREFIXES.test(code) ? code.slice(0, 3) : '');
  const known = GROUP_PREFIXES.test(code) && code.length >= 6 ? code.slice(-3) : '';
  // Role codes follow the country code in a state actor's CAMEO code.
  const roles = country && code.startsWith(country) ? code.slice(3) : '';
  const type = (i: number) => roles.slice(i * 3, i * 3 + 3);
  return [code, a.name.toUpperCase(), country, known, '', '', '', type(0), type(1), type(2)];
}

/** GLOBALEVENTID: 52 bits of the event id, exact in a double. */
export function numericEventId(id: string): number {
  return parseInt(id.slice(0, 13), 16);
}

/** The 61 fields of one event. */
export function gdeltFields(e: CorpusEvent): unknown[] {
  const d = e.date ? e.date.replace(/-/g, '') : '';
  const y = d.slice(0, 4);
  const fraction = d ? (Number(y) + (Number(d.slice(4, 6)) * 30 + Number(d.slice(6, 8))) / 365).toFixed(4) : '';
  const p = e.place;
  const geoType = !p ? '' : p.lat === null ? 1 : p.country === 'USA' ? 3 : 4;
  const fields = [
    numericEventId(e.id), d, d.slice(0, 6), y, fraction,
    ...actorColumns(e.source),
    ...actorColumns(e.target),
    e.firstSentence === 0 ? 1 : 0, e.cameo, e.cameo.slice(0, 3), e.cameo.slice(0, 2), e.quadClass, e.goldstein,
    e.numMentions, e.numSources, e.numArticles, '',
    ...Array(8).fill(''),
    ...Array(8).fill(''),
    geoType, p?.name ?? '', '', '', '', p?.lat ?? '', p?.lon ?? '', '',
    d ? `${d}000000` : '', e.sourceUrl ?? '',
  ];
  return fields;
}

/** One GDELT line (with its newline). */
export function gdeltLine(e: CorpusEvent): string {
  return gdeltFields(e).map(tsvField).join('\t') + '\n';
}
