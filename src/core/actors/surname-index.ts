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
  /**
   * The country every known holder of `role` with this surname served ("President Bush": both
   * were American presidents), up to the article's date (at any date when none had by then); null
   * when they differ or there is none.
   */
  sharedCountry(surname: string, role: string, date: string | null): string | null;
  /**
   * The gender every known person with this given name has, when at least two have it and they
   * agree ("Bernie" is unknown, "Mohamed" is a man's name); null otherwise. Lets "she" skip a
   * man the knowledge base does not know.
   */
  genderOfGivenName(name: string): 'm' | 'f' | null;
}

/** People sharing a given name needed before it says anything of gender. */
const GIVEN_NAME_MIN = 2;

/** Offices whose former holders are still named by surname alone years later ("Obama said"). */
const LEADING_ROLES = new Set(['head of state', 'head of government']);

const words = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().split(/[\s\u2010-\u2015-]+/).filter(Boolean);

/** Countries whose people's names put the family name first. */
const FAMILY_NAME_FIRST = new Set(['CHN', 'TWN', 'HKG', 'MAC', 'KOR', 'PRK', 'VNM', 'KHM']);

const NOT_A_SURNAME = /^(?:[ivxlc]+|jr\.?|sr\.?|\p{L}\.?)$/u;

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
        // Regnal numbers, suffixes and initials name nobody alone ("Rama X", "Marcos Jr.").
        if (NOT_A_SURNAME.test(key)) continue;
        const list = bySurname.get(key);
        if (!list) bySurname.set(key, [p]);
        else if (!list.includes(p)) list.push(p);
      }
    }
  }
  const givenNames = new Map<string, { m: number; f: number }>();
  for (const p of kb.people) {
    const w = words(p.name);
    if (!p.gender || w.length < 2 || p.roles.some((r) => r.country !== null && FAMILY_NAME_FIRST.has(r.country))) continue;
    const g = givenNames.get(w[0]) ?? { m: 0, f: 0 };
    g[p.gender]++;
    givenNames.set(w[0], g);
  }
  const inOffice = (p: KbPerson, date: string | null) => {
    if (!date) return true; // undated: any holder may be meant; the countries in view decide
    const y = +date.slice(0, 4);
    return p.roles.some((r) => (r.start === null || +r.start.slice(0, 4) <= y + WINDOW_YEARS) && (r.end === null || +r.end.slice(0, 4) >= y - WINDOW_YEARS));
  };
  return {
    unique(surname, date, drafts) {
      const list = bySurname.get(words(surname)[0] ?? '');
      if (!list) return null;
      let cands = list.filter((p) => inOffice(p, date));
      // Undated, a lone surname could be anyone's ("Cruz" in a piece on a US primary): only someone
      // whose country the article names.
      if (cands.length > 1 || !date) {
        const countries = new Set(drafts.map((d) => d.country).filter((c): c is string => !!c));
        const named = new Set(drafts.map((d) => d.kbId).filter((c): c is string => !!c));
        cands = cands.filter((p) => p.roles.some((r) => (r.country && countries.has(r.country)) || (r.igo && named.has(r.igo))));
      }
      // Nobody in office then: a former leader, the only one of that name, is still "Obama". With
      // countries in view, only their former leaders, the latest first ("Bush" in an American story
      // is the younger; "Romero" in a Venezuelan one is no Salvadoran president).
      if (!cands.length && date) {
        const former = list.filter((p) => p.roles.some((r) => LEADING_ROLES.has(r.role) && r.start !== null && r.start <= date));
        const countries = new Set(drafts.map((d) => d.country).filter((c): c is string => !!c));
        if (!countries.size) return former.length === 1 ? former[0] : null;
        const ledHere = (p: KbPerson) => p.roles.filter((r) => LEADING_ROLES.has(r.role) && r.start !== null && r.start <= date && r.country !== null && countries.has(r.country));
        const here = former.filter((p) => ledHere(p).length > 0);
        const latest = (p: KbPerson) => ledHere(p).reduce((m, r) => ((r.start as string) > m ? (r.start as string) : m), '');
        here.sort((a, b) => (latest(a) < latest(b) ? 1 : latest(a) > latest(b) ? -1 : 0));
        return here.length === 1 || (here.length > 1 && latest(here[0]) !== latest(here[1])) ? here[0] : null;
      }
      return cands.length === 1 ? cands[0] : null;
    },
    genderOfGivenName(name) {
      const g = givenNames.get(words(name)[0] ?? '');
      if (!g || (g.m && g.f) || g.m + g.f < GIVEN_NAME_MIN) return null;
      return g.m ? 'm' : 'f';
    },
    sharedCountry(surname, role, date) {
      const list = bySurname.get(words(surname)[0] ?? '') ?? [];
      const held = (until: string | null): Set<string> => {
        const countries = new Set<string>();
        for (const p of list) {
          for (const r of p.roles) if (r.role === role && r.country && (!until || r.start === null || r.start <= until)) countries.add(r.country);
        }
        return countries;
      };
      // Nobody of that name held the office by the article's date: the date may be wrong (a filler,
      // an archive's date), and whose office it is does not depend on when ("President Obama").
      let countries = held(date);
      if (!countries.size && date) countries = held(null);
      return countries.size === 1 ? [...countries][0] : null;
    },
  };
}
