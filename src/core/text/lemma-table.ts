/**
 * Lemmas of closed-class words and clitics, by UPOS, following UD English (EWT/GUM) except that
 * every lemma is lower case ("I" → "i") and object "her" is "she" (UD gives possessive "her" →
 * "her"; without features the two cannot be told apart, and "she" serves coreference). Data: edit
 * freely. Keys are lower case with straight apostrophes.
 */

const BE = ['am', 'is', 'are', 'was', 'were', 'be', 'been', 'being', "'m", "'re", "'s", 'm', 're', 's', 'r', 'ai'];
const HAVE = ['has', 'have', 'had', 'having', "'ve", 've'];
const DO = ['does', 'did', 'do', 'doing', 'done'];
const GET = ['got', 'get', 'gets', 'getting', 'gotten'];

function entries(lemma: string, forms: readonly string[]): Array<[string, string]> {
  return forms.map((f) => [f, lemma]);
}

/** AUX (and the same forms tagged VERB): be, have, do, modals and their clitics. */
export const AUX_LEMMAS: ReadonlyMap<string, string> = new Map([
  ...entries('be', BE),
  ...entries('have', HAVE),
  ...entries('do', DO),
  ...entries('get', GET),
  ["'d", 'would'], ['d', 'would'], ["'ll", 'will'], ['ll', 'will'], ['wo', 'will'], ['ca', 'can'], ['sha', 'shall'],
  ['gon', 'go'], ['wan', 'want'], ['got', 'get'],
]);

/** PRON: object and variant forms to their lemma; possessives keep their form, as in UD. */
export const PRON_LEMMAS: ReadonlyMap<string, string> = new Map([
  ['me', 'i'], ['him', 'he'], ['her', 'she'], ['us', 'we'], ['them', 'they'], ["'em", 'they'], ['em', 'they'],
  ['mine', 'my'], ['u', 'you'], ["'s", 'we'], ['ya', 'you'], ['thee', 'thou'],
]);

/** DET. */
export const DET_LEMMAS: ReadonlyMap<string, string> = new Map([
  ['an', 'a'], ['these', 'this'], ['those', 'that'],
]);

/** PART: negation, possessive marker, infinitival "to" of "gonna"/"wanna". */
export const PART_LEMMAS: ReadonlyMap<string, string> = new Map([
  ["n't", 'not'], ['nt', 'not'], ['not', 'not'], ["'s", "'s"], ["'", "'s"], ['s', "'s"], ['na', 'to'], ['ta', 'to'],
]);

/** ADV forms whose lemma is another word. */
export const ADV_LEMMAS: ReadonlyMap<string, string> = new Map([
  ['better', 'well'], ['best', 'well'], ["n't", 'not'], ['nt', 'not'],
]);

/** Nouns whose plural-looking form is their lemma (WordNet would make "data" → "datum"). */
export const NOUN_KEEP: ReadonlySet<string> = new Set([
  'data', 'media', 'species', 'series', 'means', 'news', 'politics', 'economics', 'headquarters', 'arms', 'people',
  'police',
]);
