/**
 * An invented article about a non-state armed group (contract 1.2.0: `country` null, `basedIn` the
 * state it is based in), for the tests that check the store keeps where such a group is based.
 */
import { ACTORS, makeAnalysis, makeArticle } from './fixtures.js';
import type { FixtureDoc } from './corpus-fixture.js';

const { ZMB, NLF } = ACTORS;

const TEXT = [
  'Fighters of the Northern Liberation Front attacked an army post in the north of Zambia on June 3, 2024, officials said.',
  'Zambia accused the Northern Liberation Front of targeting villages near the border and promised to restore order.',
].join('\n\n');

/** One article: the group attacks the state, the state accuses the group. */
export function groupDoc(): FixtureDoc {
  const article = makeArticle(TEXT, { title: 'Rebels attack army post', publisher: 'Lusaka Observer', published: '2024-06-04' });
  return {
    name: 'group',
    article,
    analysis: makeAnalysis(article, {
      actors: [ZMB, NLF],
      events: [
        { sentence: 'Fighters of the Northern Liberation Front attacked', trigger: 'attacked', source: NLF, target: ZMB, type: 'ASSAULT', cameo: '190', quadClass: 4, goldstein: -10, date: '2024-06-03' },
        { sentence: 'Zambia accused the Northern Liberation Front', trigger: 'accused', source: ZMB, target: NLF, type: 'ACCUSE', cameo: '112', quadClass: 3, goldstein: -2 },
      ],
    }),
  };
}
