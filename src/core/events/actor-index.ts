/**
 * "Which actor does token i stand for?" — the bridge from the token layers to the actor layer.
 * Reads `doc.mentions` (token ranges with the resolved actor id in `ref`), `doc.actors`,
 * `doc.places` and `doc.quotes`; the coder asks it for the actor covering a token, the place
 * named at a token, and the quotation a character offset falls in.
 */
import type { AnalysisActor, AnalysisPlace, AnalysisQuote, EventActorRef } from '../analysis/contract.js';
import type { Doc } from '../doc/doc.js';
import type { Mention } from '../doc/mention.js';
import { textSpan } from '../span.js';

/** An actor as a participant of an event, with the mention it was read from. */
export interface Participant {
  readonly actor: AnalysisActor | null;
  /** For a place standing in for its country ("visited Samarkand"): the country's ISO3. */
  readonly country: string | null;
  readonly name: string;
  readonly mention: { readonly start: number; readonly end: number } | null;
  /** How the mention names the actor ("demonym" for "Albanians", "Chinese"). */
  readonly via?: Mention['via'];
  /** The person who acted for the organisation that is the participant ("UN chief Guterres"). */
  readonly agent?: AnalysisActor | null;
  /** Read back from an act told earlier ("condemned the strikes" → who struck), not named here. */
  readonly recalled?: boolean;
}

export class ActorIndex {
  private readonly doc: Doc;
  /** Index into doc.mentions of the longest resolved actor mention covering each token, or -1. */
  private readonly actorMention: Int32Array;
  private readonly placeMention: Int32Array;
  private readonly actors = new Map<string, AnalysisActor>();
  private readonly places = new Map<string, AnalysisPlace>();
  /** Other actor mentions exactly as long as the chosen one on a token ("US-China" holds two). */
  private readonly tied = new Map<number, number[]>();

  constructor(doc: Doc) {
    this.doc = doc;
    const n = doc.length;
    this.actorMention = new Int32Array(n).fill(-1);
    this.placeMention = new Int32Array(n).fill(-1);
    for (const a of doc.actors) this.actors.set(a.id, a);
    for (const p of doc.places) this.places.set(p.id, p);
    doc.mentions.forEach((m: Mention, k: number) => {
      if (m.ref === null) return;
      const isPlace = m.type === 'place';
      if (isPlace ? !this.places.has(m.ref) : !this.actors.has(m.ref)) return;
      const table = isPlace ? this.placeMention : this.actorMention;
      for (let t = m.tokStart; t < m.tokEnd && t < n; t++) {
        const cur = table[t];
        if (cur < 0 || span(doc.mentions[cur]) < span(m)) {
          table[t] = k;
          if (!isPlace) this.tied.delete(t);
        } else if (!isPlace && span(doc.mentions[cur]) === span(m) && doc.mentions[cur].ref !== m.ref && sameRange(doc.mentions[cur], m)) {
          this.tied.set(t, [...(this.tied.get(t) ?? []), k]);
        }
      }
    });
  }

  /**
   * The actor of the shortest mention at token `t` when it is inside a longer one ("Egypt" in "the
   * Indian prime minister to Egypt"), or null.
   */
  innerActorAt(t: number): Participant | null {
    let best = -1;
    this.doc.mentions.forEach((m: Mention, k: number) => {
      if (m.type === 'place' || m.ref === null || !this.actors.has(m.ref) || m.tokStart > t || m.tokEnd <= t) return;
      if (best < 0 || span(m) < span(this.doc.mentions[best])) best = k;
    });
    if (best < 0 || best === this.actorMention[t]) return null;
    const m = this.doc.mentions[best];
    const actor = this.actors.get(m.ref as string) as AnalysisActor;
    return { actor, country: actor.country, name: actor.name, mention: { start: m.start, end: m.end }, via: m.via };
  }

  /** The actor mentioned at token `t`, or null. */
  actorAt(t: number): Participant | null {
    const k = this.actorMention[t];
    if (k < 0) return null;
    const m = this.doc.mentions[k];
    const actor = this.actors.get(m.ref as string) as AnalysisActor;
    return { actor, country: actor.country, name: actor.name, mention: { start: m.start, end: m.end }, via: m.via };
  }

  /**
   * Every actor the mention at token `t` refers to: both leaders for "the two leaders" or "they",
   * each state for "Hungarian and Romanian officials" (the mention's `refs`); else the one actor.
   */
  actorsAt(t: number): Participant[] {
    const k = this.actorMention[t];
    if (k < 0) return [];
    const m = this.doc.mentions[k];
    // "US-China talks": one token, a mention for each state it names.
    const ids = m.refs && m.refs.length > 1 ? m.refs : [m.ref as string, ...(this.tied.get(t) ?? []).map((j) => this.doc.mentions[j].ref as string)];
    const out: Participant[] = [];
    for (const id of ids) {
      const actor = this.actors.get(id);
      if (actor && !out.some((p) => p.actor?.id === id)) out.push({ actor, country: actor.country, name: actor.name, mention: { start: m.start, end: m.end }, via: m.via });
    }
    return out;
  }

