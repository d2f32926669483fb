/**
 * The dyad rollups: month, week and day totals per (dyad, quad class, PLOVER type) of live events
 * (neither negated nor hypothetical), for countries (scope 0) and for actor keys (scope 1). They are
 * kept up to date as events are written, so a timeline reads one row per period, quad class and
 * type whatever the size of the store. Grains: 0 month, 1 week, 2 day.
 */
import type Database from 'better-sqlite3';

/** The columns of an event that the rollups depend on. */
export interface RollupFields {
  negated: number;
  hypothetical: number;
  day: number | null;
  month: number | null;
  src_country: string | null;
  tgt_country: string | null;
  src_key: string;
  tgt_key: string;
  quad_class: number;
  type: string;
  goldstein: number;
}

/** Adds (`sign` 1) or removes (-1) one event; rows that fall to zero are deleted. */
export function createRollup(db: Database.Database): (row: RollupFields, sign: 1 | -1) => void {
  const add = db.prepare(
    `INSERT INTO dyad_rollup (scope, grain, a, b, period, quad_class, type, n, g100) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT DO UPDATE SET n = n + excluded.n, g100 = g100 + excluded.g100`,
  );
  const prune = db.prepare('DELETE FROM dyad_rollup WHERE scope = ? AND grain = ? AND a = ? AND b = ? AND period = ? AND quad_class = ? AND type = ? AND n = 0');
  return (row, sign) => {
    if (row.negated || row.hypothetical || row.day === null || row.month === null) return;
    const g = Math.round(row.goldstein * 100) * sign;
    const pairs: [number, string | null, string | null][] = [
      [0, row.src_country, row.tgt_country],
      [1, row.src_key || null, row.tgt_key || null],
    ];
    for (const [scope, a, b] of pairs) {
      if (!a || !b) continue;
      for (const [grain, period] of [[0, row.month], [1, Math.floor((row.day + 3) / 7)], [2, row.day]] as const) {
        add.run(scope, grain, a, b, period, row.quad_class, row.type, sign, g);
        if (sign < 0) prune.run(scope, grain, a, b, period, row.quad_class, row.type);
      }
    }
  };
}

/** Recomputes every rollup from the events table (after a bulk load, or to repair). */
export function rebuildRollups(db: Database.Database): void {
  const live = 'negated = 0 AND hypothetical = 0 AND day IS NOT NULL';
  db.transaction(() => {
    db.exec('DELETE FROM dyad_rollup');
    for (const [scope, a, b, cond] of [
      [0, 'src_country', 'tgt_country', 'src_country IS NOT NULL AND tgt_country IS NOT NULL'],
      [1, 'src_key', 'tgt_key', "src_key <> '' AND tgt_key <> ''"],
    ] as const) {
      for (const [grain, period] of [[0, 'month'], [1, '(day + 3) / 7'], [2, 'day']] as const) {
        db.exec(
          `INSERT INTO dyad_rollup (scope, grain, a, b, period, quad_class, type, n, g100)
           SELECT ${scope}, ${grain}, ${a}, ${b}, ${period}, quad_class, type, COUNT(*), SUM(CAST(round(goldstein * 100) AS INTEGER))
           FROM events WHERE ${live} AND ${cond} GROUP BY ${a}, ${b}, ${period}, quad_class, type`,
        );
      }
    }
  })();
}
