/**
 * Surnames of the knowledge base's people, for resolving a name mentioned alone ("Erdogan said")
 * when the article never gives the full name. Only a surname that points at exactly one person in
 * office around the article's date (or whose country the article mentions) is taken.
 */
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import type { KbPerson, KbRole } from '../kb/types.js';
import type { Draft } from './draft.js';
import { nameWords } from './name-words.js';

export interface SurnameIndex {
  /**
   * The one person this surname can mean in the article, or null; `gender` (a courtesy title's)
   * rules out people of the other one ("Mr. Clinton" while Hillary Clinton runs for office);
   * `governs` says the text has them head a government ("the Sokol cabinet"), wherever it is.
   */
  unique(surname: string, date: string | null, drafts: readonly Draft[], gender?: 'm' | 'f' | null, governs?: boolean): KbPerson | null;
  /**
   * The person with this surname who held an office that `fits` (the one a title names): someone
   * holding it on the article's date, else whoever held it last before then — news keeps former
   * titles ("President Carter", "Secretary Clinton"). Several: those of a country in view, then
   * the latest to take it up (undated, nobody). Null when nobody of that name held it.
   */
  titled(surname: string, fits: (r: KbRole) => boolean, date: string | null, drafts: readonly Draft[]): KbPerson | null;
  /**
   * The country every known holder of `role` with this surname served ("President Bush": both
   * were American presidents), up to the article's date (at any date when none had by then); null
   * when they differ or there is none.
   */
  sharedCountry(surname: string, role: string, date: string | null): string | null;
  /**
   * The gender every known person with this given name has, when at least two have it and they
   * agree ("Mohamed" is a man's name); else, unless known people of both genders have it, the
   * gender the given-name list of the name cues gives ("Alan", "Susan"); null otherwise. Lets
   * "she" skip a man the knowledge base does not know.
   */
  genderOfGivenName(name: string): 'm' | 'f' | null;
}

/** People sharing a given name needed before it says anything of gender. */
const GIVEN_NAME_MIN = 2;

/** Offices whose former holders are still named by surname alone years later ("Obama said"). */
const LEADING_ROLES = new Set(['head of state', 'head of government']);


/** Countries whose people's names put the family name first. */
const FAMILY_NAME_FIRST = new Set(['CHN', 'TWN', 'HKG', 'MAC', 'KOR', 'PRK', 'VNM', 'KHM']);

const NOT_A_SURNAME = /^(?:[ivxlc]+|jr\.?|sr\.?|\p{L}\.?)$/u;

/** Years around the article's date within which an office-holder is a plausible referent. */
const WINDOW_YEARS = 2;

/**
 * Years after a race within which its candidate is still who the surname means: the news names
 * candidates by surname alone only while they run and for a while after (before, they are not yet
 * the surname's most salient bearer).
 */
const CANDIDATE_AFTER_YEARS = 1;

/**
 * Years after leaving office beyond which a former leader belongs to another era: a bare surname
 * means them only in news about their own country (the state the article names most), not in a
 * story that merely mentions it ("Mr. Khan" in an American story that names Afghanistan once).
 */
const ERA_YEARS = 20;

/** The countries of the article's drafts, with how many drafts name each. */
function countriesOf(drafts: readonly Draft[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const d of drafts) if (d.country) counts.set(d.country, (counts.get(d.country) ?? 0) + 1);
  return counts;
}

/** The country the article's drafts name most (null on a tie or when none). */
function mainCountry(counts: ReadonlyMap<string, number>): string | null {
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  return ranked.length && (ranked.length === 1 || ranked[0][1] > ranked[1][1]) ? ranked[0][0] : null;
}

/** Whether `r` was held on `date` (a full `YYYY-MM-DD`). */
const heldOn = (r: KbRole, date: string) => (r.start === null || r.start <= date) && (r.end === null || date < r.end);

/**
 * Builds the index over every person's name and aliases (last word of each); `listedGivenNames`
 * (the name cues' given names) tells genders where the knowledge base has too few people.
 */
