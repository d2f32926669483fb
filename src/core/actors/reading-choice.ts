/**
 * Ambiguous names decided by the countries around them: "Congress" is the US Congress in a
 * sentence about Obama and India's Congress party in one about Rahul Gandhi. Runs after
 * coreference, when people named by surname alone ("Obama") are known too.
 */
import type { Doc } from '../doc/doc.js';
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import type { KbState } from '../kb/types.js';
import type { Draft } from './draft.js';

/** The country a knowledge-base actor belongs to: a state's own, an organisation's, a person's (any role). */
export function countryOfActor(kb: KnowledgeBase, id: string): string | null {
  const e = kb.byId(id);
  if (!e) return null;
  if (e.kind === 'state') return (e as KbState).iso3;
  if (e.kind === 'person') return e.roles.find((r) => r.country)?.country ?? null;
  return 'country' in e ? ((e as { country?: string | null }).country ?? null) : null;
}

/**
 * For each draft with several readings, takes the only reading whose country is the country of
 * an actor named before it in the article or anywhere in its sentence; when none fits, the only
 * reading of `home`, the country the story is filed from ("WASHINGTON -": "Congress" is the US
 * Congress); leaves the first reading when none or several fit.
 */
export function chooseReadings(doc: Doc, kb: KnowledgeBase, drafts: Draft[], home: string | null = null): void {
  for (const d of drafts) {
    if (!d.readings) continue;
    const sentence = doc.sentenceOf(d.tokStart);
    const inView = new Set<string>();
    for (const x of drafts) {
      // A pronoun only echoes its antecedent — perhaps this very name, read its first way ("notified
      // Congress that it had approved …"): it brings no country of its own.
      if (x === d || x.readings || x.kind === 'pronoun' || (x.tokStart > d.tokStart && doc.sentenceOf(x.tokStart) !== sentence)) continue;
      if (x.country) inView.add(x.country);
      for (const r of x.refs) {
        const c = countryOfActor(kb, r);
        if (c) inView.add(c);
      }
    }
    let fits = d.readings.filter((r) => inView.has(countryOfActor(kb, r.id) ?? ''));
    if (!fits.length && home) fits = d.readings.filter((r) => countryOfActor(kb, r.id) === home);
    if (fits.length !== 1 || fits[0].id === d.kbId) continue;
    const before = d.kbId;
    d.kbId = fits[0].id;
    d.refs = [fits[0].id];
    d.sector = fits[0].sector ?? d.sector;
    // Pronouns that took the first reading from this name follow it, when nothing else named that reading.
    if (before && !drafts.some((x) => x !== d && x.kind !== 'pronoun' && (x.kbId === before || x.refs.includes(before)))) {
      for (const x of drafts) if (x.kind === 'pronoun' && x.refs.includes(before)) x.refs = x.refs.map((r) => (r === before ? fits[0].id : r));
    }
  }
}
