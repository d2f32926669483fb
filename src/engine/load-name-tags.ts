/**
 * The proper names the tag repair (`src/core/syntax/name-tag-repair.ts`) retags as PROPN, read
 * from the knowledge base (`data/kb/*.json`, people files) and the curated places
 * (`data/kb/places.json`), so that a user who adds a state, a province or an organisation to the
 * data gets its name tagged too. Which kinds of name are safe was measured on UD EWT and GUM dev
 * with their gold tags: names of states, capitals and other government seats, places,
 * international organisations, organisations' acronyms, and multi-word names of organisations and
 * people (every change they made there was right). Left out: demonyms and adjectives ("Russian"),
 * and one-word names of organisations and people ("May", "Rice", "Brown", "Total", "Labor"),
 * which are too often ordinary words (on the treebanks "Total", "Tax", "Labor" were retagged wrongly).
 */
import { join } from 'node:path';
import type { KnowledgeBase } from '../core/kb/knowledge-base.js';
import { createNameTagRepair, type NameTagRepair } from '../core/syntax/name-tag-repair.js';
import type { SyntaxModel } from '../core/syntax/syntax-model.js';
import { knowledgeBaseFrom } from './load-kb.js';
import { readJsonFile } from './read-json-file.js';
import type { EngineResources } from './resources.js';

/** The kind of a name, for choosing which kinds to retag (and for measuring them apart). */
export type NameTagKind = 'state' | 'capital' | 'metonym' | 'place' | 'igo' | 'org' | 'org-acronym' | 'org-word' | 'person' | 'person-word';

/** A proper name and its kind. */
export interface NameTagForm {
  readonly form: string;
  readonly kind: NameTagKind;
}

/** The kinds the engine retags. */
export const SAFE_NAME_KINDS: readonly NameTagKind[] = ['state', 'capital', 'metonym', 'place', 'igo', 'org', 'org-acronym', 'person'];

/** Words of a name after a leading article. */
function words(form: string): string[] {
  const w = form.trim().split(/\s+/).filter(Boolean);
  return w.length > 1 && (w[0] === 'the' || w[0] === 'The') ? w.slice(1) : w;
}

/** True when the name starts with a capital letter (or a digit-bearing code: "G7"). */
function capitalised(form: string): boolean {
  const w = words(form)[0] ?? '';
  return w !== '' && w[0] !== w[0].toLowerCase();
}

/** Two or more letters, all capitals ("DNC", "FEMA"). */
function acronym(form: string): boolean {
  return /^[A-Z][A-Z0-9&.-]*[A-Z0-9]$/.test(form) && /[A-Z].*[A-Z]/.test(form);
}

/** Every name of the knowledge base and `places` (curated place entries) with its kind. */
export function nameTagForms(kb: KnowledgeBase, places: readonly unknown[] = []): NameTagForm[] {
  const out: NameTagForm[] = [];
  const add = (form: string, kind: NameTagKind): void => {
    if (capitalised(form)) out.push({ form, kind });
  };
  for (const s of kb.states) {
    const capitals = new Set([s.capital, ...s.capitalAliases].filter((c): c is string => !!c));
    for (const c of capitals) add(c, 'capital');
    for (const n of [s.name, s.officialName, ...s.aliases]) add(n, 'state');
    for (const m of s.metonyms) if (!capitals.has(m.name)) add(m.name, 'metonym');
  }
  for (const g of kb.igos) for (const n of [g.name, ...g.aliases]) add(n, 'igo');
  for (const o of kb.orgs) for (const n of [o.name, ...o.aliases]) add(n, words(n).length > 1 ? 'org' : acronym(n) ? 'org-acronym' : 'org-word');
  for (const p of kb.people) for (const n of [p.name, ...p.aliases]) add(n, words(n).length > 1 ? 'person' : 'person-word');
  for (const p of places) {
    if (!p || typeof p !== 'object') continue;
    const { name, aliases } = p as { name?: unknown; aliases?: unknown };
    if (typeof name === 'string') add(name, 'place');
    if (Array.isArray(aliases)) for (const a of aliases) if (typeof a === 'string') add(a, 'place');
  }
  return out;
}

/** The curated places of `dataDir` (`kb/places.json`). */
export function loadPlaceEntries(dataDir: string): unknown[] {
  const json = readJsonFile(join(dataDir, 'kb', 'places.json'), 'data/kb/places.json', 'the curated places file is missing; restore data/kb/places.json from git');
  return Array.isArray(json) ? json : [];
}

/** The names of the kinds the engine retags, loaded once per resources. */
export async function nameTagsFrom(resources: EngineResources): Promise<readonly string[]> {
  const kb = await knowledgeBaseFrom(resources);
  return resources.get('name-tags', () => {
    const safe = new Set(SAFE_NAME_KINDS);
    return nameTagForms(kb, loadPlaceEntries(resources.dataDir))
      .filter((f) => safe.has(f.kind))
      .map((f) => f.form);
  });
}

/**
 * The engine's tag repair over `model` (the model the tagger uses): the knowledge base's names, a
 * verb after a modal, and the finite verb of a sentence the tagger left without one (a participle,
 * or an "-ed" adjective or a past-tense noun with an object), and of the stretch before a trailing
 * reporting clause ("…, officials said.": there not the participle; `reportedParticiples` stays
 * off, see `core/syntax/finite-verb-repair.ts`).
 */
export async function nameTagRepairFrom(resources: EngineResources, model: SyntaxModel): Promise<NameTagRepair> {
  return createNameTagRepair(model, {
    names: await nameTagsFrom(resources),
    verbsAfterModal: true,
    finiteVerb: true,
    reportedClauses: true,
    adjectivalPast: true,
    nounPast: true,
    adverbialClauses: true,
    adjacencyAdjectives: true,
    subordinateClauses: true,
    mandativeClauses: true,
    auxiliaryVerbs: true,
    labelParticiples: true,
    datedGerunds: true,
    aspectualObjects: true,
    attackGerunds: true,
    locativePrepositions: true,
    coordinatedVerbs: true,
    namingObjects: true,
  });
}
