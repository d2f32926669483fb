/**
 * Finds knowledge-base names (states, IGOs, organisations, people, demonyms, metonyms) and agent
 * words (titles and sector nouns: "President", "troops") in a Doc, longest match first, with the
 * case rules of news text: a name must be capitalised, an acronym written in capitals.
 */
import type { Doc } from '../doc/doc.js';
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import { nameTokens } from '../kb/normalize.js';
import type { KbAgentForm, KbSurfaceForm } from '../kb/name-index.js';
import { tokenWords, type TokenWords } from './token-words.js';
import { WordTrie } from './word-trie.js';
import { innerCapital } from './lower-case-names.js';
import { createSpellingIndex, MIN_ALONE, MIN_INSIDE, oneEditApart } from './spelling-variants.js';

/** A knowledge-base match over tokens `[tokStart, tokEnd)`. */
export interface KbHit {
  readonly tokStart: number;
  readonly tokEnd: number;
  /** Characters matched: the whole tokens, or a part of a hyphenated token ("Russia" in "Russia-China"). */
  readonly charStart: number;
  readonly charEnd: number;
  /** Actor forms of the matched key that pass the case rules, best first. */
  readonly actors: readonly KbSurfaceForm[];
  /** Agent forms (titles, sector nouns) of the matched key that pass the case rules. */
  readonly agents: readonly KbAgentForm[];
}

type Form = { kind: 'actor'; form: KbSurfaceForm } | { kind: 'agent'; form: KbAgentForm };

const letters = (s: string) => s.replace(/[^\p{L}\p{N}]/gu, '');
const isCapitalised = (s: string) => /^[^\p{L}]*\p{Lu}/u.test(s);
const isAllCaps = (s: string) => {
  const l = letters(s).replace(/\p{N}/gu, '');
  return l.length > 0 && l === l.toUpperCase();
};

/** True when `text` is written the way `form` needs: exact capitals for acronyms, a capital for names. */
function caseFits(text: string, form: { form: string; exactCase: boolean }, isName: boolean): boolean {
  if (form.exactCase) return letters(text) === letters(form.form) || (isAllCaps(text) && isAllCaps(form.form) && letters(text).toLowerCase() === letters(form.form).toLowerCase());
  if (!isName) return true;
  // Names are capitalised; a lower-case first letter is allowed only where the form has it too
  // ("al-Qaeda"). A leading "the" of the form does not count: "the Met" needs "Met", not "met".
  // A capital slipped inside the first word ("iSrael") is a case error, not a common word.
  return isCapitalised(text) || innerCapital(text) || !isCapitalised(form.form.replace(/^the\s+/i, ''));
}

/** Hyphenated suffixes after which a name describes a thing, not an actor. */
const NOT_ACTOR_SUFFIX = /^[\u2010\u2011-](era|style|made|built|born|based|type|class|linked|speaking|educated|owned|sized|wide|centric|bound)\b/;
/** Prefixes that make a name inside a hyphenated word an allegiance ("pro-Russia", "anti-Western"). */
const ALLEGIANCE_PREFIX = /^(?:pro|anti|non)[\u2010\u2011-]$/i;
/**
 * Suffixes after which even a demonym names the state: a ship's flag ("a Greek-flagged tanker"),
 * territory a state holds ("Russian-controlled towns", "Israeli-occupied land") and a force it leads
 * ("Vietnamese-led forces").
 */
export const STATE_OF_SUFFIX = /^[\u2010\u2011-](flagged|registered|controlled|held|occupied|administered|led)\b/;

/** A matcher built once per knowledge base and reused for every Doc. */
export interface KbMatcher {
  /** Non-overlapping hits, longest first at each position, in text order. */
  match(doc: Doc, words?: TokenWords): KbHit[];
  /** The per-vocabulary word cache (exposed so other steps reuse the same split). */
  words(doc: Doc): TokenWords;
}

/**
 * Builds the matcher's trie over every surface and agent form of `kb`. `namesSomethingElse(word)`
 * says a normalised word is the name of something else (a place: "Sanford" is a town, not a
 * misspelt "Stanford"); such words are never read as misspelt names.
 */
