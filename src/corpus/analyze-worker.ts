/**
 * Entry of an analysis worker thread: loads the analyzer module named in `workerData` once, then
 * answers `{id, article}` messages with `{id, ok, analysis | error}`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { fromPortable, type AnalyzerModule, type PortableArticle } from './analyzer.js';

const port = parentPort;
if (!port) throw new Error('analyze-worker.ts runs only as a worker thread');

const { module, options } = workerData as { module: string; options?: unknown };

function wire(e: unknown): { name: string; code?: string; message: string } {
  if (e instanceof Error) return { name: e.name, code: (e as { code?: string }).code, message: e.message };
  return { name: 'Error', message: String(e) };
}

try {
  const mod = (await import(module)) as AnalyzerModule;
  const analyze = await mod.createAnalyzer(options);
  port.on('message', async (m: { id: number; article: PortableArticle }) => {
    try {
      const analysis = await analyze(fromPortable(m.article));
      port.postMessage({ id: m.id, ok: true, analysis });
    } catch (e) {
      port.postMessage({ id: m.id, ok: false, error: wire(e) });
    }
  });
  port.postMessage({ type: 'ready' });
} catch (e) {
  port.postMessage({ type: 'init-error', error: wire(e) });
}
