/**
 * The trigger lexicon: validates the lexicon files people write and indexes the triggers by
 * part of speech and head lemma. Everything wrong in a file is an E201 that names the file, the
 * entry (index and lemma) and the field, so a user extending the lexicon finds the mistake at once.
 */
import { EntenteError } from '../errors/errors.js';
import { FRAME_KINDS } from './frame-codes.js';
import type { AnsweredAct, EventGrammar, RawEventGrammar, RawTriggerFile, RawTriggerEntry, EventTrigger, TriggerFrame, TriggerPos } from './lexicon-types.js';
import type { CameoTaxonomy } from './taxonomy.js';

/** A lexicon file as read: its name (for messages) and parsed JSON. */
export interface ResourceFile {
  readonly name: string;
  readonly data: unknown;
}

/** The compiled lexicon. */
export interface TriggerLexicon {
  readonly triggers: readonly EventTrigger[];
  readonly grammar: EventGrammar;
  /** Triggers whose head lemma is `lemma` for part of speech `pos`, in the order the matcher tries them ({@link bySpecificity}). */
  lookup(pos: TriggerPos, lemma: string): readonly EventTrigger[];
}

const FRAMES: readonly TriggerFrame[] = [...FRAME_KINDS, 'negate', 'hedge', 'allege', 'invite', 'decide', 'pass'];
const KNOWN_FIELDS = new Set([
  'verb', 'noun', 'adj', 'code', 'obj', 'prep', 'source', 'target', 'symmetric', 'mutual', 'meeting', 'frame',
  'complement', 'performative', 'refine', 'subjectRefine', 'needs', 'notObj', 'standalone', 'hostileOnly', 'official', 'personTarget', 'targetSectors', 'placeIsSource', 'placeIsTarget', 'unnamedPeople', 'evaluative',
  'confidence', 'note',
]);
const DEFAULT_SOURCE: Record<TriggerPos, string[]> = { verb: ['subj'], noun: ['poss', 'by', 'mod'], adj: [] };
const DEFAULT_COMPLEMENT: Record<TriggerPos, string[]> = { verb: ['xcomp', 'ccomp', 'obj'], noun: ['acl', 'of', 'for', 'to'], adj: ['xcomp', 'ccomp', 'to'] };
const WORD = /^[\p{Ll}\p{N}][\p{Ll}\p{N}'.-]*( [\p{Ll}\p{N}][\p{Ll}\p{N}'.-]*)*$/u;

/**
 * The order in which a token's entries are tried: the most specific first and, among equally
 * specific entries, one that codes on its own ("pull out" 087 as well as a cease frame) before a
 * frame that needs an act to combine with.
 */
export function bySpecificity(a: EventTrigger, b: EventTrigger): number {
  return b.specificity - a.specificity || (b.code ? 1 : 0) - (a.code ? 1 : 0);
}

/** Compiles lexicon files and the grammar lists; throws E201 on the first problem found. */
export function createTriggerLexicon(files: readonly ResourceFile[], grammar: ResourceFile, taxonomy: CameoTaxonomy): TriggerLexicon {
  const triggers: EventTrigger[] = [];
  for (const file of files) triggers.push(...compileFile(file, taxonomy));
  // One map per part of speech: the coder looks up every content word, so no key string is built per lookup.
  const index: Record<TriggerPos, Map<string, EventTrigger[]>> = { verb: new Map(), noun: new Map(), adj: new Map() };
  for (const t of triggers) {
    const list = index[t.pos].get(t.lemma);
    if (list) list.push(t);
    else index[t.pos].set(t.lemma, [t]);
  }
  for (const byLemma of Object.values(index)) for (const list of byLemma.values()) list.sort(bySpecificity);
  const g = compileGrammar(grammar);
  const none: readonly EventTrigger[] = [];
  return { triggers, grammar: g, lookup: (pos, lemma) => index[pos].get(lemma) ?? none };
}

function compileFile(file: ResourceFile, taxonomy: CameoTaxonomy): EventTrigger[] {
  const raw = file.data as RawTriggerFile;
  if (typeof raw !== 'object' || raw === null || !Array.isArray(raw.entries)) {
    throw new EntenteError('E201', 'expected an object with an "entries" array', { input: file.name });
  }
  const out: EventTrigger[] = [];
  raw.entries.forEach((entry, i) => out.push(...compileEntry(entry, i, file.name, taxonomy)));
  return out;
}

