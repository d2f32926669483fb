/**
 * A small hand-made world for actor tests: three states, an IGO, an organisation, a few people
 * with dated roles (invented, except that the shapes follow real careers), agent words, a
 * gazetteer and name cues — plus a helper that runs the tokenizer and the actor component.
 */
import { emptyMeta } from '../../article/article.js';
import { OffsetMap } from '../../article/offset-map.js';
import type { Doc } from '../../doc/doc.js';
import { createKnowledgeBase } from '../../kb/knowledge-base.js';
import { Gazetteer } from '../../places/gazetteer.js';
import { Pipeline } from '../../pipeline/pipeline.js';
import { createTokenizer } from '../../text/tokenizer-component.js';
import { createActorResolver, type ActorResources } from '../actor-resolver.js';
import { parseNameCues } from '../name-cues.js';

const STATES = [
  { id: 'state:USA', iso2: 'US', iso3: 'USA', cameo: 'USA', name: 'United States', aliases: ['U.S.'], adjectives: ['American'], people: ['Americans'], capital: 'Washington', metonyms: [], status: 'un-member', immigrantNation: true },
  { id: 'state:RUS', iso2: 'RU', iso3: 'RUS', cameo: 'RUS', name: 'Russia', officialName: 'Russian Federation', aliases: ['Russian Federation'], adjectives: ['Russian'], people: ['Russians'], capital: 'Moscow', metonyms: ['Moscow', 'the Kremlin'], status: 'un-member' },
  { id: 'state:KAZ', iso2: 'KZ', iso3: 'KAZ', cameo: 'KAZ', name: 'Kazakhstan', aliases: ['Republic of Kazakhstan'], adjectives: ['Kazakh'], people: ['Kazakhs'], capital: 'Astana', metonyms: ['Astana'], status: 'un-member' },
  { id: 'state:CHN', iso2: 'CN', iso3: 'CHN', cameo: 'CHN', name: 'China', aliases: [], adjectives: ['Chinese'], people: ['Chinese'], capital: 'Beijing', metonyms: ['Beijing'], status: 'un-member' },
];
const IGOS = [{ id: 'igo:steppe-forum', name: 'Steppe Cooperation Forum', aliases: ['SCF'], cameo: 'IGOASI', kind: 'forum', members: ['RUS', 'KAZ', 'CHN'] }];
const ORGS = [
  { id: 'org:tengri-news', name: 'Tengri Daily', aliases: [], country: 'KAZ', sector: 'MED', kind: 'newspaper', cameo: 'KAZMED' },
  { id: 'org:foreign-affairs-review', name: 'Foreign Affairs', aliases: [], country: 'USA', sector: 'MED', kind: 'magazine', cameo: 'USAMED' },
  { id: 'org:kaz-border-service', name: 'Border Service', aliases: [], country: 'KAZ', sector: 'COP', kind: 'agency', cameo: 'KAZCOP' },
  { id: 'org:steppe-front', name: 'Steppe Liberation Front', aliases: ['Steppe Front', 'Steppe Front rebels'], country: 'KAZ', sector: 'REB', kind: 'armed movement', cameo: 'KAZREB' },
  // Two bodies known by the same short name, in different countries (as "Congress" is).
  { id: 'org:kaz-senate', name: 'Kazakh Senate', aliases: ['Senate'], country: 'KAZ', sector: 'LEG', kind: 'legislature', cameo: 'KAZLEG', needsContext: ['Senate'] },
  { id: 'org:rus-senate', name: 'Russian Senate', aliases: ['Senate'], country: 'RUS', sector: 'LEG', kind: 'legislature', cameo: 'RUSLEG', needsContext: ['Senate'] },
];
const PEOPLE = [
  {
    id: 'person:arkady-volkov', name: 'Arkady Volkov', aliases: [], gender: 'm',
    roles: [
      { role: 'head of government', title: 'Prime Minister', country: 'RUS', start: '2008-05-08', end: '2012-05-07' },
      { role: 'head of state', title: 'President', country: 'RUS', start: '2012-05-07', end: null },
    ],
  },
  { id: 'person:li-wenming', name: 'Li Wenming', aliases: [], gender: 'm', roles: [{ role: 'head of state', title: 'President', country: 'CHN', start: '2013-03-14', end: null }] },
  { id: 'person:aidos-serik', name: 'Aidos Serik', aliases: ['Aidos Seriq'], gender: 'm', roles: [{ role: 'head of state', title: 'President', country: 'KAZ', start: '2019-03-20', end: null }] },
  { id: 'person:pavel-sokol', name: 'Pavel Sokol', aliases: [], gender: 'm', roles: [{ role: 'foreign minister', title: 'Foreign Minister', country: 'RUS', start: '2004-03-09', end: null }] },
  { id: 'person:dina-omar', name: 'Dina Omar', aliases: [], gender: 'f', roles: [{ role: 'foreign minister', title: 'Foreign Minister', country: 'KAZ', start: '2019-01-01', end: null }] },
  // A former leader, out of office for years, and two namesakes who led the same country.
  { id: 'person:nurlan-bekov', name: 'Nurlan Bekov', aliases: ['Nurlan II'], gender: 'm', roles: [{ role: 'head of state', title: 'President', country: 'KAZ', start: '2001-01-01', end: '2010-01-01' }] },
  { id: 'person:ivan-orlov', name: 'Ivan Orlov', aliases: [], gender: 'm', roles: [{ role: 'head of government', title: 'Prime Minister', country: 'RUS', start: '2000-01-01', end: '2003-01-01' }] },
  { id: 'person:oleg-orlov', name: 'Oleg Orlov', aliases: [], gender: 'm', roles: [{ role: 'head of government', title: 'Prime Minister', country: 'RUS', start: '2004-01-01', end: '2006-01-01' }] },
  // Once a national minister, now the head of an international organisation.
  {
    id: 'person:bolat-temir', name: 'Bolat Temir', aliases: [], gender: 'm',
    roles: [
      { role: 'foreign minister', title: 'Foreign Minister', country: 'KAZ', start: '2005-01-01', end: '2010-01-01' },
      { role: 'igo head', title: 'Secretary-General', igo: 'igo:steppe-forum', start: '2020-01-01', end: null },
    ],
  },
  // A political family: a former president and, years later, his wife, a former foreign minister.
  { id: 'person:marat-tulegen', name: 'Marat Tulegen', aliases: [], gender: 'm', roles: [{ role: 'head of state', title: 'President', country: 'KAZ', start: '1995-01-01', end: '2001-01-01' }] },
  { id: 'person:aigul-tulegen', name: 'Aigul Tulegen', aliases: [], gender: 'f', roles: [{ role: 'foreign minister', title: 'Foreign Minister', country: 'KAZ', start: '2005-01-01', end: '2009-01-01' }] },
  // Another political family: a former president and his wife, once a senator and a foreign
  // minister, who later runs for president (a candidacy is a role with dates).
  { id: 'person:erlan-nurbek', name: 'Erlan Nurbek', aliases: [], gender: 'm', roles: [{ role: 'head of state', title: 'President', country: 'KAZ', start: '1988-01-01', end: '1991-01-01' }] },
  {
    id: 'person:gulnara-nurbek', name: 'Gulnara Nurbek', aliases: [], gender: 'f',
    roles: [
      { role: 'legislator', title: 'Senator', country: 'KAZ', start: '2001-01-01', end: '2009-01-01' },
      { role: 'foreign minister', title: 'Foreign Minister', country: 'KAZ', start: '2009-01-01', end: '2013-01-01' },
      { role: 'candidate', title: 'presidential candidate', country: 'KAZ', start: '2015-04-01', end: '2016-11-09' },
    ],
  },
  // A defence minister who shares his surname with a former president.
  // Leads a non-state armed group: acts for it, not for the state it fights in.
  { id: 'person:ruslan-dzhaksy', name: 'Ruslan Dzhaksy', aliases: [], gender: 'm', roles: [{ role: 'military chief', title: 'Commander of the Steppe Liberation Front', country: 'KAZ', org: 'org:steppe-front', start: '2015-01-01', end: null }] },
  { id: 'person:askar-kemel', name: 'Askar Kemel', aliases: [], gender: 'm', roles: [{ role: 'defence minister', title: 'Defence Minister', country: 'KAZ', start: '2015-01-01', end: '2017-01-01' }] },
  { id: 'person:timur-kemel', name: 'Timur Kemel', aliases: [], gender: 'm', roles: [{ role: 'head of state', title: 'President', country: 'KAZ', start: '1991-01-01', end: '1995-01-01' }] },
  { id: 'person:sara-hakim', name: 'Sara Hakim', aliases: [], gender: 'f', roles: [{ role: 'head of state', title: 'President', country: 'KAZ', start: '2011-01-01', end: '2012-01-01' }] },
];
const SECTORS = [
  { words: ['Kurd'], sector: 'ETH', group: true },
  { words: ['president'], sector: 'GOV', role: 'head of state' },
  { words: ['prime minister'], sector: 'GOV', role: 'head of government' },
  { words: ['king'], sector: 'GOV', role: 'head of state' },
  { words: ['foreign minister'], sector: 'GOV', role: 'foreign minister' },
  { words: ['minister'], sector: 'GOV', role: 'minister' },
  { words: ['defence minister'], sector: 'GOV', role: 'defence minister' },
  { words: ['senator'], sector: 'LEG', role: 'legislator' },
  { words: ['governor'], sector: 'GOV', role: 'local official' },
  { words: ['secretary'], sector: 'GOV', role: 'minister' },
  { words: ['leader'], sector: 'GOV', role: 'leader' },
  { words: ['envoy'], sector: 'GOV', role: 'ambassador' },
  { words: ['negotiator'], sector: 'GOV', role: 'ambassador' },
  { words: ['mediators'], sector: 'GOV', group: true },
  { words: ['diplomat'], sector: 'GOV', role: 'diplomat' },
  { words: ['spokesman'], sector: 'GOV', role: 'spokesperson' },
  { words: ['official'], sector: 'GOV', role: 'official' },
  { words: ['ministry'], sector: 'GOV', group: true },
  { words: ['reporters'], sector: 'MED', group: true },
  { words: ['troops'], sector: 'MIL', group: true },
  { words: ['police'], sector: 'COP', group: true },
  { words: ['protesters'], sector: 'CVL', group: true },
  { words: ['supporters'], sector: 'CVL', group: true },
  { words: ['critics'], sector: 'OPP', group: true },
  { words: ['rebels', 'militia'], sector: 'REB', group: true },
  { words: ['doctors'], sector: 'HLH', group: true },
  { words: ['newspaper'], sector: 'MED', group: true },
  { words: ['party'], sector: 'PTY', group: true },
  { words: ['crowds'], sector: 'CVL', group: true },
  // Agent words that also head organisations' names.
  { words: ['institute'], sector: 'EDU', group: true },
  { words: ['assembly'], sector: 'LEG', group: true },
];

