/**
 * The scorer's output, as `score.py` prints it: the per-article listing (`--per-article`), the
 * summary table (`%-26s %s`, floats as `%.3f`), and `--json` as Python's `json.dumps(indent=1)`
 * writes it (ASCII escapes, floats with a decimal point), so both tools' outputs can be compared.
 */
import { fixed3, headPy, repr } from './fold.js';
import { FLOAT_FIGURES, type ArticleScore, type ScoreSummary } from './score-corpus.js';

/** The text report. */
export function formatScoreText(summary: ScoreSummary, articles: Record<string, ArticleScore>, perArticle: boolean): string {
  const lines: string[] = [];
  if (perArticle) {
    for (const [name, r] of Object.entries(articles)) {
      lines.push(`== ${name}`);
      lines.push(`  actors missed: ${repr(r.actors.missed)}  spurious: ${repr(r.actors.spurious)}`);
      for (const kind of ['direct', 'partial'] as const) {
        for (const [why, text] of r.quotes[kind].misses) lines.push(`  ${kind} quote ${why}: ${headPy(text, 60)}`);
      }
      lines.push(`  events missed: ${repr(r.events.missed)}`);
      lines.push(`  events spurious: ${repr(r.events.spurious)}`);
      if (r.events.must_not_hit.length) lines.push(`  MUST-NOT hit: ${repr(r.events.must_not_hit)}`);
      const bad = Object.entries(r.meta).filter(([, v]) => !v).map(([k]) => k);
      if (bad.length) lines.push(`  meta wrong: ${repr(bad)}`);
    }
  }
  for (const [k, v] of Object.entries(summary)) {
    lines.push(`${k.padEnd(26)} ${FLOAT_FIGURES.has(k) ? fixed3(v as number) : String(v)}`);
  }
  return lines.join('\n') + '\n';
}

/** The `--json` output (`{"summary", "articles"}` with `--per-article`, the summary alone otherwise). */
export function formatScoreJson(summary: ScoreSummary, articles: Record<string, ArticleScore>, perArticle: boolean): string {
  const value = perArticle ? { summary, articles } : summary;
  const isFloat = (path: string[]) => (perArticle ? path.length === 2 && path[0] === 'summary' : path.length === 1) && FLOAT_FIGURES.has(path[path.length - 1]);
  return pyJson(value, 0, [], isFloat) + '\n';
}

function pyJson(v: unknown, depth: number, path: string[], isFloat: (path: string[]) => boolean): string {
  const pad = ' '.repeat(depth + 1);
  const end = ' '.repeat(depth);
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'number') return isFloat(path) ? pyFloat(v) : String(v);
  if (typeof v === 'string') return pyString(v);
  if (Array.isArray(v)) {
    if (!v.length) return '[]';
    return `[\n${v.map((x, i) => pad + pyJson(x, depth + 1, [...path, String(i)], isFloat)).join(',\n')}\n${end}]`;
  }
  const entries = Object.entries(v as object);
  if (!entries.length) return '{}';
  return `{\n${entries.map(([k, x]) => `${pad}${pyString(k)}: ${pyJson(x, depth + 1, [...path, k], isFloat)}`).join(',\n')}\n${end}}`;
}

/** Python's float repr: shortest round-trip digits, always with a point or an exponent. */
function pyFloat(x: number): string {
  if (!Number.isFinite(x)) return Number.isNaN(x) ? 'NaN' : x > 0 ? 'Infinity' : '-Infinity';
  if (Number.isInteger(x) && Math.abs(x) < 1e16) return x.toFixed(1);
  const abs = Math.abs(x);
  if (abs >= 1e-4 && abs < 1e16) return String(x);
  // Python switches to an exponent below 1e-4 and writes it with a sign and two digits at least.
  const [mant, exp] = x.toExponential().split('e');
  const e = Number(exp);
  return `${mant}e${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`;
}

/** A JSON string as Python writes it with `ensure_ascii=True`. */
function pyString(s: string): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const ch = s[i];
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\b') out += '\\b';
    else if (ch === '\f') out += '\\f';
    else if (c < 0x20 || c > 0x7e) out += `\\u${c.toString(16).padStart(4, '0')}`;
    else out += ch;
  }
  return out + '"';
}
