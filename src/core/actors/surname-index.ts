/**
 * Surnames of the knowledge base's people, for resolving a name mentioned alone ("Erdogan said")
 * when the article never gives the full name. Only a surname that points at exactly one person in
 * office around the article's date (or whose country the article mentions) is taken.
 */
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import type { KbPerson } from '../kb/types.js';
import type { Draft } from './draft.js';

export interface SurnameIndex {
  /** The one person this surname can mean in the article, or null. */
  unique(surname: string, date: string | null, drafts: readonly Draft[]): KbPerson | null;
}

const words = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().split(/[\s\u2010-\u2015-]+/).filter(Boolean);

/** Countries whose people's names put the family name first. */
const FAMILY_NAME_FIRST = new Set(['CHN', 'TWN', 'HKG', 'MAC', 'KOR', 'PRK', 'VNM', 'KHM']);

/** Years around the article's date within which an office-holder is a plausible referent. */
const WINDOW_YEARS = 2;

/** Builds the index over every person's name and aliases (last word of each). */
export function createSurnameIndex(kb: KnowledgeBase): SurnameIndex {
  const bySurname = new Map<string, KbPerson[]>();
  for (const p of kb.people) {
    for (const n of [p.name, ...p.aliases]) {
      const w = words(n);
      if (w.length < 2) continue;
      // The family name comes first in Chinese, Korean, Vietnamese and Khmer names ("Xi", "Kim").
      const familyFirst = p.roles.some((r) => r.country !== null && FAMILY_NAME_FIRST.has(r.country));
      for (const key of new Set(familyFirst ? [w[w.length - 1], w[0]] : [w[w.length - 1]])) {
        const list = bySurname.get(key);
        if (!list) bySurname.set(key, [p]);
        else if (!list.includes(p)) list.push(p);
      }
    }
  }
  const inOffice = (p: KbPerson, date: string | null) => {
    if (!date) return true; // undated: any holder may be meant; uniqueness decides
    const y = +date.slice(0, 4);
    return p.roles.some((r) => (r.start === null || +r.start.slice(0, 4) <= y + WINDOW_YEARS) && (r.end === null || +r.end.slice(0, 4) >= y - WINDOW_YEARS));
  };
  return {
    unique(surname, date, drafts) {
      const list = bySurname.get(words(surname)[0] ?? '');
      if (!list) return null;
      let cands = list.filter((p) => inOffice(p, date));
      if (cands.length > 1) {
        const countries = new Set(drafts.map((d) => d.country).filter((c): c is string => !!c));
        cands = cands.filter((p) => p.roles.some((r) => r.country && countries.has(r.country)));
      }
      return cands.length === 1 ? cands[0] : null;
    },
  };
}
