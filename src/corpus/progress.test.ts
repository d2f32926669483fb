import { describe, expect, it } from 'vitest';
import type { IngestProgress } from './ingest.js';
import { describeProgress, progressReporter } from './progress.js';

const at = (done: number, elapsedMs: number, outcome: IngestProgress['last']['outcome'] = 'stored', total: number | null = 100): IngestProgress => ({
  done,
  stored: done,
  skipped: 0,
  failed: outcome === 'failed' ? 1 : 0,
  total,
  elapsedMs,
  last: { input: `a${done}.txt`, outcome, reason: outcome === 'failed' ? 'the input is empty [E100]' : undefined },
});

describe('ingest progress', () => {
  it('computes rate, percentage and time left', () => {
    expect(describeProgress(at(25, 5000))).toMatchObject({ rate: 5, percent: 25, eta: '0:15' });
    expect(describeProgress(at(25, 5000, 'stored', null))).toMatchObject({ percent: null, eta: null });
  });

  it('redraws one line with a bar on a terminal and prints failures on their own line', () => {
    const out: string[] = [];
    let t = 0;
    const p = progressReporter({ write: (s) => out.push(s), tty: true, columns: 100, now: () => t });
    p.update(at(50, 10_000));
    t = 1000;
    p.update(at(51, 10_200, 'failed'));
    p.finish();
    const text = out.join('');
    expect(text).toMatch(/\r\x1b\[2K\[#{15}\.{15}\] 50\/100 50% · 5\.0 articles\/s · ETA 0:10/);
    expect(text).toContain('failed: a51.txt: the input is empty [E100]\n');
    expect(text.endsWith('\n')).toBe(true);
  });

  it('prints plain lines at most every interval elsewhere', () => {
    const out: string[] = [];
    let t = 0;
    const p = progressReporter({ write: (s) => out.push(s), tty: false, intervalMs: 5000, now: () => t });
    for (let i = 1; i <= 10; i++) {
      t = i * 1000;
      p.update(at(i, t));
    }
    p.finish();
    expect(out).toEqual([
      'ingest: 1/100 1% · 1.0 articles/s · ETA 1:39 · stored 1, skipped 0, failed 0\n',
      'ingest: 6/100 6% · 1.0 articles/s · ETA 1:34 · stored 6, skipped 0, failed 0\n',
      'ingest: 10/100 10% · 1.0 articles/s · ETA 1:30 · stored 10, skipped 0, failed 0\n',
    ]);
  });
});
