/**
 * What the coder's parts share while coding one sentence of one Doc. Made fresh per Doc (and per
 * sentence for the matches), never kept between documents.
 */
import type { ActorIndex } from './actor-index.js';
import type { FrameCodes } from './frame-codes.js';
import type { TriggerLexicon } from './lexicon.js';
import type { ParticipantFinder } from './participants.js';
import type { SyntaxView } from './syntax-view.js';
import type { CameoTaxonomy } from './taxonomy.js';
import type { Match } from './trigger-match.js';

export interface CoderContext {
  readonly v: SyntaxView;
  readonly actors: ActorIndex;
  readonly finder: ParticipantFinder;
  readonly lexicon: TriggerLexicon;
  readonly frames: FrameCodes;
  readonly taxonomy: CameoTaxonomy;
  /** The sentence's matches by head token. */
  readonly byHead: ReadonlyMap<number, Match>;
  /** The sentence is a question. */
  readonly question: boolean;
  /** Visits coded in the last sentences (visitor's and host's countries): a meeting "during" one takes place at the host's. */
  readonly recentVisits: readonly { readonly visitor: string; readonly host: string }[];
}
