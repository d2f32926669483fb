/**
 * The cue lexicon: the words that signal an attribution (said, told, according to, warned, believes,
 * the poll shows), read from `data/lexicon/speech-verbs.json`. Each cue has a class: `speech`
 * (quotations proper), `thought` (beliefs, wishes, intentions) or `evidence` (what a poll, a study or
 * a document shows). A word in several classes takes the first of speech, thought, evidence.
 */
import { EntenteError } from '../errors/errors.js';

/** What an attribution reports. */
export type CueClass = 'speech' | 'thought' | 'evidence';

const CLASSES: readonly CueClass[] = ['speech', 'thought', 'evidence'];

/** Where a multi-word cue finds its source: its subject, the object of its preposition, a by-agent, or nowhere. */
export type PhraseSource = 'subject' | 'object' | 'agent' | 'none';

/** A multi-word cue ("according to", "point out"). */
export interface CuePhrase {
  /** Lower-case words (lemmas for verbs: "point out" matches "pointed out"). */
  readonly words: readonly string[];
  readonly cls: CueClass;
  readonly source: PhraseSource;
}

/** The parsed lexicon. */
export interface CueLexicon {
  /** Verb lemma → class. */
  readonly verbs: ReadonlyMap<string, CueClass>;
  /** Noun lemma → class ("statement", "view"). */
  readonly nouns: ReadonlyMap<string, CueClass>;
  readonly phrases: readonly CuePhrase[];
  /** Nouns naming a medium or channel ("twitter", "statement", "interview"), lower case, possibly several words. */
  readonly mediaNouns: ReadonlySet<string>;
  /** News outlets and agencies ("reuters", "rfe/rl"), lower case. */
  readonly outlets: ReadonlySet<string>;
}

type Json = Record<string, unknown>;

function strings(v: unknown, where: string, source: string): string[] {
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) {
    throw new EntenteError('E201', `${source}: '${where}' must be a list of strings`);
  }
  return (v as string[]).map((s) => s.trim().toLowerCase().replace(/\s+/g, ' ')).filter(Boolean);
}

function classMap(v: unknown, where: string, source: string): Map<string, CueClass> {
  const out = new Map<string, CueClass>();
  const obj = (v ?? {}) as Json;
  if (typeof obj !== 'object' || Array.isArray(obj)) throw new EntenteError('E201', `${source}: '${where}' must map classes to word lists`);
  for (const cls of CLASSES) {
    for (const w of obj[cls] === undefined ? [] : strings(obj[cls], `${where}.${cls}`, source)) if (!out.has(w)) out.set(w, cls);
  }
  return out;
}

/**
 * Builds the lexicon from the JSON of `speech-verbs.json` (already parsed). Throws E201 when a
 * field has the wrong shape, naming `source`.
 */
export function parseCueLexicon(json: unknown, source = 'speech-verbs.json'): CueLexicon {
  if (!json || typeof json !== 'object') throw new EntenteError('E201', `${source}: expected a JSON object`);
  const j = json as Json;
  const phrases: CuePhrase[] = [];
  const rawPhrases = j.phrases ?? [];
  if (!Array.isArray(rawPhrases)) throw new EntenteError('E201', `${source}: 'phrases' must be a list`);
  for (const p of rawPhrases as Json[]) {
    const words = typeof p?.words === 'string' ? p.words.trim().toLowerCase().split(/\s+/) : null;
    const cls = p?.class as CueClass;
    const src = (p?.source ?? 'subject') as PhraseSource;
    if (!words || !CLASSES.includes(cls) || !['subject', 'object', 'agent', 'none'].includes(src)) {
      throw new EntenteError('E201', `${source}: each phrase needs 'words', a 'class' (speech, thought, evidence) and a 'source' (subject, object, agent, none)`);
    }
    phrases.push({ words, cls, source: src });
  }
  const media = (j.media ?? {}) as Json;
  return {
    verbs: classMap(j.verbs, 'verbs', source),
    nouns: classMap(j.nouns, 'nouns', source),
    phrases,
    mediaNouns: new Set(media.nouns === undefined ? [] : strings(media.nouns, 'media.nouns', source)),
    outlets: new Set(media.outlets === undefined ? [] : strings(media.outlets, 'media.outlets', source)),
  };
}