function compileEntry(e: RawTriggerEntry, i: number, fileName: string, taxonomy: CameoTaxonomy): EventTrigger[] {
  const head = typeof e === 'object' && e !== null ? (e.verb ?? e.noun ?? e.adj) : undefined;
  const label = `entry ${i}${head !== undefined ? ` (${JSON.stringify(head)})` : ''}`;
  const fail = (why: string): never => {
    throw new EntenteError('E201', `${label}: ${why}`, { input: fileName });
  };
  if (typeof e !== 'object' || e === null || Array.isArray(e)) fail('expected an object');
  for (const k of Object.keys(e)) if (!KNOWN_FIELDS.has(k)) fail(`unknown field "${k}"; known fields: ${[...KNOWN_FIELDS].join(', ')}`);
  const kinds = (['verb', 'noun', 'adj'] as const).filter((k) => e[k] !== undefined);
  if (kinds.length !== 1) fail('give exactly one of "verb", "noun" or "adj"');
  const pos = kinds[0];
  const words = words_(e[pos], pos, fail);
  if (e.frame !== undefined && !FRAMES.includes(e.frame)) fail(`"frame" must be one of ${FRAMES.join(', ')}`);
  if (e.code !== undefined && (typeof e.code !== 'string' || !taxonomy.has(e.code))) fail(`"code" ${JSON.stringify(e.code)} is not a CAMEO code of the taxonomy`);
  if (e.code === undefined && e.frame === undefined) fail('needs a "code" (or a "frame")');
  const objs = e.obj === undefined ? null : new Set(words_(e.obj, 'obj', fail).map((w) => w.join(' ')));
  // "*" stands for any object: the word is an event only when intransitive.
  const notObjs = e.notObj === undefined ? null : e.notObj === '*' || (Array.isArray(e.notObj) && e.notObj.length === 1 && e.notObj[0] === '*') ? new Set(['*']) : new Set(words_(e.notObj, 'notObj', fail).map((w) => w.join(' ')));
  if (e.prep !== undefined && (typeof e.prep !== 'string' || !WORD.test(e.prep))) fail('"prep" must be a lower-case word');
  const slots = (field: 'source' | 'target' | 'complement', dflt: string[]): string[] => {
    const v = e[field];
    if (v === undefined) return dflt;
    if (!Array.isArray(v) || v.some((s) => typeof s !== 'string' || !WORD.test(s))) fail(`"${field}" must be a list of slot names (subj, obj, iobj, poss, by, mod or a preposition)`);
    return v as string[];
  };
  const bool = (field: 'symmetric' | 'mutual' | 'meeting' | 'performative' | 'standalone' | 'hostileOnly' | 'placeIsSource' | 'placeIsTarget' | 'unnamedPeople' | 'evaluative', dflt = false): boolean => {
    const v = e[field];
    if (v !== undefined && typeof v !== 'boolean') fail(`"${field}" must be true or false`);
    return v === undefined ? dflt : v;
  };
  if (e.official !== undefined && (typeof e.official !== 'string' || !taxonomy.has(e.official))) fail(`"official" ${JSON.stringify(e.official)} is not a CAMEO code of the taxonomy`);
  if (e.personTarget !== undefined && (typeof e.personTarget !== 'string' || !taxonomy.has(e.personTarget))) fail(`"personTarget" ${JSON.stringify(e.personTarget)} is not a CAMEO code of the taxonomy`);
  const sectors = e.targetSectors;
  if (sectors !== undefined && (!Array.isArray(sectors) || !sectors.length || sectors.some((x) => typeof x !== 'string' || !/^[A-Z]{3}$/.test(x)))) fail('"targetSectors" must be a list of three-letter CAMEO sector codes ("REB", "PTY")');
  const refines = (field: 'refine' | 'subjectRefine') =>
    (e[field] ?? []).map((r, j) => {
      if (typeof r !== 'object' || r === null) fail(`${field}[${j}] must be an object {when, code}`);
      if (typeof r.code !== 'string' || !taxonomy.has(r.code)) fail(`${field}[${j}].code ${JSON.stringify(r.code)} is not a CAMEO code of the taxonomy`);
      const foreign = (r as { foreign?: unknown }).foreign;
      if (foreign !== undefined && (field !== 'subjectRefine' || typeof foreign !== 'string' || !taxonomy.has(foreign))) fail(`${field}[${j}].foreign ${JSON.stringify(foreign)} must be a CAMEO code of the taxonomy, on a subjectRefine only`);
      return { when: new Set(words_(r.when, `${field}[${j}].when`, fail).map((w) => w.join(' '))), code: r.code, foreign: (foreign as string | undefined) ?? null };
    });
  const refine = refines('refine');
  const subjectRefine = refines('subjectRefine');
  if (e.needs !== undefined && !['source', 'target', 'both', 'any'].includes(e.needs)) fail('"needs" must be source, target, both or any');
  if (e.confidence !== undefined && (typeof e.confidence !== 'number' || e.confidence < 0 || e.confidence > 1)) fail('"confidence" must be a number in 0..1');
  const specificity = 1 + (objs ? 2 : 0) + (e.prep ? 2 : 0);
  const base = {
    pos,
    objs,
    notObjs,
    prep: e.prep ?? null,
    code: e.code ?? null,
    frame: e.frame ?? null,
    source: slots('source', DEFAULT_SOURCE[pos]),
    target: slots('target', pos === 'verb' ? ['obj'] : []),
    complement: slots('complement', DEFAULT_COMPLEMENT[pos]),
    symmetric: bool('symmetric') || bool('meeting') || bool('mutual'),
    mutual: bool('mutual'),
    meeting: bool('meeting'),
    performative: bool('performative'),
    refine,
    subjectRefine,
    needs: e.needs ?? null,
    standalone: bool('standalone', true),
    hostileOnly: bool('hostileOnly'),
    official: e.official ?? null,
    personTarget: e.personTarget ?? null,
    targetSectors: sectors ? new Set(sectors) : null,
    placeIsSource: bool('placeIsSource'),
    placeIsTarget: bool('placeIsTarget'),
    unnamedPeople: bool('unnamedPeople'),
    evaluative: bool('evaluative', pos === 'adj'),
    confidence: e.confidence ?? 0.8,
  } as const;
  return words.map((w) => ({
    ...base,
    id: `${fileName}#${i}`,
    // Verbs are headed by their first word ("crack down"), nouns and adjectives by their last ("war game").
    lemma: pos === 'verb' ? w[0] : w[w.length - 1],
    words: pos === 'verb' ? w.slice(1) : w.slice(0, -1),
    specificity: specificity + (w.length - 1) * 2,
  }));
}

