/**
 * Turns resolved mention drafts into the Doc's `mentions`, `actors` and `places`: one actor per
 * entity, named by the knowledge base or by its fullest name in the text, with country, role,
 * sector and CAMEO code valid at the article's date, and every mention that refers to it.
 */
import { NON_STATE_SECTORS } from '../kb/sector-classes.js';
import type { ActorType, ActsFor, AnalysisActor, AnalysisPlace, MentionRef } from '../analysis/contract.js';
import type { Doc } from '../doc/doc.js';
import type { Mention } from '../doc/mention.js';
import { actorCode, ROLE_SECTOR } from '../kb/actor-code.js';
import { compareRoles } from '../kb/role-index.js';
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import type { KbActor, PersonRole } from '../kb/types.js';
import type { Draft } from './draft.js';

const TYPE_OF: Record<string, ActorType> = { person: 'person', state: 'state', igo: 'igo', org: 'org', group: 'group' };

export interface BuiltActors {
  mentions: Mention[];
  actors: AnalysisActor[];
  places: AnalysisPlace[];
}

const mentionRef = (doc: Doc, d: Draft): MentionRef => {
  const start = d.charStart ?? doc.tokens.start[d.tokStart];
  const end = d.charEnd ?? doc.tokens.end[d.tokEnd - 1];
  return { start, end, text: doc.text.slice(start, end), via: d.via };
};

/** Builds the records from drafts whose `refs` are resolved. */
export function buildActors(doc: Doc, kb: KnowledgeBase, date: string | null, drafts: readonly Draft[]): BuiltActors {
  const byKey = new Map<string, Draft[]>();
  const mentions: Mention[] = [];
  for (const d of drafts) {
    if (!d.refs.length) continue;
    for (const key of d.refs) {
      const list = byKey.get(key);
      if (list) list.push(d);
      else byKey.set(key, [d]);
    }
    const m = mentionRef(doc, d);
    const type = d.kind === 'place' ? 'place' : TYPE_OF[d.kind] ?? (kindOfKey(kb, d.refs[0]) ?? 'person');
    mentions.push({ start: m.start, end: m.end, tokStart: d.tokStart, tokEnd: d.tokEnd, via: d.via, type, ref: d.refs[0], ...(d.refs.length > 1 ? { refs: d.refs } : {}) });
  }
  const actors: AnalysisActor[] = [];
  const places: AnalysisPlace[] = [];
  for (const [key, ds] of byKey) {
    const refs = ds.map((d) => mentionRef(doc, d));
    if (ds.some((d) => d.kind === 'place')) {
      const p = ds.find((d) => d.place)!.place!;
      places.push({ id: p.id, name: p.name, country: p.country, lat: p.lat, lon: p.lon, kind: p.kind, mentions: refs });
      continue;
    }
    const kbe = kb.byId(key);
    actors.push(kbe ? fromKb(kb, kbe, date, ds, refs) : fromText(kb, key, ds.map((d) => partFor(d, key)), refs));
  }
  actors.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
  places.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
  return { mentions, actors, places };
}

/** For a coordinated mention, the draft as seen by one of its parts (its own name and country). */
function partFor(d: Draft, key: string): Draft {
  const k = d.split ? d.refs.indexOf(key) : -1;
  return k < 0 || !d.split ? d : { ...d, name: d.split[k].name, country: d.split[k].country };
}

function kindOfKey(kb: KnowledgeBase, key: string): ActorType | null {
  const e = kb.byId(key);
  if (e) return e.kind;
  const m = /^new:(\w+):/.exec(key);
  return m ? TYPE_OF[m[1]] ?? null : null;
}

function aliasesOf(name: string, refs: readonly MentionRef[]): string[] {
  const seen = new Set<string>([name.toLowerCase()]);
  const out: string[] = [];
  for (const r of refs) {
    if (r.via === 'pronoun') continue;
    const k = r.text.toLowerCase();
    if (!seen.has(k)) {
      seen.add(k);
      out.push(r.text);
    }
  }
  return out;
}

