/**
 * A name in parentheses right after an organisation's name is that organisation again: its acronym
 * ("the Forces for Defence of Democracy (FDD)") or a gloss of a foreign name ("the Homeland Union
 * (Conservatives)"). News defines such a short form where it first names the body, so the short form
 * is no other body the knowledge base knows by it (the American Foundation for Defense of
 * Democracies, the British Conservative Party). Runs in coreference's first pass, once names have
 * their entity keys.
 */
import type { Doc } from '../doc/doc.js';
import type { Draft } from './draft.js';

const BODY_KINDS = new Set(['org', 'igo', 'group']);

/** Rewrites the parenthesised draft to the body named before it, in place; `drafts` are in text order. */
export function resolveParentheticalNames(doc: Doc, drafts: Draft[]): void {
  for (let k = 1; k < drafts.length; k++) {
    const x = drafts[k];
    // The body before the parenthesis (a state named at the end of its name may stand between: "Border Guard Bangladesh").
    const d = drafts[k - 1].kind === 'state' && k > 1 && drafts[k - 2].tokEnd === drafts[k - 1].tokEnd ? drafts[k - 2] : drafts[k - 1];
    // An acronym in parentheses is read as a partial name (or, before "said", a person) until now.
    const acronymDraft = (x.kind === 'partial' || (x.kind === 'person' && !x.kbId)) && x.tokEnd - x.tokStart === 1 && isAcronym(doc.tokenText(x.tokStart));
    if (!BODY_KINDS.has(d.kind) || !(BODY_KINDS.has(x.kind) || acronymDraft) || !d.refs.length || d.refs[0] === x.refs[0]) continue;
    if (!x.refs.length && !acronymDraft) continue;
    // "<name> ( <short name> )", nothing else inside.
    if (x.tokStart !== d.tokEnd + 1 || doc.tokenText(d.tokEnd) !== '(' || doc.tokenText(x.tokEnd) !== ')') continue;
    // A body the knowledge base knows keeps its own reading of the short form ("… (UN)" after an
    // unrecognised long name may be the UN's): only an unknown body, or one whose initials the short
    // form spells, or a gloss in words rather than capitals.
    const short = doc.text.slice(doc.tokens.start[x.nameStart], doc.tokens.end[x.nameEnd - 1]);
    const acronym = /^[\p{Lu}\d][\p{Lu}\d./-]+$/u.test(short);
    if (d.kbId || (acronym && short.replace(/[^\p{Lu}]/gu, '') !== initials(doc, d))) continue;
    if (acronymDraft && short.replace(/[^\p{Lu}]/gu, '') !== initials(doc, d)) continue;
    adopt(x, d);
  }
}

/** An all-capitals short form of two letters or more ("BGB", "CPD"). */
const isAcronym = (w: string) => /^\p{Lu}{2,}$/u.test(w);

/** Makes `x` a mention of the body `d` names. */
function adopt(x: Draft, d: Draft): void {
  x.refs = d.refs.slice();
  x.kbId = d.kbId;
  x.kind = d.kind;
  x.name = d.name;
  x.country = d.country;
  x.sector = d.sector;
}

/** The capitals of the name's capitalised words ("Forces for Defence of Democracy" → "FDD"). */
function initials(doc: Doc, d: Draft): string {
  let out = '';
  for (let t = d.nameStart; t < d.nameEnd; t++) {
    const w = doc.tokenText(t);
    if (/^\p{Lu}/u.test(w)) out += w[0];
  }
  return out;
}
