/**
 * Members named by their organisation: "Hamas militants", "Hezbollah fighters", "al-Shabaab
 * gunmen", "Taliban commanders". News names an armed group's or a party's people this way far more
 * often than by the organisation alone, and they act for it: "Hamas militants fired rockets" is an
 * act of Hamas. The composer reads the organisation's name and then a group of no country for the
 * noun; this joins the two into one mention of the organisation.
 *
 * The same people named with "of" act for it too: "two senior commanders of Sudan's paramilitary
 * Rapid Support Forces", "fighters of the Arakan Army", "leaders of the Polisario Front". The
 * composer reads the noun with the state that owns the phrase ("commanders of Sudan's") as a group of
 * that state; when the "of" phrase's head is a named organisation (not an international one: the
 * members of NATO are states), the group is the organisation and the mention covers both.
 */
import type { Doc } from '../doc/doc.js';
import type { Draft } from './draft.js';

/** Plural nouns for an organisation's own people. */
const MEMBERS = /^(?:militants|fighters|rebels|gunmen|guerr?illas|insurgents|members|activists|leaders|officials|commanders|troops|soldiers|forces|mercenaries|operatives|jihadists|cadres|lawmakers|legislators|spokesmen|negotiators|delegates|representatives)$/i;

/** Joins an organisation's name and the members noun right after it (see the module comment); returns the drafts to keep. */
export function joinOrgMembers(doc: Doc, drafts: Draft[]): Draft[] {
  const joined = new Set<Draft>();
  for (const org of drafts) {
    if (org.kind !== 'org' || !org.kbId || org.via !== 'name') continue;
    const g = drafts.find((x) => x.tokStart === org.tokEnd && x.kind === 'group' && x.via === 'description' && !x.country && x.tokEnd - x.tokStart === 1);
    if (!g || !MEMBERS.test(doc.tokenText(g.tokStart)) || doc.sentenceOf(g.tokStart) !== doc.sentenceOf(org.tokStart)) continue;
    org.tokEnd = g.tokEnd;
    org.plural = true;
    joined.add(g);
  }
  for (const g of doc.has('deps') ? drafts : []) {
    if (g.kind !== 'group' || g.via !== 'description' || joined.has(g)) continue;
    const org = memberOfOrg(doc, g, drafts);
    if (!org) continue;
    org.tokStart = Math.min(org.tokStart, g.tokStart);
    org.tokEnd = Math.max(org.tokEnd, g.tokEnd);
    org.plural = org.plural || g.plural;
    joined.add(g);
  }
  return joined.size ? drafts.filter((d) => !joined.has(d)) : drafts;
}

/**
 * Members named by a possessive that stands for an organisation: "the Arakan Army said its fighters
 * had taken the base", "the group's commanders". Read after coreference, when the possessive knows
 * whom it means: a group of a members noun (of no country) whose possessive refers to an
 * organisation becomes a mention of that organisation.
 */
export function joinPossessedMembers(doc: Doc, drafts: readonly Draft[]): void {
  if (!doc.has('deps')) return;
  for (const g of drafts) {
    if (g.kind !== 'group' || g.via !== 'description' || g.country || g.split || g.pairOf) continue;
    const head = headOf(doc, g.tokStart, g.tokEnd);
    if (head < 0 || !MEMBERS.test(doc.tokenText(head))) continue;
    const owner = drafts.find((p) => p !== g && p.refs.length === 1 && doc.head(p.tokEnd - 1) === head && doc.deprel(p.tokEnd - 1) === 'nmod:poss');
    const ref = owner?.refs[0];
    if (!owner || !ref || !(owner.kind === 'org' || owner.kind === 'pronoun' || owner.standsFor === 'group') || !isOrgKey(ref)) continue;
    g.kind = 'org';
    g.kbId = ref.startsWith('org:') ? ref : null;
    g.refs = [ref];
    g.plural = true;
  }
}

/** Whether an entity key is an organisation's (a knowledge-base org or one found in the text). */
const isOrgKey = (key: string) => key.startsWith('org:') || key.startsWith('new:org:');

/** The named organisation a members group belongs to by an "of" phrase on its head noun, or null. */
function memberOfOrg(doc: Doc, g: Draft, drafts: readonly Draft[]): Draft | null {
  const head = headOf(doc, g.tokStart, g.tokEnd);
  if (head < 0 || !MEMBERS.test(doc.tokenText(head))) return null;
  for (const org of drafts) {
    if (org.kind !== 'org' || !org.kbId || org.via !== 'name' || org.tokStart <= head) continue;
    const oh = headOf(doc, org.tokStart, org.tokEnd);
    if (oh < 0 || doc.head(oh) !== head || doc.deprel(oh) !== 'nmod') continue;
    if (hasOfCase(doc, oh)) return org;
  }
  return null;
}

/** The token of `[from, to)` whose head lies outside the span (the phrase's head), or -1. */
function headOf(doc: Doc, from: number, to: number): number {
  for (let t = from; t < to; t++) {
    const h = doc.head(t);
    if (h < from || h >= to) return t;
  }
  return -1;
}

/** Whether token `t` has an "of" case marker among its dependents. */
function hasOfCase(doc: Doc, t: number): boolean {
  for (let k = Math.max(0, t - 8); k < t; k++) if (doc.head(k) === t && doc.deprel(k) === 'case' && /^of$/i.test(doc.tokenText(k))) return true;
  return false;
}
