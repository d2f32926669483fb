/**
 * A tag repair for the plural noun object of a verb of naming or judging that the tagger read as a
 * present-tense verb after a proper-noun modifier: "Iran called the U.S. sanctions/VBZ illegal",
 * "Russia deemed the NATO drills/VBZ a provocation", "labelled the EU sanctions/VBZ unlawful". Read
 * as a verb, the word makes the name its subject and the whole a clause under "called", and the
 * judgement is lost. But these verbs take an object and a predicate ("called X illegal", "described
 * X as …"), never a finite clause, so the word after the name is the object's head noun. It becomes
 * `NOUN|NNS` when the tag lexicon knows it as a plural noun.
 *
 * It fires on a lower-case "-s" word tagged `VERB|VBZ` right after one to four proper nouns, with
 * an optional determiner or possessive before them, right after a form of "call", "label",
 * "brand", "term", "dub", "deem" or "describe" tagged as a finite verb, a base form or an "-ing"
 * form — or as a participle only after "has"/"have"/"had". A participle otherwise is left alone:
 * "a group called the Sea Org runs …" names the group, and the verb after the name is the
 * sentence's.
 *
 * Over UD EWT and GUM (gold tags) no such verb is followed by (a determiner and) proper nouns and a
 * plural noun or VBZ verb; the words that follow a name there are auxiliaries after the naming
 * participle ("a man called Steven is …") or prepositions ("described Montalvo as").
 */
import { uposId } from '../doc/ud.js';
import type { Vocab } from '../doc/vocab.js';
import { hashString } from './hash.js';
import { LexBit, PENN_LEXICON_TAGS } from './lexicon.js';
import type { SyntaxModel } from './syntax-model.js';
import { normaliseWord } from './word-table.js';

/** Repairs one sentence's tags in place; returns the number of tokens changed. */
export type NamingObjectRepair = (vocab: Vocab, ids: ArrayLike<number>, from: number, to: number, tags: Uint8Array, upos: Uint8Array, forced: Int16Array | null) => number;

/** Forms of the verbs that take an object and a predicate, never a finite clause. */
const NAMING: ReadonlySet<string> = new Set([
  'call', 'calls', 'called', 'calling',
  'label', 'labels', 'labelled', 'labeled', 'labelling', 'labeling',
  'brand', 'brands', 'branded', 'branding',
  'term', 'terms', 'termed', 'terming',
  'dub', 'dubs', 'dubbed', 'dubbing',
  'deem', 'deems', 'deemed', 'deeming',
  'describe', 'describes', 'described', 'describing',
]);
/** Forms of "have", after which a participle is a perfect ("has called"), not a naming modifier. */
const PERFECT: ReadonlySet<string> = new Set(['has', 'have', 'had', "'s", "'ve", "'d"]);
/** The tag lexicon's plural-noun bit. */
const NNS_BIT = 1 << (LexBit.PennBase + PENN_LEXICON_TAGS.indexOf('NNS'));
/** Most proper nouns a name modifier has ("the U.S.", "the South Korean Defense Ministry"). */
const MAX_NAME = 4;

/** Creates the repair over `model`'s tag classes and tag lexicon. */
export function createNamingObjectRepair(model: SyntaxModel): NamingObjectRepair {
  const { classes, classUpos, lexicon } = model.tagger;
  const vbz = classes.indexOf('VERB|VBZ');
  const nns = classes.indexOf('NOUN|NNS');
  const PROPN = uposId('PROPN');
  const DET = uposId('DET');
  /** A fine class of the naming verb that makes it the clause's verb: finite, base or "-ing". */
  const active = new Uint8Array(classes.length);
  const participle = new Uint8Array(classes.length);
  const possessive = new Uint8Array(classes.length);
  classes.forEach((c, i) => {
    const x = c.slice(c.indexOf('|') + 1);
    active[i] = c.startsWith('VERB|') && ['VBD', 'VBZ', 'VBP', 'VB', 'VBG'].includes(x) ? 1 : 0;
    participle[i] = c === 'VERB|VBN' ? 1 : 0;
    possessive[i] = x === 'PRP$' ? 1 : 0;
  });
  return (vocab, ids, from, to, tags, upos, forced) => {
    if (vbz < 0 || nns < 0) return 0;
    let changed = 0;
    for (let i = from + 2; i < to; i++) {
      if (tags[i] !== vbz || upos[i - 1] !== PROPN) continue;
      const w = vocab.str(ids[i]);
      if (!/^[a-z]+s$/.test(w) || !((lexicon.get(hashString(normaliseWord(w))) ?? 0) & NNS_BIT)) continue;
      let k = i - 1;
      while (k > from && upos[k - 1] === PROPN && i - k < MAX_NAME) k--;
      if (k > from && (upos[k - 1] === DET || possessive[tags[k - 1]])) k--;
      const verb = k - 1;
      if (verb < from || !NAMING.has(vocab.str(ids[verb]).toLowerCase())) continue;
      const perfect = participle[tags[verb]] === 1 && verb > from && PERFECT.has(vocab.str(ids[verb - 1]).toLowerCase());
      if (!active[tags[verb]] && !perfect) continue;
      tags[i] = nns;
      upos[i] = classUpos[nns];
      if (forced) forced[i] = nns;
      changed++;
    }
    return changed;
  };
}