  /** The leftmost state or international organisation named inside tokens `[from, to)` by a shorter mention. */
  nestedBody(from: number, to: number): Participant | null {
    for (const m of this.doc.mentions) {
      if (m.tokStart < from || m.tokEnd > to || (m.tokStart === from && m.tokEnd === to) || m.ref === null) continue;
      const a = this.actors.get(m.ref);
      if (a && (a.type === 'state' || a.type === 'igo')) return { actor: a, country: a.country, name: a.name, mention: { start: m.start, end: m.end }, via: m.via };
    }
    return null;
  }

  /**
   * The international organisation a person with no state acts for, as the participant in their
   * place ("UN Secretary-General Guterres" → the United Nations, Guterres its agent); else null.
   */
  actingFor(p: Participant): Participant | null {
    const a = p.actor;
    if (!a || a.type !== 'person' || p.country || !a.actsFor) return null;
    const body = this.actors.get(a.actsFor.id) ?? actsForBody(a.actsFor);
    return { actor: body, country: body.type === 'igo' ? null : body.country, name: body.name, mention: p.mention, agent: a };
  }

  /** The country of the leftmost actor with one named inside tokens `[from, to)` by a shorter mention, or null. */
  nestedCountry(from: number, to: number): string | null {
    for (const m of this.doc.mentions) {
      if (m.tokStart < from || m.tokEnd > to || (m.tokStart === from && m.tokEnd === to) || m.ref === null) continue;
      const a = this.actors.get(m.ref);
      if (a?.country) return a.country;
    }
    return null;
  }

  /** The states named inside tokens `[from, to)` by shorter mentions, one per country ("British and German embassies"). */
  nestedStates(from: number, to: number): Participant[] {
    const out: Participant[] = [];
    for (const m of this.doc.mentions) {
      if (m.tokStart < from || m.tokEnd > to || (m.tokStart === from && m.tokEnd === to) || m.ref === null) continue;
      const a = this.actors.get(m.ref);
      if (a?.type === 'state' && !out.some((p) => p.country === a.country)) out.push({ actor: a, country: a.country, name: a.name, mention: { start: m.start, end: m.end }, via: m.via });
    }
    return out;
  }

  /** First token and end (exclusive) of the actor mention covering `t`, or null. */
  mentionRange(t: number): [number, number] | null {
    const k = this.actorMention[t];
    if (k < 0) return null;
    const m = this.doc.mentions[k];
    return [m.tokStart, m.tokEnd];
  }

  /** The geocoded place named at token `t`, or null. */
  placeAt(t: number): { place: AnalysisPlace; start: number; end: number } | null {
    const k = this.placeMention[t];
    if (k < 0) return null;
    const m = this.doc.mentions[k];
    return { place: this.places.get(m.ref as string) as AnalysisPlace, start: m.start, end: m.end };
  }

  /** The actor with id `id`, if the actor layer has it. */
  actor(id: string | null | undefined): AnalysisActor | undefined {
    return id ? this.actors.get(id) : undefined;
  }

  /** The quotation whose content contains character `offset`, or null. */
  quoteAt(offset: number): AnalysisQuote | null {
    for (const q of this.doc.quotes) {
      const parts = q.parts && q.parts.length ? q.parts : [{ start: q.start, end: q.end }];
      if (parts.some((p) => p.start <= offset && offset < p.end)) return q;
    }
    return null;
  }

  /** The quote's speaker as a participant, when the quote layer resolved one. */
  speakerOf(q: AnalysisQuote): Participant | null {
    const sp = q.speaker;
    if (!sp) return null;
    const actor = this.actor(sp.id) ?? null;
    if (!actor && !sp.country) return null;
    return { actor, country: actor?.country ?? sp.country, name: actor?.name ?? sp.name, mention: sp.mention ? { start: sp.mention.start, end: sp.mention.end } : null };
  }

  /** The contract's participant record. */
  ref(given: Participant): EventActorRef {
    const p = this.actingFor(given) ?? given;
    const a = p.actor;
    return {
      id: a?.id ?? null,
      name: p.name,
      type: a?.type ?? (p.country ? 'state' : null),
      country: p.country,
      sector: a?.sector ?? null,
      code: a?.cameo ?? p.country,
      mention: p.mention ? textSpan(this.doc.text, p.mention) : null,
      ...(p.agent ? { agent: { id: p.agent.id, name: p.agent.name } } : {}),
    };
  }
}

function sameRange(a: Mention, b: Mention): boolean {
  return a.tokStart === b.tokStart && a.tokEnd === b.tokEnd;
}

function span(m: Mention): number {
  return m.tokEnd - m.tokStart;
}

/**
 * The organisation a person acts for, when the article does not name it: an IGO, or a non-state
 * group whose CAMEO code gives its sector and where it is based (`SDNREB`).
 */
function actsForBody(f: { id: string; name: string; cameo: string | null }): AnalysisActor {
  if (!f.id.startsWith('org:')) return { id: f.id, name: f.name, type: 'igo', country: null, role: null, sector: 'IGO', cameo: f.cameo, aliases: [], mentions: [] };
  const code = /^([A-Z]{3})([A-Z]{3})/.exec(f.cameo ?? '');
  const based = code && !/^(?:IGO|IMG|NGO|MNC)$/.test(code[1]) ? code[1] : null;
  return { id: f.id, name: f.name, type: 'org', country: based, role: null, sector: code ? code[2] : null, cameo: f.cameo, aliases: [], mentions: [] };
}