/** The fixture resources; `sectors` replaces the fixture's agent words (a test of shipped ones passes those). */
export function fixtureActorResources(sectors: readonly unknown[] = SECTORS): ActorResources {
  const kb = createKnowledgeBase(
    { name: 'states', entries: STATES },
    { name: 'igos', entries: IGOS },
    { name: 'orgs', entries: ORGS },
    { name: 'people', entries: PEOPLE },
    { name: 'sectors', entries: sectors },
  );
  const gazetteer = new Gazetteer([
    { id: 'place:astana', name: 'Astana', country: 'KAZ', lat: 51.17, lon: 71.45, population: 1_000_000, kind: 'capital' },
    { id: 'place:karaganda', name: 'Karaganda', country: 'KAZ', lat: 49.8, lon: 73.1, population: 500_000, kind: 'city' },
    { id: 'place:steppe-sea', name: 'Steppe Sea', country: null, lat: 46.0, lon: 60.0, population: 0, kind: 'water' },
    { id: 'place:gulf-of-kazakhstan', name: 'Gulf of Kazakhstan', country: null, lat: 45.0, lon: 52.0, population: 0, kind: 'water' },
    { id: 'place:east-bank', name: 'East Bank', country: 'KAZ', lat: 47.0, lon: 51.0, population: 0, kind: 'territory' },
    { id: 'place:mangystau', name: 'Mangystau', country: 'KAZ', lat: 44.0, lon: 53.0, population: 0, kind: 'region' },
    { id: 'place:akmola', name: 'Akmola', country: 'KAZ', lat: 51.9, lon: 69.4, population: 0, kind: 'region' },
    // A small town, a place only where the text says it is one ("in Shieli").
    { id: 'geonames:shieli', name: 'Shieli', country: 'KAZ', lat: 44.2, lon: 66.7, population: 30_000, kind: 'city' },
  ]);
  const cues = parseNameCues({
    orgHeads: { BUS: ['bank'], EDU: ['institute'], GOV: ['ministry'], LEG: ['assembly'] },
    honorifics: { m: ['mr', 'mr.'], f: ['ms', 'ms.'], any: ['h.e.', 'sen.', 'gov.'] },
    officeHonorifics: { 'sen.': 'senator', 'gov.': 'governor' },
    givenNames: { m: ['arman'], f: ['zarina'] },
    nameConnectors: ['of', 'for', 'and'],
    regionAdjectives: { 'Central Asian': null },
    collectiveNouns: ['nations', 'allies', 'neighbours'],
    groupNames: ['the West'],
    appositionRoles: ['fellow', 'senior fellow', 'analyst', 'secretary', 'ambassador', 'professor', 'citizen', 'mayor'],
    homeGroups: ['protester'],
  });
  return { kb, gazetteer, cues };
}

/**
 * Tokenizes `text` (paragraphs split at blank lines), dated `published` and filed from `dateline`
 * (the place of "ASTANA, May 1 -", which the reader takes out of the text), and runs the actor component.
 */
export function analyzeActors(text: string, published: string | null, res = fixtureActorResources(), dateline: string | null = null): Doc {
  const blocks = [...text.matchAll(/[^\n]+(?:\n(?!\n)[^\n]+)*/g)].map((m) => ({ start: m.index, end: m.index + m[0].length, kind: 'paragraph' as const }));
  const meta = { ...emptyMeta(), published, dateline };
  const article = { text, meta, blocks, offsets: OffsetMap.identity(text.length), sourceKind: 'text' as const };
  return new Pipeline([createTokenizer(), createActorResolver(res)]).run(article);
}
