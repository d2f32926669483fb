/**
 * Whether a title written before a surname ("President Carter", "Secretary Clinton", "Senator
 * Sanders") names an office a known person held. News keeps a title for life ("President Carter"
 * decades on, "Secretary Clinton" after she left the State Department), so any role held up to the
 * article's date counts; what decides is that the office is the one the title names, so that
 * "President Carter" is not the defence secretary of that name.
 */
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import type { KbRole, PersonRole } from '../kb/types.js';

/**
 * The knowledge base's roles each title role (`sectors.json`) may name beyond its own: "leader"
 * is any head of state, government, party or IGO; "minister" any minister ("Secretary Clinton"
 * was Secretary of State); a legislator may be the chamber's speaker.
 */
const TITLE_ROLES: Readonly<Record<string, readonly PersonRole[]>> = {
  leader: ['head of state', 'head of government', 'party leader', 'opposition leader', 'igo head'],
  minister: ['minister', 'foreign minister', 'defence minister', 'deputy head of government'],
  diplomat: ['foreign minister', 'ambassador', 'official'],
  legislator: ['legislator', 'speaker'],
  spokesperson: ['official'],
};

/** Lower case without diacritics or dots, split into words. */
const words = (s: string) =>
  s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/\./g, '').toLowerCase().split(/[\s\u2010-\u2015-]+/).filter(Boolean);

/**
 * Whether `r` is an office the title names: its role is the title's role (or one the title role
 * covers), or the press's title for it begins with the title's words ("Secretary" for "Secretary
 * of State", "President" for "President of the European Commission").
 */
export function titleFits(r: KbRole, role: string | null, title: string | null): boolean {
  if (role !== null && (r.role === role || TITLE_ROLES[role]?.includes(r.role))) return true;
  if (title === null || r.title === null) return false;
  const t = words(title);
  const held = words(r.title);
  return t.length > 0 && t.length <= held.length && t.every((w, i) => held[i] === w);
}

/**
 * Whether the knowledge base's person `key` ever held an office the title names (among namesakes
 * the article names, the title picks its holder: "Defence Minister Kemel" after "President Kemel").
 */
export function heldTitledOffice(kb: KnowledgeBase, key: string, role: string | null, title: string | null): boolean {
  const p = kb.byId(key);
  return p?.kind === 'person' && p.roles.some((r) => titleFits(r, role, title));
}