export function createKbMatcher(kb: KnowledgeBase, namesSomethingElse: (word: string) => boolean = () => false): KbMatcher {
  const trie = new WordTrie<Form>();
  // The tokenizer splits a possessive off ("People" + "'s"), so the trie does too: drop "'s" from forms.
  const words = (form: string, tokens: readonly string[]) => (/['’]s\b/.test(form) ? nameTokens(form.replace(/['’]s\b/g, ' ')) : tokens);
  for (const f of kb.surfaceForms()) trie.add(words(f.form, f.tokens), { kind: 'actor', form: f });
  for (const f of kb.agentForms()) trie.add(words(f.form, f.tokens), { kind: 'agent', form: f });
  const spelling = createSpellingIndex([...kb.surfaceForms()].filter(mayBeMisspelt).map((f) => words(f.form, f.tokens)[0]));
  // Token splits are cached per vocabulary id, so per vocabulary: one matcher may serve Docs of
  // several pipelines.
  const caches = new WeakMap<Doc['vocab'], Parameters<typeof tokenWords>[1]>();
  const cacheOf = (doc: Doc) => {
    let c = caches.get(doc.vocab);
    if (!c) {
      c = new Map();
      caches.set(doc.vocab, c);
    }
    return c;
  };

  return {
    words: (doc: Doc) => tokenWords(doc, cacheOf(doc)),
    match(doc: Doc, tw: TokenWords = tokenWords(doc, cacheOf(doc))): KbHit[] {
      const out: KbHit[] = [];
      const { end } = doc.tokens;
      let coveredTo = 0;
      for (let w = 0; w < tw.words.length; w++) {
        // Matches start at a token or at a part after a hyphen ("China" in "Russia-China").
        if (!tw.partFirst[w] || tw.wordStart[w] < coveredTo) continue;
        const t = tw.wordToken[w];
        const tokenStart = tw.tokenFirstWord[t] === w;
        let best: KbHit | null = null;
        for (const m of trie.matchesAt(tw.words, w)) {
          const lastWord = w + m.length - 1;
          // A match ends at the end of a part: "Nur" alone must not match inside "Nur-Sultan".
          if (!tw.partLast[lastWord]) continue;
          const lastTok = tw.wordToken[lastWord];
          const charStart = tw.wordStart[w];
          const charEnd = tw.wordEnd[lastWord];
          const whole = tokenStart && charEnd === end[lastTok];
          const text = doc.text.slice(charStart, charEnd);
          const actors: KbSurfaceForm[] = [];
          const agents: KbAgentForm[] = [];
          for (const v of m.values) {
            if (v.kind === 'actor') {
              if (caseFits(text, v.form, true)) actors.push(v.form);
            } else if (whole && caseFits(text, v.form, false)) agents.push(v.form);
          }
          // Inside a hyphenated token only names count ("Russia-China", "US-backed"), not adjectives,
          // and not before a suffix that makes the whole a property ("Soviet-era", "Russian-made").
          if (!whole) {
            const after = doc.text.slice(charEnd, end[lastTok]).toLowerCase();
            if (NOT_ACTOR_SUFFIX.test(after)) actors.length = 0;
            // "pro-Russia rebels", "anti-American protesters": an allegiance, not the actors' state.
            if (ALLEGIANCE_PREFIX.test(doc.text.slice(doc.tokens.start[t], charStart))) actors.length = 0;
            const stateOf = STATE_OF_SUFFIX.test(after);
            for (let k = actors.length - 1; k >= 0; k--) if (!stateOf && (actors[k].via === 'adjective' || actors[k].via === 'demonym')) actors.splice(k, 1);
          }
          if (actors.length || agents.length) best = { tokStart: t, tokEnd: lastTok + 1, charStart, charEnd, actors, agents };
        }
        if (!best && tokenStart) best = initialledHit(doc, tw, w, t) ?? misspeltHit(doc, tw, w, t);
        if (best) {
          out.push(best);
          coveredTo = best.charEnd;
        }
      }
      return out;
    },
  };

  /**
   * A person's name written with a middle initial the knowledge base does not have ("Ferdinand R.
   * Marcos Jr.", "Gilberto C. Teodoro Jr."), starting at word `w` (token `t`), when nothing matched
   * there exactly: the same person, if the name without the initials names one person only.
   */
  function initialledHit(doc: Doc, tw: TokenWords, w: number, t: number): KbHit | null {
    if (!isCapitalised(doc.tokenText(t))) return null;
    let best: KbHit | null = null;
    for (const m of trie.matchesSkipping(tw.words, w, (word) => /^\p{L}$/u.test(word))) {
      const span = wholeTokens(doc, tw, w, m.length);
      if (!span) continue;
      const actors = m.values.flatMap((v) => (v.kind === 'actor' && v.form.kind === 'person' && caseFits(span.text, v.form, true) ? [v.form] : []));
      if (actors.length && new Set(actors.map((a) => a.id)).size === 1) best = { tokStart: t, tokEnd: span.tokEnd, charStart: span.charStart, charEnd: span.charEnd, actors, agents: [] };
    }
    return best;
  }

  /**
   * A name with one word misspelt, starting at word `w` (token `t`), when nothing matched there
   * exactly: the text words must be capitalised, a misspelt first word read as a proper noun, and
   * the match must name one actor only ({@link mayBeMisspelt} forms; people by two words or more).
   */
  function misspeltHit(doc: Doc, tw: TokenWords, w: number, t: number): KbHit | null {
    if (!isCapitalised(doc.tokenText(t))) return null;
    const firstIsName = (!doc.has('pos') || doc.pos(t) === 'PROPN') && !namesSomethingElse(tw.words[w]);
    const variants = firstIsName ? spelling.variantsOf(tw.words[w], MIN_ALONE) : [];
    const inside = (word: string, key: string) => word.length >= MIN_INSIDE && key.length >= MIN_INSIDE && oneEditApart(word, key) && !namesSomethingElse(word);
    let best: KbHit | null = null;
    let bestWords = 0;
    let ids = new Set<string>();
    for (const m of trie.matchesWithOneEdit(tw.words, w, variants, inside)) {
      const span = wholeTokens(doc, tw, w, m.length);
      if (!span || !isCapitalised(doc.tokenText(tw.wordToken[w + m.edited]))) continue;
      // A word alone must misspell an actor's own name or its adjective, not one of its other names
      // ("Neverland" is no "Nederland"), and never a person's single name.
      const fits = (f: KbSurfaceForm) => m.length > 1 || (f.kind !== 'person' && ALONE_VIA.has(f.via));
      const actors = m.values.flatMap((v) => (v.kind === 'actor' && mayBeMisspelt(v.form) && fits(v.form) && caseFits(span.text, v.form, true) ? [v.form] : []));
      if (!actors.length) continue;
      if (m.length < bestWords) continue;
      if (m.length > bestWords) ids = new Set();
      for (const a of actors) ids.add(a.id);
      bestWords = m.length;
      best = { tokStart: t, tokEnd: span.tokEnd, charStart: span.charStart, charEnd: span.charEnd, actors, agents: [] };
    }
    // Two actors one edit away: the text does not say which, so neither.
    return ids.size === 1 ? best : null;
  }
}

/**
 * The text of `count` words from word `w` when they end a token (a name read another way must cover
 * whole tokens: "Nur" alone is not read inside "Nur-Sultan"), else null.
 */
function wholeTokens(doc: Doc, tw: TokenWords, w: number, count: number): { tokEnd: number; charStart: number; charEnd: number; text: string } | null {
  const lastWord = w + count - 1;
  const lastTok = tw.wordToken[lastWord];
  if (!tw.partLast[lastWord] || tw.tokenFirstWord[lastTok] + tw.tokenWordCount[lastTok] - 1 !== lastWord) return null;
  const charStart = tw.wordStart[w];
  const charEnd = tw.wordEnd[lastWord];
  return { tokEnd: lastTok + 1, charStart, charEnd, text: doc.text.slice(charStart, charEnd) };
}

/** What a misspelt word standing alone may be read as: a name itself, not an alias, acronym or metonym. */
const ALONE_VIA: ReadonlySet<string> = new Set(['name', 'official', 'adjective', 'demonym']);

/** Forms a misspelling may stand for: names of actors, not acronyms or names that need context. */
function mayBeMisspelt(f: KbSurfaceForm): boolean {
  return !f.exactCase && !f.needsContext && f.via !== 'acronym';
}