function fromKb(kb: KnowledgeBase, e: KbActor, date: string | null, ds: readonly Draft[], refs: MentionRef[]): AnalysisActor {
  const code = actorCode(kb, e.id, date ?? undefined);
  const fromText = ds.find((d) => d.role || d.country);
  let role: string | null = null;
  let country = code?.country ?? null;
  let actsFor: ActsFor | null = null;
  if (e.kind === 'person') {
    // Undated article: the most senior role held today, else the last one held.
    const r = date ? kb.roleAt(e.id, date) : ([...e.roles.filter((x) => x.end === null)].sort(compareRoles)[0] ?? e.roles[e.roles.length - 1] ?? null);
    // A title the text gives someone who, the knowledge base says, left that office before the
    // article's date is a former title ("President Reagan", "Secretary Albright"): no role today.
    const former = !r && date && fromText?.role ? e.roles.some((x) => x.role === fromText.role && x.end !== null && x.end <= date) : false;
    role = r?.role ?? (former ? null : fromText?.role) ?? null;
    // Someone holding an international organisation's office acts for it, not for their own state
    // (a state's ambassador to the UN still acts for the state).
    actsFor = r?.igo && !r.country ? actsForOf(kb, r.igo) : null;
    // Someone leading or commanding a non-state group acts for the group, not for its state.
    if (!actsFor && r?.org && NON_STATE_SECTORS.has(kb.sectorOf(r.org, date ?? undefined) ?? '')) actsFor = actsForOf(kb, r.org);
    country = actsFor ? null : (r?.country ?? country ?? fromText?.country ?? e.roles.find((x) => x.country)?.country ?? null);
  }
  const affiliation = ds.find((d) => d.affiliation)?.affiliation ?? null;
  return {
    id: e.id,
    name: e.name,
    type: e.kind,
    country,
    role,
    sector: code?.sector ?? null,
    cameo: code?.cameo ?? null,
    ...(affiliation ? { affiliation } : {}),
    ...(actsFor ? { actsFor } : {}),
    aliases: withKnownNames(aliasesOf(e.name, refs), e),
    mentions: refs,
  };
}

/** Organisations also carry their best-known other names ("UNGA", "UN General Assembly"). */
function withKnownNames(aliases: string[], e: KbActor): string[] {
  if (e.kind !== 'igo' && e.kind !== 'org') return aliases;
  const seen = new Set([e.name.toLowerCase(), ...aliases.map((a) => a.toLowerCase())]);
  for (const a of e.aliases.slice(0, 8)) {
    if (!seen.has(a.toLowerCase())) {
      seen.add(a.toLowerCase());
      aliases.push(a);
    }
  }
  return aliases;
}

/** The record of the organisation `id` (an IGO, or a body that is no state's), as a person's `actsFor`. */
function actsForOf(kb: KnowledgeBase, id: string): ActsFor | null {
  const e = kb.byId(id);
  return e?.kind === 'igo' || e?.kind === 'org' ? { id: e.id, name: e.name, cameo: e.cameo } : null;
}

function fromText(kb: KnowledgeBase, key: string, ds: readonly Draft[], refs: MentionRef[]): AnalysisActor {
  const kind = (/^new:(\w+):/.exec(key)?.[1] ?? 'person') as keyof typeof TYPE_OF;
  const named = ds.filter((d) => d.name).sort((a, b) => (b.name?.length ?? 0) - (a.name?.length ?? 0));
  // A person's generational suffix is not part of the name we key on ("Gilberto C. Teodoro Jr.").
  const full = named[0]?.name ?? refs[0].text;
  const name = kind === 'person' ? full.replace(/,?\s+(Jr\.?|Sr\.?|II|III|IV)$/, '') : full;
  const country = ds.find((d) => d.country)?.country ?? null;
  const role = ds.find((d) => d.role && d.role !== 'counterpart')?.role ?? null;
  const sector = ds.find((d) => d.sector)?.sector ?? (role && role in ROLE_SECTOR ? ROLE_SECTOR[role as PersonRole] : null);
  const affiliation = ds.find((d) => d.affiliation)?.affiliation ?? null;
  // An office of an international organisation held for no state ("UN envoy Jane Doe").
  const igo = country ? null : ds.find((d) => d.actsFor)?.actsFor;
  const actsFor = igo ? actsForOf(kb, igo) : null;
  return {
    id: key,
    name,
    type: TYPE_OF[kind] ?? 'person',
    country,
    role,
    sector: actsFor && kb.byId(actsFor.id)?.kind === 'igo' ? 'IGO' : sector,
    cameo: actsFor ? actsFor.cameo : country && sector ? `${country}${sector}` : country,
    ...(affiliation ? { affiliation } : {}),
    ...(actsFor ? { actsFor } : {}),
    aliases: withDraftAliases(aliasesOf(name, refs), name, ds),
    mentions: refs,
  };
}

/** The other names drafts carry beyond their mention text ("Thousands of protesters"), once each. */
function withDraftAliases(aliases: string[], name: string, ds: readonly Draft[]): string[] {
  const seen = new Set([name.toLowerCase(), ...aliases.map((a) => a.toLowerCase())]);
  for (const d of ds) {
    if (d.alias && !seen.has(d.alias.toLowerCase())) {
      seen.add(d.alias.toLowerCase());
      aliases.push(d.alias);
    }
  }
  return aliases;
}
