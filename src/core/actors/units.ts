/**
 * Name units: the first reading of a sentence for actors. Each stretch of tokens that can take part
 * in an actor mention becomes a unit — a knowledge-base name, an agent word ("President",
 * "troops"), an unknown capitalised name, an honorific, a region adjective, a pronoun — and the
 * composition step ({@link composeMentions}) combines neighbouring units into mentions.
 */
import type { Doc } from '../doc/doc.js';
import { TokenFlag } from '../doc/doc.js';
import type { KbAgentForm, KbSurfaceForm } from '../kb/name-index.js';
import type { KbHit } from './kb-matcher.js';
import type { NameCues } from './name-cues.js';
import { surnameDemonym } from './demonym-surnames.js';
import { lowerCaseNameEnd, type TitledSurname } from './lower-case-names.js';

export type UnitKind = 'kb' | 'agent' | 'name' | 'honorific' | 'region' | 'pronoun';

export interface Unit {
  readonly kind: UnitKind;
  readonly tokStart: number;
  readonly tokEnd: number;
  /** For a part of a hyphenated token ("Russia" in "Russia-China"): its characters. */
  readonly charStart?: number;
  readonly charEnd?: number;
  /** For `kb`: the knowledge-base forms, best first. */
  readonly actors?: readonly KbSurfaceForm[];
  /** For `kb` and `agent`: agent forms (titles and sector nouns). */
  readonly agents?: readonly KbAgentForm[];
  /** For `honorific`: gender implied. For `pronoun`: gender/number. */
  readonly gender?: 'm' | 'f' | 'n' | 'pl' | null;
  /** For `region`: the adjective's country, if any. */
  readonly country?: string | null;
}

/** "his counterpart", "their Chinese counterparts": a relational title the knowledge base does not list. */
const COUNTERPART: KbAgentForm = { form: 'counterpart', key: 'counterpart', tokens: ['counterpart'], sector: 'GOV', role: 'counterpart', group: false, plural: false, needsContext: false, exactCase: false, country: null };
const COUNTERPARTS: KbAgentForm = { ...COUNTERPART, form: 'counterparts', key: 'counterparts', tokens: ['counterparts'], plural: true };

/** (A Map: looking every token up as an object key interns its string, and inherits "constructor".) */
const PRONOUNS: ReadonlyMap<string, 'm' | 'f' | 'n' | 'pl'> = new Map(Object.entries({
  he: 'm', him: 'm', his: 'm', himself: 'm', she: 'f', her: 'f', hers: 'f', herself: 'f',
  it: 'n', its: 'n', itself: 'n', they: 'pl', them: 'pl', their: 'pl', theirs: 'pl', themselves: 'pl',
} as const));

/** Closed-class words: capitalised at a sentence or quote start, never names on their own. */
const FUNCTION_WORDS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'in', 'on', 'at', 'of', 'for', 'to', 'from', 'by', 'with', 'and', 'but', 'or', 'as', 'if', 'it', 'its', 'we', 'i', 'you', 'he', 'she', 'they', 'our', 'my', 'your', 'there', 'here', 'when', 'while', 'after', 'before', 'since', 'despite', 'amid', 'during', 'what', 'which', 'who', 'why', 'how', 'not', 'no', 'yes', 'all', 'both', 'some', 'many', 'most', 'such', 'so', 'then', 'still', 'also', 'yet', 'now', 'even', 'only', 'just',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april',
  'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'today', 'yesterday', 'tomorrow']);

