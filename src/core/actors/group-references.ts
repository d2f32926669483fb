/**
 * A group named again by its bare noun: "Ivory Coast rebels agreed … the rebels’ grievances",
 * "Kenyan protesters marched … Police fired on the protesters", "M23 rebels … talks with the rebels".
 * The later mention of the head noun
 * alone ("rebels", "protesters", "militants") is the group last named with that head and a
 * qualifier (a country, a place, a cause), not a new, countryless group. Runs in coreference's
 * first pass, once names have their entity keys.
 */
import type { Doc } from '../doc/doc.js';
import type { Draft } from './draft.js';

/** The last word of a draft's text, lower-cased: the group's head noun. */
const headOf = (doc: Doc, d: Draft) => doc.tokenText(d.tokEnd - 1).toLowerCase();

/**
 * Rewrites `refs` (and country) of bare group mentions in place; `drafts` are in text order.
 * `sectorOf` gives a knowledge-base organisation's sector at the article's date (for "the rebels"
 * after a named armed group, see `armedGroupInView`).
 */
export function resolveGroupReferences(doc: Doc, drafts: Draft[], sectorOf: (id: string) => string | null = () => null): void {
  const lastByHead = new Map<string, Draft>();
  const armed: Draft[] = [];
  let lastCrowd: Draft | null = null;
  const goBetweens = new Map<string, Draft>();
  for (const d of drafts) {
    if (d.kind === 'org' && d.kbId && d.refs.length && ARMED_SECTORS.has(sectorOf(d.kbId) ?? '')) armed.push(d);
    // "M23 rebels", "Houthi fighters": a named organisation written with a group noun is the group
    // later named by that noun alone ("talks with the rebels").
    if (d.kind === 'org' && d.refs.length && d.tokEnd - d.tokStart > 1 && /^\p{Ll}+s$/u.test(doc.tokenText(d.tokEnd - 1))) {
      lastByHead.set(headOf(doc, d), d);
      continue;
    }
    // "the paramilitary Rapid Support Forces", "the separatist PKK": the organisation is later
    // "the paramilitaries", "the separatists".
    if ((d.kind === 'org' || d.kind === 'group') && d.refs.length && d.tokStart > 1 && /^\p{Ll}{4,}$/u.test(doc.tokenText(d.tokStart - 1)) && doc.tokenText(d.tokStart - 2).toLowerCase() === 'the' && /^\p{Lu}/u.test(doc.tokenText(d.tokStart))) {
      lastByHead.set(pluralOf(doc.tokenText(d.tokStart - 1)), d);
      if (d.kind === 'org') continue;
    }
    if (d.kind !== 'group' || !d.refs.length || d.split) continue;
    const head = headOf(doc, d);
    // Only a plural common noun counts ("rebels", "protesters"), not a name that happens to be one word.
    if (!/^\p{Ll}/u.test(doc.tokenText(d.tokEnd - 1))) continue;
    const opensWithThe = d.tokEnd - d.tokStart === 2 && doc.tokenText(d.tokStart).toLowerCase() === 'the';
    const definite = opensWithThe || (d.tokEnd - d.tokStart === 1 && d.tokStart > 0 && doc.tokenText(d.tokStart - 1).toLowerCase() === 'the');
    if (d.tokEnd - d.tokStart === 1 || opensWithThe) {
      const earlier = lastByHead.get(head);
      if (earlier && !d.country) {
        d.refs = earlier.refs.slice();
        d.country = earlier.country;
      } else if (definite && !d.country && ARMED_NOUNS.has(head) && armedGroupInView(doc, d, armed)) {
        d.refs = [armedGroupInView(doc, d, armed)!];
      } else if (definite && !d.country && CROWDS.has(head) && lastCrowd && headOf(doc, lastCrowd) !== head && doc.sentenceOf(d.tokStart) - doc.sentenceOf(lastCrowd.tokStart) <= CROWD_WINDOW) {
        // "Protesters stormed parliament … Police fired on the crowds": the crowd just named.
        d.refs = lastCrowd.refs.slice();
        d.country = lastCrowd.country;
      }
    } else lastByHead.set(head, d);
    if (CROWDS.has(head)) lastCrowd = d;
    // "West African mediators … the top West African envoys": one delegation, named two ways.
    if (GO_BETWEENS.has(head) && d.tokEnd - d.tokStart > 1) {
      const qualifier = qualifierOf(doc, d);
      const same = qualifier ? goBetweens.get(qualifier) : undefined;
      if (same && same !== d && headOf(doc, same) !== head && (d.country ?? null) === (same.country ?? null)) d.refs = same.refs.slice();
      else if (qualifier && !same) goBetweens.set(qualifier, d);
    }
  }
}

/** Sectors of armed non-state organisations. */
const ARMED_SECTORS: ReadonlySet<string> = new Set(['REB', 'INS', 'SEP', 'UAF']);
/** Plural nouns for an armed group's people, by which news names again the group it has just named. */
const ARMED_NOUNS: ReadonlySet<string> = new Set(['rebels', 'militants', 'insurgents', 'guerrillas', 'guerillas', 'jihadists', 'separatists']);
/** Sentences back within which "the rebels" is the armed group named before. */
const ARMED_WINDOW = 2;

/**
 * "The National Liberation Army attacked a base … Troops pursued the guerrillas": a definite bare
 * noun for armed men after one named armed organisation is that organisation. Only when the text
 * leaves no choice: exactly one such organisation named in the mention's sentence (before it) or the
 * two before; with two ("the army and the SLM fought the RSF … the rebels") nobody is chosen.
 */
function armedGroupInView(doc: Doc, d: Draft, armed: readonly Draft[]): string | null {
  const s = doc.sentenceOf(d.tokStart);
  const keys = new Set(armed.filter((x) => x.tokEnd <= d.tokStart && s - doc.sentenceOf(x.tokStart) <= ARMED_WINDOW).map((x) => x.refs[0]));
  return keys.size === 1 ? [...keys][0] : null;
}

/** The plural of a group noun used as a modifier ("militia" → "militias", "rebel" → "rebels"). */
function pluralOf(word: string): string {
  return /[^aeiou]y$/.test(word) ? `${word.slice(0, -1)}ies` : `${word}s`;
}

/** Nouns for people sent between parties, which news varies for one delegation. */
export const GO_BETWEENS: ReadonlySet<string> = new Set(['envoys', 'mediators', 'negotiators', 'emissaries', 'delegates']);

/** The capitalised words before a group's head ("West African" in "the top West African envoys"), or ''. */
function qualifierOf(doc: Doc, d: Draft): string {
  const words: string[] = [];
  for (let t = d.tokStart; t < d.tokEnd - 1; t++) if (/^\p{Lu}/u.test(doc.tokenText(t)) && doc.tokenText(t) !== 'The') words.push(doc.tokenText(t));
  return words.join(' ');
}

/** Nouns for a crowd in the street, which news varies for the same people ("protesters … the crowds"). */
const CROWDS = new Set(['crowd', 'crowds', 'protesters', 'protestors', 'demonstrators', 'marchers', 'rioters']);

/** Sentences back within which "the crowds" is the crowd named before. */
const CROWD_WINDOW = 2;
