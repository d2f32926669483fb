/**
 * Members named by their organisation: "Hamas militants", "Hezbollah fighters", "al-Shabaab
 * gunmen", "Taliban commanders". News names an armed group's or a party's people this way far more
 * often than by the organisation alone, and they act for it: "Hamas militants fired rockets" is an
 * act of Hamas. The composer reads the organisation's name and then a group of no country for the
 * noun; this joins the two into one mention of the organisation.
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
  return joined.size ? drafts.filter((d) => !joined.has(d)) : drafts;
}