const isCapitalised = (s: string) => /^\p{Lu}/u.test(s);
const isNameLike = (s: string) => /^\p{Lu}[\p{L}\p{M}'’.\-]*$/u.test(s) || /^\p{Ll}{1,3}-\p{Lu}/u.test(s) || /^(?:\p{Lu}\.){1,3}$/u.test(s);

/** Rank of a KB form: plain names before context-dependent ones, names before metonyms and demonyms. */
const VIA_RANK: Record<KbSurfaceForm['via'], number> = { name: 0, official: 1, alias: 2, acronym: 3, metonym: 4, adjective: 5, demonym: 6 };

export function sortForms(forms: readonly KbSurfaceForm[]): KbSurfaceForm[] {
  return [...forms].sort((a, b) => Number(a.needsContext) - Number(b.needsContext) || VIA_RANK[a.via] - VIA_RANK[b.via]);
}

/**
 * Whether token `t` can start or continue an unknown name: capitalised, and — at a sentence or
 * heading start, where every word is capitalised — tagged as a proper noun.
 */
function nameToken(doc: Doc, t: number, sentenceStart: boolean, hasPos: boolean, known: ReadonlySet<string>): boolean {
  const text = doc.tokenText(t);
  if (!isNameLike(text) || FUNCTION_WORDS.has(text.toLowerCase())) return false;
  const inHeading = (doc.tokens.flags[t] & TokenFlag.InHeading) !== 0;
  if ((sentenceStart || inHeading) && hasPos) return doc.pos(t) === 'PROPN' || known.has(text);
  // Without tags, a capital at a sentence start is a name only when the article used it as one before.
  if (sentenceStart || inHeading) return known.has(text);
  // All-capital words of four letters or more are shouting or headings, not names ("WASHINGTON" datelines aside).
  if (hasPos && doc.pos(t) !== 'PROPN' && doc.pos(t) !== 'NOUN' && doc.pos(t) !== 'ADJ' && doc.pos(t) !== 'X') {
    // A capitalised participle inside a sentence opening a longer name ("the Armed Forces of …",
    // "the United Front") is a name's word, whatever the tagger made of it.
    return doc.pos(t) === 'VERB' && t + 1 < doc.length && isNameLike(doc.tokenText(t + 1)) && !FUNCTION_WORDS.has(doc.tokenText(t + 1).toLowerCase());
  }
  return true;
}

/**
 * The units of sentence `s`, in text order (KB hits are passed in, already matched over the Doc).
 * `known` holds the words of people's names met earlier in the article, so that a surname opening a
 * sentence ("Volkov said…") is read as a name even without part-of-speech tags; `placeSpans` are the
 * curated place names that hold an actor's name ("Gulf of Mexico"), read as one name each; `titled`
 * accepts a known surname written in lower case after its title ("President obama").
 */
export function sentenceUnits(doc: Doc, s: number, hits: readonly KbHit[], cues: NameCues, known: ReadonlySet<string> = new Set(), placeSpans: ReadonlyMap<number, number> = new Map(), titled?: TitledSurname): Unit[] {
  const from = doc.sentences.tokStart[s];
  const to = doc.sentences.tokEnd[s];
  const hasPos = doc.has('pos');
  const out: Unit[] = [];
  // The first hit of the sentence: hits come in text order, so by halving, not from the article's start.
  let h = 0;
  for (let hi = hits.length; h < hi; ) {
    const mid = (h + hi) >>> 1;
    if (hits[mid].tokStart < from) h = mid + 1;
    else hi = mid;
  }
  let firstWord = from;
  // Skip opening punctuation for the sentence-start test (a quote mark, a dash).
  while (firstWord < to && !/[\p{L}\p{N}]/u.test(doc.tokenText(firstWord))) firstWord++;
  for (let t = from; t < to; ) {
    // Hits inside a stretch already read (a name run) are passed over.
    while (h < hits.length && hits[h].tokStart < t) h++;
    // A place named after an actor ("Gulf of Mexico", "South China Sea") is one name.
    const placeEnd = placeSpans.get(t);
    if (placeEnd !== undefined && placeEnd <= to) {
      out.push({ kind: 'name', tokStart: t, tokEnd: placeEnd });
      t = placeEnd;
      continue;
    }
    // "Minister for Foreign Affairs": an office's portfolio is no organisation (the magazine of that
    // name), and is passed over.
    if (h < hits.length && hits[h].tokStart === t && isPortfolio(doc, hits[h], out)) {
      const end = hits[h].tokEnd;
      while (h < hits.length && hits[h].tokStart === t) h++;
      t = end;
      continue;
    }
    // "the Serbian Workers' Union", "the Kenya Teachers' Association": members' plural possessive
    // before a body's head word is one name, not a group of workers.
    const membersEnd = h < hits.length && hits[h].tokStart === t ? membersBodyEnd(doc, hits[h], to, cues) : -1;
    if (membersEnd > 0) {
      out.push({ kind: 'name', tokStart: t, tokEnd: membersEnd });
      t = membersEnd;
      continue;
    }
    // A capitalised body noun opening a longer name: "Ministry of Foreign Affairs", "Council for …".
    const bodyName = h < hits.length && hits[h].tokStart === t && isBodyNameStart(doc, hits[h], to);
    if (!bodyName && h < hits.length && hits[h].tokStart === t && hits[h].tokEnd <= to) {
      // Every hit starting in this token: one, or several parts of a hyphenated token ("Russia-China").
      let next = t + 1;
      for (; h < hits.length && hits[h].tokStart === t && hits[h].tokEnd <= to; h++) {
        const hit = hits[h];
        const part = hit.charStart !== doc.tokens.start[t] || hit.charEnd !== doc.tokens.end[hit.tokEnd - 1] ? { charStart: hit.charStart, charEnd: hit.charEnd } : {};
        out.push(hit.actors.length ? { kind: 'kb', tokStart: t, tokEnd: hit.tokEnd, ...part, actors: sortForms(hit.actors), agents: hit.agents } : { kind: 'agent', tokStart: t, tokEnd: hit.tokEnd, agents: hit.agents });
        next = Math.max(next, hit.tokEnd);
      }
      t = next;
      continue;
    }
    const word = doc.tokenText(t);
    const lower = word.toLowerCase();
    // "Federal Minister for Interior …", "the Pakistani Federal Interior Secretary": the level of
    // government before a title is no name of its own; the title chain reads it as a word of tenure.
    if (OFFICE_LEVELS.has(lower) && h < hits.length && hits[h].tokStart === t + 1 && hits[h].agents.some((a) => a.role !== null && !a.group)) {
      t++;
      continue;
    }
    const pron = PRONOUNS.get(lower);
    if (pron && (!hasPos || doc.pos(t) === 'PRON' || doc.pos(t) === 'DET')) {
      out.push({ kind: 'pronoun', tokStart: t, tokEnd: t + 1, gender: pron });
      t++;
      continue;
    }
    if (lower === 'counterpart' || lower === 'counterparts') {
      out.push({ kind: 'agent', tokStart: t, tokEnd: t + 1, agents: [lower === 'counterpart' ? COUNTERPART : COUNTERPARTS] });
      t++;
      continue;
    }
    if (cues.honorifics.has(lower) && isCapitalised(word)) {
      // "Mr." may be tokenised as "Mr" + "."; take the period along.
      const end = t + 1 < to && doc.tokenText(t + 1) === '.' ? t + 2 : t + 1;
      out.push({ kind: 'honorific', tokStart: t, tokEnd: end, gender: cues.honorifics.get(lower) ?? null });
      t = end;
      continue;
    }
    const region = regionAt(doc, t, to, cues);
    if (region) {
      out.push(region);
      t = region.tokEnd;
      continue;
    }
    if (bodyName || nameToken(doc, t, t === firstWord, hasPos, known)) {
      if (bodyName) h++;
      let end = t + 1;
      // Extend over name tokens, and over connectors followed by a name token ("Endowment for International Peace").
      // A one-word organisation alias right after the run is part of a longer name ("English Defence League").
      // An organisation alias inside a longer name is part of it: "English Defence League" (one word
      // right after the run), "Department of Foreign Affairs" (after a connector).
      // A capital or ambiguous name right after the run is part of it too ("Fergana Valley": not
      // the Anguillan capital "The Valley").
      // An agent word that heads organisations, capitalised, closes the name ("Red Sea Policy
      // Institute", "Grand National Assembly"): it is the name's head, not a separate agent.
      const absorbs = (k: number) =>
        h < hits.length && hits[h].tokStart === k &&
        ((hits[h].actors.length > 0
          ? (hits[h].actors.every((a) => a.kind === 'org') && (hits[h].tokEnd === k + 1 || (cues.nameConnectors.has(doc.tokenText(k - 1).toLowerCase()) && ownsConnectedOrg(doc, t, k - 1, cues)))) ||
            (k === end && hits[h].tokEnd === k + 1 && hits[h].actors.every((a) => a.via === 'metonym' || a.needsContext)) ||
            // A body's generic name right after a name is that body's name's end ("the Iraqi Federal Supreme Court").
            (k === end && hits[h].actors.every((a) => a.kind === 'org' && a.needsContext))
          : k === end && isCapitalised(doc.tokenText(k)) && hasOrgHead(doc, k, hits[h].tokEnd, cues)) ||
          (k === end && hasPos && surnameDemonym(doc, hits[h], to)));
      while (end < to && (!(h < hits.length && hits[h].tokStart === end) || absorbs(end))) {
        if (absorbs(end)) {
          end = hits[h].tokEnd;
          h++;
          continue;
        }
        const w = doc.tokenText(end);
        // An abbreviated title opens a new name: "Vermont Sen. Bernie Sanders", "Texas Gov. Greg Abbott".
        if (abbreviatedHonorific(doc, end, to, cues)) break;
        // Weak connectors ("in", "on", "and") join only inside an organisation's name ("Commission on
        // Human Rights"), never a person and a place ("Putin in Samarkand").
        if (WEAK_CONNECTORS.has(w.toLowerCase()) && !hasOrgHead(doc, t, end, cues)) break;
        if (nameToken(doc, end, false, hasPos, known)) end++;
        else if (cues.nameConnectors.has(w.toLowerCase()) && personBeforeOrg(doc, t, end, to, cues)) break;
        else if (cues.nameConnectors.has(w.toLowerCase()) && end + 1 < to && !(h < hits.length && hits[h].tokStart === end + 1 && !absorbs(end + 1)) && nameToken(doc, end + 1, false, hasPos, known)) end += 2;
        else if (cues.nameConnectors.has(w.toLowerCase()) && end + 1 < to && absorbs(end + 1)) end += 1;
        else break;
      }
      // A run cannot end on a connector.
      while (end > t + 1 && cues.nameConnectors.has(doc.tokenText(end - 1).toLowerCase())) end--;
      out.push({ kind: 'name', tokStart: t, tokEnd: end });
      t = end;
      continue;
    }
    // "President obama": a known surname in lower case after its title.
    const lowerEnd = lowerCaseNameEnd(doc, t, to, out[out.length - 1], titled);
    if (lowerEnd > 0) {
      out.push({ kind: 'name', tokStart: t, tokEnd: lowerEnd });
      t = lowerEnd;
      continue;
    }
    t++;
  }
  return out;
}

/**
 * The end of a body's name opened by its members' plural possessive at `hit` ("Workers' Union",
 * "Journalists' Association"): a capitalised plural group noun, a bare apostrophe, a capitalised
 * organisation head word. -1 when the hit opens no such name.
 */
function membersBodyEnd(doc: Doc, hit: KbHit, to: number, cues: NameCues): number {
  const t = hit.tokStart;
  if (hit.actors.length || hit.tokEnd !== t + 1 || t + 2 >= to || !hit.agents.some((a) => a.group && (a.plural || /[^s]s$/i.test(a.form)))) return -1;
  if (!isCapitalised(doc.tokenText(t)) || !/^['\u2019]$/.test(doc.tokenText(t + 1))) return -1;
  const head = doc.tokenText(t + 2);
  return isCapitalised(head) && cues.orgHeads.has(head.toLowerCase()) ? t + 3 : -1;
}

/** Levels of government that may stand before an office's title ("Federal Minister", "Federal Chancellor"). */
const OFFICE_LEVELS: ReadonlySet<string> = new Set(['federal']);

const WEAK_CONNECTORS = new Set(['in', 'on', 'and', '&', 'the', 'e', 'y', 'at']);

/** A title abbreviated with a period at token `t` ("Sen.", "Gov.", "Gen.", "Mr." or "Mr" + "."). */
function abbreviatedHonorific(doc: Doc, t: number, to: number, cues: NameCues): boolean {
  const w = doc.tokenText(t);
  if (!isCapitalised(w) || !cues.honorifics.has(w.toLowerCase())) return false;
  return w.endsWith('.') || (t + 1 < to && doc.tokenText(t + 1) === '.');
}

/**
 * Whether the run `[from, to)` before a connector can take the organisation after it into one
 * name: "Department of Foreign Affairs" (an organisation's head word before "of"), "Bank of …"
 * (one word) — but not "Adelle Nazarian of Breitbart News", a person's name and their employer.
 */
function ownsConnectedOrg(doc: Doc, from: number, to: number, cues: NameCues): boolean {
  return to - from <= 1 || hasOrgHead(doc, from, to, cues);
}

/**
 * "Adelle Nazarian of Breitbart News": a run of two or more name words without an organisation's
 * head word, a connector at `at`, and capitalised words holding one after it — a person and the
 * organisation they work for, not one name. ("Democratic Republic of the Congo" and "Prime Minister
 * of Canada" have no organisation's head word after the connector and stay whole.)
 */
function personBeforeOrg(doc: Doc, from: number, at: number, to: number, cues: NameCues): boolean {
  if (at - from < 2 || hasOrgHead(doc, from, at, cues)) return false;
  let k = at + 1;
  if (k < to && doc.tokenText(k).toLowerCase() === 'the') k++;
  let end = k;
  while (end < to && end - k < 5 && isCapitalised(doc.tokenText(end))) end++;
  return end > k && hasOrgHead(doc, k, end, cues);
}

/** True when tokens `[from, to)` hold an organisation head word ("Commission", "Institute"). */
function hasOrgHead(doc: Doc, from: number, to: number, cues: NameCues): boolean {
  for (let k = from; k < to; k++) if (cues.orgHeads.has(doc.tokenText(k).toLowerCase())) return true;
  return false;
}

/**
 * True when the hit at `t` is a capitalised body noun ("Ministry", "Department", "Council") followed
 * by "of"/"for" and a capitalised word: the start of an organisation's own name.
 */
/** An organisation's name right after a capitalised title and "for"/"of" ("Minister for Foreign Affairs"). */
function isPortfolio(doc: Doc, hit: KbHit, before: readonly Unit[]): boolean {
  if (!hit.actors.length || !hit.actors.every((a) => a.kind === 'org') || hit.tokStart < 2) return false;
  if (!/^(for|of)$/i.test(doc.tokenText(hit.tokStart - 1))) return false;
  const title = before[before.length - 1];
  return !!title && title.tokEnd === hit.tokStart - 1 && isCapitalised(doc.tokenText(title.tokStart)) && !!title.agents?.some((a) => a.role !== null && !a.group);
}

function isBodyNameStart(doc: Doc, hit: KbHit, to: number): boolean {
  if (hit.actors.length || hit.tokEnd !== hit.tokStart + 1 || hit.tokEnd + 1 >= to) return false;
  if (!hit.agents.some((a) => a.group && !a.plural)) return false;
  if (!isCapitalised(doc.tokenText(hit.tokStart))) return false;
  const next = doc.tokenText(hit.tokEnd).toLowerCase();
  return (next === 'of' || next === 'for') && /^\p{Lu}/u.test(doc.tokenText(hit.tokEnd + 1)) && !FUNCTION_WORDS.has(doc.tokenText(hit.tokEnd + 1).toLowerCase());
}

/** A region adjective ("Central Asian", "Western") at token `t`, if one starts there. */
function regionAt(doc: Doc, t: number, to: number, cues: NameCues): Unit | null {
  if (!cues.regionFirstWords.has(doc.tokenText(t))) return null;
  for (const len of [2, 1]) {
    if (t + len > to) continue;
    const text = doc.text.slice(doc.tokens.start[t], doc.tokens.end[t + len - 1]);
    if (cues.regionAdjectives.has(text)) return { kind: 'region', tokStart: t, tokEnd: t + len, country: cues.regionAdjectives.get(text) ?? null };
  }
  return null;
}
