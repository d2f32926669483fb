/**
 * Raw bytes from a file or a stream, within a size cap, with read failures turned into coded
 * errors that name the input: missing or unreadable (E103), a directory (E108), too large (E102).
 */
import { open, stat } from 'node:fs/promises';
import { EntenteError } from '../core/errors/errors.js';
import { formatBytes } from './fetch-url.js';

/** The bytes of the file at `path`, refused above `maxBytes`. */
export async function readFileBytes(path: string, maxBytes: number): Promise<Uint8Array> {
  let info;
  try {
    info = await stat(path);
  } catch (e) {
    throw readError(e, path);
  }
  if (info.isDirectory()) throw new EntenteError('E108', 'is a directory; give a file, or analyse the directory with `entente analyze DIR`', { input: path });
  if (info.isFile() && info.size > maxBytes) {
    throw new EntenteError('E102', `the file is ${formatBytes(info.size)}, over the ${formatBytes(maxBytes)} limit (raise it with --max-bytes)`, { input: path });
  }
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (e) {
    throw readError(e, path);
  }
  try {
    return await readStreamBytes(handle.createReadStream({ autoClose: false }), maxBytes, path);
  } finally {
    await handle.close();
  }
}

/** Everything `stream` yields, refused as soon as it passes `maxBytes`. */
export async function readStreamBytes(stream: NodeJS.ReadableStream, maxBytes: number, input: string): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      const c = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : (chunk as Uint8Array);
      size += c.length;
      if (size > maxBytes) throw new EntenteError('E102', `the input is larger than the ${formatBytes(maxBytes)} limit (raise it with --max-bytes)`, { input });
      chunks.push(c);
    }
  } catch (e) {
    if (e instanceof EntenteError) throw e;
    throw readError(e, input);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

function readError(e: unknown, input: string): EntenteError {
  const code = (e as NodeJS.ErrnoException).code;
  const reason =
    code === 'ENOENT' ? 'no such file or directory' :
    code === 'EACCES' || code === 'EPERM' ? 'permission denied' :
    code === 'EISDIR' ? 'is a directory' :
    code === 'ENOTDIR' ? 'a part of the path is not a directory' :
    `cannot be read (${code ?? (e as Error).message})`;
  return new EntenteError('E103', reason, { input, cause: e });
}
