/**
 * The readable terminal report of an analysis: the headline and metadata, counts, then actors,
 * quotations and events when the pipeline found any. Plain text, wrapped to the terminal's width;
 * bold headings only on a colour terminal.
 */
import type { Analysis, AnalysisEvent, EventActorRef } from '../core/analysis/contract.js';

/** Options of {@link formatReport}. */
export interface ReportOptions {
  /** Use ANSI bold for headings (a TTY). */
  color?: boolean;
  /** Line width (default 100). */
  width?: number;
  /** Items listed per section before "… and N more" (default 12). */
  limit?: number;
}

/** The report of one analysis, ending with a newline. */
export function formatReport(a: Analysis, options: ReportOptions = {}): string {
  const width = Math.max(40, Math.min(options.width ?? 100, 140));
  const limit = options.limit ?? 12;
  const bold = (s: string) => (options.color ? `\u001b[1m${s}\u001b[22m` : s);
  const m = a.meta;
  const lines: string[] = [];
  lines.push(bold(m.title ?? '(no headline)'));
  if (m.source) lines.push(`  source     ${m.source}`);
  if (m.authors.length) lines.push(`  authors    ${m.authors.join(', ')}`);
  if (m.published) lines.push(`  published  ${m.published}`);
  if (m.publisher || m.reprintedBy) lines.push(`  publisher  ${m.publisher ?? '?'}${m.reprintedBy ? ` (reprinted by ${m.reprintedBy})` : ''}`);
  if (m.url) lines.push(`  url        ${m.url}`);
  if (m.dateline) lines.push(`  dateline   ${m.dateline}`);
  const paragraphs = a.paragraphs.filter((p) => p.kind === 'paragraph').length;
  const words = a.text.split(/\s+/).filter(Boolean).length;
  const counts: [number, string][] = [
    [words, 'word'], [paragraphs, 'paragraph'], [m.sections.length, 'section'], [a.sentences.length, 'sentence'],
    [a.actors.length, 'actor'], [a.places.length, 'place'], [a.quotes.length, 'quote'], [a.events.length, 'event'],
  ];
  lines.push(`  ${m.language ?? '??'} · ${counts.map(([n, w]) => `${n} ${w}${n === 1 ? '' : 's'}`).join(' · ')}`);
  if (m.sections.length) lines.push(...wrap(`  sections   ${m.sections.join(' · ')}`, width, '             '));

  if (a.actors.length) {
    lines.push('', bold(`Actors (${a.actors.length})`));
    const sorted = [...a.actors].sort((x, y) => y.mentions.length - x.mentions.length);
    for (const x of sorted.slice(0, limit)) {
      const facts = [x.type, x.country, x.role, x.cameo].filter(Boolean).join(', ');
      lines.push(`  ${x.name}  [${facts}]  ×${x.mentions.length}`);
    }
    more(lines, a.actors.length, limit);
  }
  if (a.quotes.length) {
    lines.push('', bold(`Quotes (${a.quotes.length})`));
    for (const q of a.quotes.slice(0, limit)) {
      const who = q.speaker ? q.speaker.name : 'unattributed';
      lines.push(...wrap(`  “${clip(q.text, 160)}” — ${who} (${q.kind})`, width, '    '));
    }
    more(lines, a.quotes.length, limit);
  }
  if (a.events.length) {
    lines.push('', bold(`Events (${a.events.length})`));
    for (const e of a.events.slice(0, limit)) lines.push(...wrap(`  ${eventLine(e)}`, width, '    '));
    more(lines, a.events.length, limit);
  }
  return lines.join('\n') + '\n';
}

function eventLine(e: AnalysisEvent): string {
  const flags = [e.negated ? 'negated' : null, e.hypothetical ? 'hypothetical' : null, e.future ? 'future' : null].filter(Boolean);
  const when = e.date ? ` on ${e.date}` : '';
  const where = e.place ? ` in ${e.place.name}` : '';
  return `${who(e.source)} → ${who(e.target)}  ${e.type} ${e.cameo} (${e.goldstein > 0 ? '+' : ''}${e.goldstein})${when}${where}  “${clip(e.trigger.text, 40)}”${flags.length ? `  [${flags.join(', ')}]` : ''}`;
}

function who(r: EventActorRef | null): string {
  if (!r) return '—';
  return r.country && r.type !== 'state' ? `${r.name} (${r.country})` : r.name;
}

function more(lines: string[], n: number, limit: number): void {
  if (n > limit) lines.push(`  … and ${n - limit} more`);
}

function clip(s: string, n: number): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > n ? `${t.slice(0, n - 1)}…` : t;
}

/** `s` broken at spaces into lines of at most `width` characters; continuation lines start with `indent`. */
export function wrap(s: string, width: number, indent: string): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of s.split(/(?<=\S) (?=\S)/)) {
    if (line && line.length + 1 + word.length > width) {
      out.push(line);
      line = indent + word.trimStart();
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  return out;
}
