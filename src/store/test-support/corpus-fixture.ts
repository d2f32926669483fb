/**
 * A small invented corpus: an original article and a lightly edited reprint of it on another site,
 * an unrelated article about the same countries, a dated visit, and a chain of three overlapping
 * texts (the middle one bridges the other two into one story).
 */
import type { Analysis } from '../../core/analysis/contract.js';
import type { Article } from '../../core/article/article.js';
import { ACTORS, makeAnalysis, makeArticle, type EventSpec } from './fixtures.js';

const { FRA, DEU, POL, NATO, MARTIN, WEBER } = ACTORS;

const ORIGINAL = [
  'Foreign ministers from France and Germany met in Warsaw on Monday to discuss support for the eastern border of Poland.',
  'French Foreign Minister Claire Martin praised Poland for its handling of the crisis. "We stand with our Polish partners today and we will stand with them tomorrow," Martin said after the talks.',
  'German Foreign Minister Jonas Weber accused NATO planners of moving too slowly on air defence. He said the alliance had promised new systems by the summer but had so far delivered none of them.',
  'The ministers agreed to meet again in Paris next month. Poland did not condemn the delay, officials said.',
].join('\n\n');

// The reprint: a changed opening, a dropped clause and a trailing credit line.
const REPRINT = ORIGINAL.replace('on Monday to discuss', 'on Monday, March 4, to discuss')
  .replace(' but had so far delivered none of them', ' but had delivered none')
  .concat('\n\nThis article first appeared in the Baltic Ledger and is reprinted with permission.');

const SHARED_EVENTS: EventSpec[] = [
  { sentence: 'Foreign ministers from France and Germany met in Warsaw', trigger: 'met', source: FRA, target: DEU, type: 'CONSULT', cameo: '043', quadClass: 1, goldstein: 2.8 },
  { sentence: 'Foreign ministers from France and Germany met in Warsaw', trigger: 'met', source: DEU, target: FRA, type: 'CONSULT', cameo: '043', quadClass: 1, goldstein: 2.8 },
  { sentence: 'Claire Martin praised Poland', trigger: 'praised', source: MARTIN, target: POL, type: 'SUPPORT', cameo: '051', quadClass: 1, goldstein: 3.4 },
  { sentence: 'Jonas Weber accused NATO planners', trigger: 'accused', source: WEBER, target: NATO, type: 'ACCUSE', cameo: '112', quadClass: 3, goldstein: -2 },
  { sentence: 'Poland did not condemn the delay', trigger: 'condemn', source: POL, target: NATO, type: 'ACCUSE', cameo: '111', quadClass: 3, goldstein: -2, negated: true },
];

const QUOTE = { text: 'We stand with our Polish partners today and we will stand with them tomorrow,', speaker: MARTIN, cue: 'said' };

const FACTORY = [
  'Germany and France signed an agreement on Friday to build a joint battery factory near the border, officials in both capitals said.',
  'Jonas Weber called the deal a model for European industry. Claire Martin said the plant would open within three years.',
].join('\n\n');

const VISIT = [
  'Jonas Weber visited Poland on April 12, 2024 for talks on grain transit and border crossings.',
  'Officials in Warsaw described the meeting as constructive but said no agreement had been reached on rail tariffs.',
].join('\n\n');

// Sixty distinct words; the chain texts take overlapping windows of them.
const CHAIN_WORDS = (
  'delegates gathered early in the old harbour hall where fishermen from seven coastal villages presented ' +
  'their complaint about quotas that regional officials had cut twice since spring while prices for diesel ' +
  'nets and ice kept rising and younger crews left for factory work inland leaving boats idle at ' +
  'moorings through most of the season as buyers turned to imported catch'
).split(' ');

const chain = (from: number, to: number) => CHAIN_WORDS.slice(from, to).join(' ') + '.';

export interface FixtureDoc {
  name: string;
  article: Article;
  analysis: Analysis;
}

function doc(name: string, article: Article, spec: Parameters<typeof makeAnalysis>[1] = {}): FixtureDoc {
  return { name, article, analysis: makeAnalysis(article, spec) };
}

/** The fixture corpus, in a fixed order. */
export function fixtureCorpus(): FixtureDoc[] {
  return [
    doc(
      'original',
      makeArticle(ORIGINAL, { title: 'Ministers meet in Warsaw', publisher: 'Baltic Ledger', url: 'https://baltic-ledger.example/2024/03/04/ministers', published: '2024-03-04' }),
      { actors: [FRA, DEU, POL, NATO, MARTIN, WEBER], quotes: [QUOTE], events: SHARED_EVENTS },
    ),
    doc(
      'reprint',
      makeArticle(REPRINT, {
        title: 'Ministers meet in Warsaw',
        publisher: 'Baltic Ledger',
        reprintedBy: 'Continental Digest',
        url: 'https://baltic-ledger.example/2024/03/04/ministers',
        pageUrl: 'https://continental-digest.example/news/ministers-warsaw',
        published: '2024-03-05',
      }),
      { actors: [FRA, DEU, POL, NATO, MARTIN, WEBER], quotes: [QUOTE], events: SHARED_EVENTS },
    ),
    doc('factory', makeArticle(FACTORY, { title: 'Battery plant deal', publisher: 'Rhine Courier', published: '2024-03-08' }), {
      actors: [FRA, DEU, MARTIN, WEBER],
      events: [
        { sentence: 'Germany and France signed an agreement', trigger: 'signed', source: DEU, target: FRA, type: 'SUPPORT', cameo: '057', quadClass: 1, goldstein: 8 },
        { sentence: 'Germany and France signed an agreement', trigger: 'signed', source: FRA, target: DEU, type: 'SUPPORT', cameo: '057', quadClass: 1, goldstein: 8 },
      ],
    }),
    doc('visit', makeArticle(VISIT, { title: 'Weber in Warsaw', url: 'https://www.vistula-times.example/weber', published: '2024-04-13' }), {
      actors: [POL, WEBER],
      events: [
        { sentence: 'Jonas Weber visited Poland', trigger: 'visited', source: WEBER, target: POL, type: 'CONSULT', cameo: '042', quadClass: 1, goldstein: 1.9, date: '2024-04-12' },
      ],
    }),
    doc('chain-left', makeArticle(chain(0, 40), { publisher: 'Harbour Post', published: '2024-05-01' })),
    doc('chain-middle', makeArticle(chain(0, 60), { publisher: 'Coast Weekly', published: '2024-05-02' })),
    doc('chain-right', makeArticle(chain(20, 60), { publisher: 'Bay Herald', published: '2024-05-03' })),
  ];
}
