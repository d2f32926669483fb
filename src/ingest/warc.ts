/**
 * WARC archives (warcio; `.warc` or `.warc.gz`, decompressed on the fly): every `response` record
 * whose HTTP payload is HTML becomes a raw HTML article named by its target URI. Other records
 * (requests, metadata, images, redirects, errors) are passed over.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { WARCParser } from 'warcio';
import { EntenteError } from '../core/errors/errors.js';
import type { RawArticle } from './jsonl.js';

export interface WarcOptions {
  /** Largest payload read, in bytes (default 5 MB): bigger records are recorded as errors (E102). */
  maxBytes?: number;
}

/** Charset named in a Content-Type header, if any. */
function charsetOf(contentType: string): string | null {
  const m = /charset\s*=\s*"?([\w.:-]+)"?/i.exec(contentType);
  return m ? m[1].toLowerCase() : null;
}

function decode(bytes: Uint8Array, charset: string | null): string {
  try {
    return new TextDecoder(charset ?? 'utf-8').decode(bytes);
  } catch {
    // An unknown charset label: UTF-8 with replacement characters is the best guess.
    return new TextDecoder('utf-8').decode(bytes);
  }
}

/** Every HTML response in the WARC file at `path`, streamed. */
export async function* readWarc(path: string, options: WarcOptions = {}): AsyncGenerator<RawArticle> {
  const max = options.maxBytes ?? 5_000_000;
  try {
    await stat(path);
  } catch (e) {
    throw new EntenteError('E103', `cannot read the archive: ${(e as Error).message}`, { input: path, cause: e });
  }
  const parser = new WARCParser(createReadStream(path));
  let n = 0;
  try {
    for await (const record of parser) {
      n++;
      if (record.warcType !== 'response') continue;
      const status = Number(record.httpHeaders?.statusCode ?? 200);
      const type = record.httpHeaders?.headers.get('Content-Type') ?? '';
      if (status >= 300 || !/html/i.test(type)) continue;
      const uri = record.warcTargetURI ?? `${path}#${n}`;
      const length = Number(record.warcHeader('Content-Length') ?? 0);
      if (length > max) {
        yield { input: uri, kind: 'invalid', error: new EntenteError('E102', `the record is ${length} bytes, over the ${max}-byte limit`, { input: uri }) };
        continue;
      }
      const payload = await record.readFully(true);
      yield {
        input: uri,
        kind: 'html',
        body: decode(payload, charsetOf(type)),
        // WARC-Date is when the page was crawled, not published: the HTML reader finds the publication date.
        meta: { url: record.warcTargetURI ?? null },
        sourceKind: 'warc',
      };
    }
  } catch (e) {
    if (e instanceof EntenteError) throw e;
    throw new EntenteError('E110', `the archive is malformed after record ${n}: ${(e as Error).message}`, { input: path, cause: e });
  }
}
