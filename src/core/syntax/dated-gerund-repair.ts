/**
 * A tag repair for an event noun in "-ing" dated by a bare weekday, as wire copy writes it: "opened
 * a landmark hearing/VBG Wednesday into …", "at a briefing/VBG Friday", "after a meeting/VBG
 * Tuesday with …". Read as a verb, the word takes the weekday for its object and the phrase after
 * it, and the governing verb loses its object. Inside a noun phrase (after a determiner, adjective
 * or noun) and right before a weekday, such a word is the phrase's noun (`NOUN|NN`), which is how
 * UD tags it ("an Ercot PRS meeting Friday", "the wedding Sunday").
 *
 * In UD EWT and GUM the shape "<determiner, adjective or noun> <-ing> <weekday>" occurs three
 * times: two nouns ("an Ercot PRS meeting Friday", "the wedding Sunday") and "the following Friday",
 * which {@link NOT_NOUNS} leaves alone. Before "today" or "tomorrow" such a word can be a verb
 * ("magicians working today", "starting tomorrow"), so only weekdays count.
 */
import { uposId } from '../doc/ud.js';
import type { Vocab } from '../doc/vocab.js';
import type { SyntaxModel } from './syntax-model.js';

/** Repairs one sentence's tags in place; returns the number of tokens changed. */
export type DatedGerundRepair = (vocab: Vocab, ids: ArrayLike<number>, from: number, to: number, tags: Uint8Array, upos: Uint8Array, forced: Int16Array | null) => number;

/** Weekday names: a date only a noun phrase or a clause takes, never a verb's object in news. */
const WEEKDAYS: ReadonlySet<string> = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** "-ing" words that before a date are prepositions or adjectives of time ("the following Monday", "starting Friday"). */
const NOT_NOUNS: ReadonlySet<string> = new Set(['following', 'starting', 'beginning', 'ending', 'including', 'coming', 'preceding', 'continuing']);

/** Creates the repair over `model`'s tag classes. */
export function createDatedGerundRepair(model: SyntaxModel): DatedGerundRepair {
  const { classes, classUpos } = model.tagger;
  const nn = classes.indexOf('NOUN|NN');
  const vbg = classes.indexOf('VERB|VBG');
  const DET = uposId('DET');
  const ADJ = uposId('ADJ');
  const NOUN = uposId('NOUN');
  return (vocab, ids, from, to, tags, upos, forced) => {
    if (nn < 0 || vbg < 0) return 0;
    let changed = 0;
    for (let i = from + 1; i < to - 1; i++) {
      if (tags[i] !== vbg) continue;
      const before = upos[i - 1];
      if (before !== DET && before !== ADJ && before !== NOUN) continue;
      if (!WEEKDAYS.has(vocab.str(ids[i + 1]).toLowerCase())) continue;
      const word = vocab.str(ids[i]).toLowerCase();
      if (!word.endsWith('ing') || NOT_NOUNS.has(word)) continue;
      tags[i] = nn;
      upos[i] = classUpos[nn];
      if (forced) forced[i] = nn;
      changed++;
    }
    return changed;
  };
}