export function createSurnameIndex(kb: KnowledgeBase, listedGivenNames: ReadonlyMap<string, 'm' | 'f'> = new Map()): SurnameIndex {
  const bySurname = new Map<string, KbPerson[]>();
  for (const p of kb.people) {
    for (const n of [p.name, ...p.aliases]) {
      const w = nameWords(n);
      if (w.length < 2) continue;
      // The family name comes first in Chinese, Korean, Vietnamese and Khmer names ("Xi", "Kim").
      const familyFirst = p.roles.some((r) => r.country !== null && FAMILY_NAME_FIRST.has(r.country));
      // "Abdul Halim of Kedah", "Charles of Wales": a ruler's territorial designation is a place, no surname.
      const territorial = w.length >= 3 && w[w.length - 2] === 'of';
      const keys = territorial ? [] : [w[w.length - 1]];
      for (const key of new Set(familyFirst ? [...keys, w[0]] : keys)) {
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
    const w = nameWords(p.name);
    if (!p.gender || w.length < 2 || p.roles.some((r) => r.country !== null && FAMILY_NAME_FIRST.has(r.country))) continue;
    const g = givenNames.get(w[0]) ?? { m: 0, f: 0 };
    g[p.gender]++;
    givenNames.set(w[0], g);
  }
  const inOffice = (p: KbPerson, date: string | null) => {
    if (!date) return true; // undated: any holder may be meant; the countries in view decide
    const y = +date.slice(0, 4);
    return p.roles.some((r) =>
      r.role === 'candidate'
        ? (r.start === null || r.start <= date) && (r.end === null || date < `${+r.end.slice(0, 4) + CANDIDATE_AFTER_YEARS}${r.end.slice(4)}`)
        : (r.start === null || +r.start.slice(0, 4) <= y + WINDOW_YEARS) && (r.end === null || +r.end.slice(0, 4) >= y - WINDOW_YEARS),
    );
  };
  return {
    unique(surname, date, drafts, gender, governs) {
      const list = bySurname.get(nameWords(surname)[0] ?? '')?.filter((p) => !gender || !p.gender || p.gender === gender);
      if (!list?.length) return null;
      let cands = list.filter((p) => inOffice(p, date));
      const counts = countriesOf(drafts);
      // Undated, a lone surname could be anyone's ("Cruz" in a piece on a US primary): only someone
      // whose country the article names. So too in a story set in other countries, unless they lead
      // a state or run to lead one, by then (leaders and candidates are named by surname the world
      // over: "Obama" in a story on Israel, "Trump" in 2016 in one on Switzerland): "Menendez" in
      // American news is no Uruguayan minister of that name, and "English" a year before a Bill
      // English takes office is a language.
      const known = (r: KbRole) => (LEADING_ROLES.has(r.role) || r.role === 'candidate') && (!date || r.start === null || r.start <= date);
      const leader = cands.length === 1 && (governs || cands[0].roles.some(known));
      if (cands.length > 1 || !date || (counts.size && !leader)) {
        const named = new Set(drafts.map((d) => d.kbId).filter((c): c is string => !!c));
        cands = cands.filter((p) => p.roles.some((r) => (r.country && counts.has(r.country)) || (r.igo && named.has(r.igo))));
      }
      // Nobody in office then: a former leader, the only one of that name, is still "Obama". With
      // countries in view, only their former leaders, the latest first ("Bush" in an American story
      // is the younger; "Romero" in a Venezuelan one is no Salvadoran president).
      if (!cands.length && date) {
        const former = list.filter((p) => p.roles.some((r) => LEADING_ROLES.has(r.role) && r.start !== null && r.start <= date));
        if (!counts.size) return former.length === 1 ? former[0] : null;
        const main = mainCountry(counts);
        const era = `${+date.slice(0, 4) - ERA_YEARS}${date.slice(4)}`;
        const ledHere = (p: KbPerson) =>
          p.roles.filter((r) => LEADING_ROLES.has(r.role) && r.start !== null && r.start <= date && r.country !== null && counts.has(r.country) && (r.country === main || r.end === null || r.end > era));
        const here = former.filter((p) => ledHere(p).length > 0);
        const latest = (p: KbPerson) => ledHere(p).reduce((m, r) => ((r.start as string) > m ? (r.start as string) : m), '');
        here.sort((a, b) => (latest(a) < latest(b) ? 1 : latest(a) > latest(b) ? -1 : 0));
        return here.length === 1 || (here.length > 1 && latest(here[0]) !== latest(here[1])) ? here[0] : null;
      }
      return cands.length === 1 ? cands[0] : null;
    },
    titled(surname, fits, date, drafts) {
      const list = bySurname.get(nameWords(surname)[0] ?? '') ?? [];
      // Offices taken up by the article's date (nobody of that name held it by then: nobody is meant).
      const offices = (p: KbPerson) => p.roles.filter((r) => fits(r) && (!date || r.start === null || r.start <= date));
      let found = list.filter((p) => offices(p).length);
      if (found.length > 1 && date) {
        const current = found.filter((p) => offices(p).some((r) => heldOn(r, date)));
        if (current.length) found = current;
      }
      // In a story that names countries, only an office of one of them ("Governor Christie" in
      // American news is no Bahamian prime minister).
      const counts = countriesOf(drafts);
      if (counts.size) found = found.filter((p) => offices(p).some((r) => (r.country !== null && counts.has(r.country)) || (r.igo !== null && drafts.some((d) => d.kbId === r.igo))));
      if (found.length <= 1 || !date) return found.length === 1 ? found[0] : null;
      const latest = (p: KbPerson) => offices(p).reduce((m, r) => (r.start !== null && r.start > m ? r.start : m), '');
      found.sort((a, b) => (latest(a) < latest(b) ? 1 : latest(a) > latest(b) ? -1 : 0));
      return latest(found[0]) !== latest(found[1]) ? found[0] : null;
    },
    genderOfGivenName(name) {
      const first = nameWords(name)[0] ?? '';
      const g = givenNames.get(first);
      // Too few people in the knowledge base to tell: the cue list of given names, if it has the name.
      if (!g || (g.m && g.f) || g.m + g.f < GIVEN_NAME_MIN) return g && g.m && g.f ? null : listedGivenNames.get(first) ?? null;
      return g.m ? 'm' : 'f';
    },
    sharedCountry(surname, role, date) {
      const list = bySurname.get(nameWords(surname)[0] ?? '') ?? [];
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