/** A string or list of strings, each split into lower-case words. */
function words_(v: unknown, field: string, fail: (why: string) => never): string[][] {
  const list = typeof v === 'string' ? [v] : v;
  if (!Array.isArray(list) || list.length === 0 || list.some((s) => typeof s !== 'string' || !WORD.test(s))) {
    fail(`"${field}" must be a lower-case word or phrase, or a non-empty list of them`);
  }
  return (list as string[]).map((s) => s.split(' '));
}

const GRAMMAR_LISTS = [
  'negators', 'futureAux', 'conditionalAux', 'hypotheticalAux', 'obligationAux', 'conditionalMarks', 'hypotheticalNouns',
  'speechVerbs', 'reciprocals', 'jointMarkers', 'firstPerson', 'personalPronouns', 'relativePronouns', 'objectControl',
  'evaluativeVerbs', 'futureTimeWords', 'receivingVerbs', 'localizedAgents', 'stateDescriptions',
] as const;

/** Lists added after the first release: a grammar file without them still loads (as empty lists). */
const OPTIONAL_GRAMMAR_LISTS = ['quantityNouns', 'documentNouns', 'timePointNouns', 'hypotheticalModifiers', 'peopleNouns', 'foreignModifiers', 'genericActNouns', 'summonerPurposes', 'listNouns', 'documentAnswerVerbs', 'hinderingVerbs', 'representativeNouns', 'responseWords'] as const;

