/**
 * Fetching a page over HTTP(S) safely: one deadline for the whole fetch, a size cap enforced while
 * the body streams in, redirects followed by hand (at most `maxRedirects`), and before every hop the
 * host's addresses resolved and checked, then the connection pinned to a checked address so that a
 * second DNS answer cannot lead elsewhere. Private and loopback addresses are refused (E106) unless
 * `allowPrivate` is set; network and HTTP failures are E105; an oversized body is E102.
 */
import { lookup as dnsLookup } from 'node:dns/promises';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP } from 'node:net';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { EntenteError } from '../core/errors/errors.js';
import { nonPublicReason } from './address-guard.js';

/** Limits of a fetch. */
export interface FetchOptions {
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  allowPrivate: boolean;
  userAgent?: string;
}

/** A fetched response body. */
export interface Fetched {
  readonly bytes: Uint8Array;
  readonly contentType: string | null;
  /** The URL after redirects. */
  readonly finalUrl: string;
}

interface Address {
  address: string;
  family: number;
}

/** Fetches `url`; see the module comment for the rules. */
export async function fetchUrl(url: string, options: FetchOptions): Promise<Fetched> {
  const deadline = Date.now() + options.timeoutMs;
  let current = parseUrl(url);
  for (let hop = 0; ; hop++) {
    const address = await withDeadline(checkedAddress(current, options, url), deadline, url, options.timeoutMs);
    const res = await get(current, address, options, deadline, url);
    const status = res.statusCode ?? 0;
    if (status >= 300 && status < 400 && res.headers.location) {
      res.destroy();
      if (hop >= options.maxRedirects) throw new EntenteError('E105', `too many redirects (more than ${options.maxRedirects})`, { input: url });
      current = parseUrl(new URL(res.headers.location, current).toString(), url);
      continue;
    }
    if (status < 200 || status >= 300) {
      res.destroy();
      throw new EntenteError('E105', `the server answered HTTP ${status}${res.statusMessage ? ` ${res.statusMessage}` : ''}`, { input: url });
    }
    const declared = Number(res.headers['content-length']);
    if (Number.isFinite(declared) && declared > options.maxBytes) {
      res.destroy();
      throw tooLarge(url, options.maxBytes);
    }
    const bytes = await readBody(res, options, deadline, url);
    return { bytes, contentType: res.headers['content-type'] ?? null, finalUrl: current.toString() };
  }
}

function parseUrl(s: string, input = s): URL {
  let u: URL;
  try {
    u = new URL(s);
  } catch {
    throw new EntenteError('E105', 'not a valid URL', { input });
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new EntenteError('E105', `only http and https URLs can be fetched, not ${u.protocol}`, { input });
  return u;
}

/** The address to connect to: every address of the host checked first. */
async function checkedAddress(u: URL, options: FetchOptions, input: string): Promise<Address> {
  const host = u.hostname.replace(/^\[|\]$/g, '');
  let addresses: Address[];
  if (isIP(host)) addresses = [{ address: host, family: isIP(host) }];
  else {
    try {
      addresses = await dnsLookup(host, { all: true, verbatim: true });
    } catch (e) {
      throw new EntenteError('E105', `cannot resolve host ${host} (${(e as NodeJS.ErrnoException).code ?? 'DNS error'})`, { input, cause: e });
    }
  }
  if (!addresses.length) throw new EntenteError('E105', `host ${host} has no address`, { input });
  if (!options.allowPrivate) {
    for (const a of addresses) {
      const reason = nonPublicReason(a.address);
      if (reason) {
        throw new EntenteError('E106', `${host} resolves to ${a.address}, a ${reason} address; refusing to fetch it (allow it with --allow-private)`, { input });
      }
    }
  }
  return addresses[0];
}

function get(u: URL, address: Address, options: FetchOptions, deadline: number, input: string): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const request = u.protocol === 'https:' ? httpsRequest : httpRequest;
    const req = request(u, {
      method: 'GET',
      headers: {
        'user-agent': options.userAgent ?? 'entente (news reader; +https://github.com/)',
        accept: 'text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5',
        'accept-encoding': 'gzip, deflate, br',
      },
      // Connect to the address that was checked, whatever DNS says now.
      lookup: ((_host: string, opts: { all?: boolean }, cb: (...args: unknown[]) => void) => {
        if (opts?.all) cb(null, [address]);
        else cb(null, address.address, address.family);
      }) as never,
    });
    const timer = setTimeout(() => req.destroy(timeoutError(input, options.timeoutMs)), Math.max(0, deadline - Date.now()));
    req.on('response', (res) => {
      clearTimeout(timer);
      resolve(res);
    });
    req.on('error', (e) => {
      clearTimeout(timer);
      reject(networkError(e, input));
    });
    req.end();
  });
}

function readBody(res: IncomingMessage, options: FetchOptions, deadline: number, input: string): Promise<Uint8Array> {
  const encoding = String(res.headers['content-encoding'] ?? '').toLowerCase();
  const stream =
    encoding === 'gzip' || encoding === 'x-gzip' ? res.pipe(createGunzip()) :
    encoding === 'deflate' ? res.pipe(createInflate()) :
    encoding === 'br' ? res.pipe(createBrotliDecompress()) : res;
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const fail = (e: unknown) => {
      clearTimeout(timer);
      res.destroy();
      reject(e);
    };
    const timer = setTimeout(() => fail(timeoutError(input, options.timeoutMs)), Math.max(0, deadline - Date.now()));
    stream.on('data', (c: Buffer) => {
      size += c.length;
      if (size > options.maxBytes) fail(tooLarge(input, options.maxBytes));
      else chunks.push(c);
    });
    stream.on('end', () => {
      clearTimeout(timer);
      resolve(new Uint8Array(Buffer.concat(chunks)));
    });
    stream.on('error', (e) => fail(networkError(e, input)));
    res.on('error', (e) => fail(networkError(e, input)));
  });
}

/** `p`, or a timeout error when the deadline passes first (DNS lookups have no timeout of their own). */
function withDeadline<T>(p: Promise<T>, deadline: number, input: string, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(timeoutError(input, ms)), Math.max(0, deadline - Date.now()));
  });
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}

function timeoutError(input: string, ms: number): EntenteError {
  return new EntenteError('E105', `no complete answer within ${ms} ms (raise the limit with --timeout)`, { input });
}

function tooLarge(input: string, max: number): EntenteError {
  return new EntenteError('E102', `the page is larger than the ${formatBytes(max)} limit (raise it with --max-bytes)`, { input });
}

function networkError(e: unknown, input: string): EntenteError {
  if (e instanceof EntenteError) return e;
  const code = (e as NodeJS.ErrnoException).code;
  return new EntenteError('E105', `cannot fetch the page (${code ?? (e as Error).message})`, { input, cause: e });
}

/** "5 MB", "512 KB", "900 bytes". */
export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${+(n / 1024 / 1024).toFixed(1)} MB`;
  if (n >= 1024) return `${+(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}
