/**
 * Reads attribution annotations in BRAT standoff format, as PolNeAR (and PARC-style corpora converted
 * to BRAT) ship them: text-bound annotations `T<n>\t<Type> <start> <end>[;<start> <end>…]\t<text>`
 * of type Source, Cue and Content (Discuss/Discard flags are ignored), and events
 * `E<n>\tAttribution:T<a> Source:T<s> Cue:T<c> Content:T<x> [Content2:T<y>]` that link them
 * (`Attribution-no-source:` for an attribution whose source the text does not give).
 */
import { EntenteError } from '../../core/errors/errors.js';
import type { Span } from '../../core/span.js';

/** One attribution relation: who (source), the words that signal it (cue), and what (content). */
export interface Attribution {
  readonly id: string;
  /** Source spans (empty when the text gives none). */
  readonly source: readonly Span[];
  readonly cue: readonly Span[];
  readonly content: readonly Span[];
}

const ROLE_OF: Record<string, keyof Omit<Attribution, 'id'>> = { Source: 'source', Cue: 'cue', Content: 'content' };

/**
 * The attributions of one `.ann` file. Lines that are neither T nor E annotations (notes, relations,
 * and the continuation lines of a span text that held a line break) are skipped. Throws E500 on an
 * event that names a text-bound annotation the file does not define.
 */
export function parseBratAttributions(ann: string, name = 'annotation file'): Attribution[] {
  const spans = new Map<string, Span[]>();
  const events: { id: string; args: [string, string][] }[] = [];
  for (const line of ann.split('\n')) {
    const t = /^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)\t/.exec(line);
    if (t) {
      spans.set(
        t[1],
        t[3].split(';').map((p) => {
          const [s, e] = p.split(' ').map(Number);
          return { start: s, end: e };
        }),
      );
      continue;
    }
    const e = /^(E\d+)\t(.*)$/.exec(line);
    if (e) {
      const args = e[2]
        .trim()
        .split(/\s+/)
        .map((a) => a.split(':') as [string, string]);
      events.push({ id: e[1], args });
    }
  }
  const out: Attribution[] = [];
  for (const ev of events) {
    const roles: Record<'source' | 'cue' | 'content', Span[]> = { source: [], cue: [], content: [] };
    for (const [role, ref] of ev.args) {
      const key = ROLE_OF[role.replace(/\d+$/, '')];
      if (!key) continue; // the Attribution trigger itself repeats the cue
      const s = spans.get(ref);
      if (!s) throw new EntenteError('E500', `${name}: event ${ev.id} refers to ${ref}, which the file does not define`);
      roles[key].push(...s);
    }
    // an event with only its trigger (left behind when an annotator undid an attribution) says nothing
    if (!roles.cue.length && !roles.content.length) continue;
    for (const k of ['source', 'cue', 'content'] as const) roles[k].sort((a, b) => a.start - b.start);
    out.push({ id: ev.id, ...roles });
  }
  return out.sort((a, b) => firstStart(a) - firstStart(b));
}

function firstStart(a: Attribution): number {
  return Math.min(...[...a.source, ...a.cue, ...a.content].map((s) => s.start), Number.MAX_SAFE_INTEGER);
}