function compileGrammar(src: ResourceFile): EventGrammar {
  const raw = src.data as RawEventGrammar;
  const fail = (why: string): never => {
    throw new EntenteError('E201', why, { input: src.name });
  };
  if (typeof raw !== 'object' || raw === null) fail('expected an object of word lists');
  const lists: Record<string, ReadonlySet<string>> = {};
  for (const k of GRAMMAR_LISTS) {
    const v = raw[k];
    if (!Array.isArray(v) || v.some((s) => typeof s !== 'string' || s !== s.toLowerCase())) fail(`"${k}" must be a list of lower-case strings`);
    lists[k] = new Set(v as string[]);
  }
  for (const k of OPTIONAL_GRAMMAR_LISTS) {
    const v = raw[k] ?? [];
    if (!Array.isArray(v) || v.some((s) => typeof s !== 'string' || s !== s.toLowerCase())) fail(`"${k}" must be a list of lower-case strings`);
    lists[k] = new Set(v as string[]);
  }
  const support = new Map<string, { words: string[]; prep: string | null }[]>();
  const sv = raw.supportVerbs;
  if (!Array.isArray(sv)) fail('"supportVerbs" must be a list of {verb, prep?} objects');
  (sv as unknown[]).forEach((s, i) => {
    const o = s as { verb?: unknown; prep?: unknown };
    if (typeof o !== 'object' || o === null || typeof o.verb !== 'string' || !WORD.test(o.verb) || (o.prep !== undefined && (typeof o.prep !== 'string' || !WORD.test(o.prep)))) {
      fail(`supportVerbs[${i}] must be {"verb": "lemma [words]", "prep"?: "preposition"}`);
    }
    const [lemma, ...words] = (o.verb as string).split(' ');
    const list = support.get(lemma) ?? [];
    list.push({ words, prep: (o.prep as string | undefined) ?? null });
    support.set(lemma, list);
  });
  const families = new Map<string, number>();
  const rawFamilies = raw.actWordFamilies ?? [];
  if (!Array.isArray(rawFamilies) || rawFamilies.some((f) => typeof f !== 'string' || f !== f.toLowerCase() || !f.trim())) {
    fail('"actWordFamilies" must be a list of lower-case strings, each the space-separated lemmas of one act');
  }
  (rawFamilies as string[]).forEach((f, i) => {
    for (const lemma of f.trim().split(/\s+/)) families.set(lemma, i);
  });
  return { ...(lists as unknown as Omit<EventGrammar, 'supportVerbs' | 'actWordFamilies' | 'answeredActs'>), supportVerbs: support, actWordFamilies: families, answeredActs: answeredActs(raw.answeredActs, fail) };
}

/** `answeredActs`: `[{"nouns": [...], "codes": ["02", "10"], "notBy"?: [...], "note"?: "..."}]` → noun → its act's kind. */
function answeredActs(raw: unknown, fail: (why: string) => never): ReadonlyMap<string, AnsweredAct> {
  const out = new Map<string, AnsweredAct>();
  const list = raw ?? [];
  if (!Array.isArray(list)) fail('"answeredActs" must be a list of {"nouns": [...], "codes": [...]} objects');
  (list as unknown[]).forEach((x, i) => {
    const o = x as { nouns?: unknown; codes?: unknown; notBy?: unknown; note?: unknown };
    const words = (a: unknown, re: RegExp): a is string[] => Array.isArray(a) && a.length > 0 && a.every((s) => typeof s === 'string' && re.test(s));
    if (typeof o !== 'object' || o === null || !words(o.nouns, WORD) || !words(o.codes, /^\d{2,4}$/) || (o.notBy !== undefined && !words(o.notBy, WORD)) || Object.keys(o).some((k) => !['nouns', 'codes', 'notBy', 'note'].includes(k))) {
      fail(`answeredActs[${i}] must be {"nouns": ["lower-case noun", ...], "codes": ["CAMEO code prefix of 2 to 4 digits", ...], "notBy"?: ["lower-case noun", ...], "note"?: "..."}`);
    }
    for (const n of o.nouns as string[]) {
      const had = out.get(n);
      out.set(n, { codes: [...(had?.codes ?? []), ...(o.codes as string[])], notBy: new Set([...(had?.notBy ?? []), ...((o.notBy as string[] | undefined) ?? [])]) });
    }
  });
  return out;
}
