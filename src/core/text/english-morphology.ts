/**
 * English morphology over WordNet's word lists: base forms of verbs and nouns by morphy's detachment
 * rules, with two corrections morphy lacks. First, spelling decides between "stem" and "stem+e":
 * a consonant-vowel-consonant stem before "-ed"/"-ing" would have doubled its last consonant had it
 * been the base ("hop" → "hopped"), so "hoped", "staged", "waged", "hated" come from "hope",
 * "stage", "wage", "hate" whenever those are verbs. Second, a plural the lists do not know
 * ("ceasefires", "airstrikes") still loses its ending, and "-ches/-shes/-xes" lose "es" before "s"
 * ("marches" → "march", not "marche").
 */

/** What the rules need from a lexicon: exception tables and membership by word class. */
export interface WordLists {
  readonly verbExceptions: Readonly<Record<string, string>>;
  readonly nounExceptions: Readonly<Record<string, string>>;
  isVerb(word: string): boolean;
  isNoun(word: string): boolean;
}

const CONSONANT = /[bcdfghjklmnpqrstvz]/;
/** A stem ending consonant-vowel-consonant, whose base would double the last letter before -ed/-ing. */
const CVC = /(^|[^aeiou])[aeiou][bcdfghjklmnpqrstvz]$/;
/** Doubled final consonants that English keeps in the base ("call", "pass", "buzz", "puff"). */
const KEEP_DOUBLE = /(ll|ss|zz|ff)$/;

/** Base form of a verb form (lower case in, lower case out). */
export function verbBase(w: string, lists: WordLists): string {
  const exc = lists.verbExceptions[w];
  if (exc) return exc;
  if (w.endsWith('ies') && lists.isVerb(w.slice(0, -3) + 'y')) return w.slice(0, -3) + 'y';
  if (/(ches|shes|sses|xes|zes|oes)$/.test(w) && lists.isVerb(w.slice(0, -2))) return w.slice(0, -2);
  if (w.endsWith('s') && !w.endsWith('ss') && lists.isVerb(w.slice(0, -1))) return w.slice(0, -1);
  for (const suffix of ['ed', 'ing']) {
    if (!w.endsWith(suffix) || w.length < suffix.length + 2) continue;
    const stem = w.slice(0, -suffix.length);
    const candidates: string[] = [];
    if (suffix === 'ed' && stem.endsWith('i')) candidates.push(stem.slice(0, -1) + 'y'); // tried → try
    const last = stem[stem.length - 1];
    if (last === stem[stem.length - 2] && CONSONANT.test(last) && !KEEP_DOUBLE.test(stem)) candidates.push(stem.slice(0, -1)); // stopped → stop
    if (CVC.test(stem)) candidates.push(stem + 'e', stem);
    else candidates.push(stem, stem + 'e');
    for (const c of candidates) if (lists.isVerb(c)) return c;
  }
  return w;
}

/** Singular of a noun form (lower case in, lower case out). */
export function nounBase(w: string, lists: WordLists): string {
  const exc = lists.nounExceptions[w];
  if (exc) return exc;
  const rules: [RegExp, string][] = [
    [/ies$/, 'y'], [/(ch|sh|x|ss|z)es$/, '$1'], [/ves$/, 'f'], [/ves$/, 'fe'], [/men$/, 'man'], [/s$/, ''],
  ];
  for (const [re, by] of rules) {
    if (!re.test(w)) continue;
    const c = w.replace(re, by);
    if (c !== w && lists.isNoun(c)) return c;
  }
  // An unknown plural still loses its ending ("ceasefires", "airstrikes"); known nouns ending in s
  // ("news", "series") and Latin or Greek singulars ("status", "crisis") do not.
  if (lists.isNoun(w) || !/[^su]s$/.test(w) || /(ss|us|is|ous)$/.test(w)) return w;
  if (w.endsWith('ies')) return w.slice(0, -3) + 'y';
  if (/(ch|sh|x|ss|z)es$/.test(w)) return w.slice(0, -2);
  return w.slice(0, -1);
}
