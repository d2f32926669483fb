/**
 * Ingest progress for people: on a terminal, one line redrawn in place with a bar, the rate and the
 * time left; elsewhere (logs, CI), a plain line every few seconds. Failures are always printed on
 * their own line, naming the input and the reason.
 */
import type { IngestProgress } from './ingest.js';

export interface ProgressOptions {
  write: (s: string) => unknown;
  /** Redraw one line in place (a terminal) instead of printing lines. */
  tty: boolean;
  /** Terminal width (default 80). */
  columns?: number;
  /** Least time between two plain lines, in ms (default 5000). */
  intervalMs?: number;
  now?: () => number;
}

function clock(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/** The progress figures as words: counts, rate and, when the total is known, percentage and time left. */
export function describeProgress(p: Omit<IngestProgress, 'last'>): { counts: string; rate: number; percent: number | null; eta: string | null } {
  const rate = p.elapsedMs > 0 ? (p.done * 1000) / p.elapsedMs : 0;
  const percent = p.total ? Math.min(100, (100 * p.done) / p.total) : null;
  const eta = p.total && rate > 0 ? clock(Math.max(0, p.total - p.done) / rate) : null;
  const counts = `stored ${p.stored}, skipped ${p.skipped}, failed ${p.failed}`;
  return { counts, rate, percent, eta };
}

/** A progress reporter: `update` after each input, `finish` at the end. */
export function progressReporter(o: ProgressOptions): { update(p: IngestProgress): void; finish(): void } {
  const now = o.now ?? (() => Date.now());
  const interval = o.intervalMs ?? 5000;
  let lastDraw = -Infinity;
  let drawn = false;
  let latest: IngestProgress | null = null;

  const line = (p: IngestProgress) => {
    const d = describeProgress(p);
    const of = p.total ? `${p.done}/${p.total}` : `${p.done}`;
    const pct = d.percent !== null ? ` ${d.percent.toFixed(0)}%` : '';
    const eta = d.eta ? ` · ETA ${d.eta}` : '';
    return { of, pct, d, tail: ` · ${d.rate.toFixed(1)} articles/s${eta} · ${d.counts}` };
  };

  const draw = (p: IngestProgress) => {
    const l = line(p);
    if (o.tty) {
      const width = Math.max(10, Math.min(30, (o.columns ?? 80) - 70));
      const filled = l.d.percent !== null ? Math.round((width * l.d.percent) / 100) : 0;
      const bar = l.d.percent !== null ? `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ` : '';
      o.write(`\r\x1b[2K${bar}${l.of}${l.pct}${l.tail}`);
      drawn = true;
    } else o.write(`ingest: ${l.of}${l.pct}${l.tail}\n`);
  };

  return {
    update(p) {
      latest = p;
      if (p.last.outcome === 'failed') {
        if (drawn) o.write('\r\x1b[2K');
        o.write(`failed: ${p.last.input}: ${p.last.reason ?? 'unknown reason'}\n`);
        drawn = false;
      }
      const t = now();
      if (o.tty ? t - lastDraw >= 100 || p.done === p.total : t - lastDraw >= interval) {
        lastDraw = t;
        draw(p);
      }
    },
    finish() {
      if (latest && (o.tty || now() - lastDraw > 0)) draw(latest);
      if (o.tty && drawn) o.write('\n');
    },
  };
}
