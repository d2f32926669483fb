/**
 * Rows for people and for programs: an aligned text table (what `entente query` prints by default),
 * CSV (`--csv`) or JSON (`--json`) of the same rows.
 */
import { csvRow } from './export/text-formats.js';

/** A column: its heading and how to get its value from a row. */
export interface Column<T> {
  header: string;
  value: (row: T) => unknown;
  /** Right-align (numbers). */
  right?: boolean;
  /** Cut longer values to this many characters in text tables. */
  max?: number;
}

function cell(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : String(Math.round(v * 1000) / 1000);
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v).replace(/\s+/g, ' ');
}

/** An aligned text table with a header and a rule; `(none)` when there are no rows. */
export function textTable<T>(columns: readonly Column<T>[], rows: readonly T[]): string {
  if (rows.length === 0) return '(none)\n';
  const cells = rows.map((r) =>
    columns.map((c) => {
      const s = cell(c.value(r));
      return c.max && s.length > c.max ? s.slice(0, c.max - 1) + '…' : s;
    }),
  );
  const widths = columns.map((c, i) => Math.max(c.header.length, ...cells.map((r) => r[i].length)));
  const line = (vals: string[]) =>
    vals
      .map((v, i) => (columns[i].right ? v.padStart(widths[i]) : v.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  return [line(columns.map((c) => c.header)), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n') + '\n';
}

/** The rows as CSV with a header line. */
export function csvTable<T>(columns: readonly Column<T>[], rows: readonly T[]): string {
  return csvRow(columns.map((c) => c.header)) + rows.map((r) => csvRow(columns.map((c) => c.value(r)))).join('');
}

/** How a query prints its rows. */
export type OutputMode = 'table' | 'csv' | 'json';

/** The rows in the chosen form; JSON prints the rows' own objects (every field, not only the columns). */
export function renderRows<T>(mode: OutputMode, columns: readonly Column<T>[], rows: readonly T[]): string {
  if (mode === 'json') return JSON.stringify(rows, null, 2) + '\n';
  if (mode === 'csv') return csvTable(columns, rows);
  return textTable(columns, rows);
}
