/**
 * `entente export`: writes the corpus in one of the supported formats to a sink. Event formats stream
 * one event at a time, so an export of millions of events needs little memory; graph formats write
 * the actor network.
 */
import { EntenteError } from '../../core/errors/errors.js';
import type { EventFilter, Store } from '../../store/store.js';
import { CSV_COLUMNS, csvValues, ploverRecord } from './event-records.js';
import { gdeltLine } from './gdelt.js';
import { gexf, graphml } from './graph.js';
import { csvRow } from './text-formats.js';

export const EXPORT_FORMATS = ['gdelt', 'plover', 'csv', 'jsonl', 'graphml', 'gexf'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Where an export writes; `write` may return a promise to apply backpressure. */
export interface ExportSink {
  write(chunk: string): unknown;
}

export interface ExportOptions {
  /** Which events to export (event formats; graph formats use its date range). */
  filter?: EventFilter;
  /** Smallest edge weight kept in graph formats (default 1). */
  minWeight?: number;
}

export function isExportFormat(f: string): f is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(f);
}

/** Writes the export; returns the number of events (or, for graphs, edges) written. */
export async function exportCorpus(store: Store, format: string, sink: ExportSink, options: ExportOptions = {}): Promise<number> {
  if (!isExportFormat(format)) {
    throw new EntenteError('E203', `unknown export format "${format}": use one of ${EXPORT_FORMATS.join(', ')}`, { input: format });
  }
  const filter = options.filter ?? {};
  if (format === 'graphml' || format === 'gexf') {
    const net = await store.actorNetwork({ from: filter.from, to: filter.to, minWeight: options.minWeight });
    await sink.write(format === 'graphml' ? graphml(net) : gexf(net));
    return net.edges.length;
  }
  let n = 0;
  if (format === 'csv') await sink.write(csvRow(CSV_COLUMNS));
  if (format === 'plover') await sink.write('[');
  for await (const e of store.eachEvent(filter)) {
    let chunk: string;
    if (format === 'gdelt') chunk = gdeltLine(e);
    else if (format === 'csv') chunk = csvRow(csvValues(e));
    else if (format === 'jsonl') chunk = JSON.stringify(ploverRecord(e)) + '\n';
    else chunk = (n ? ',\n' : '\n') + JSON.stringify(ploverRecord(e));
    await sink.write(chunk);
    n++;
  }
  if (format === 'plover') await sink.write(n ? '\n]\n' : ']\n');
  return n;
}
