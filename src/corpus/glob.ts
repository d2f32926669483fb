/**
 * File globs for `entente ingest 'data/**\/*.txt'` when the shell did not expand them (quoted, or on
 * Windows): `*` and `?` within a name, `[abc]` classes, `**` for any depth of folders. Results are
 * sorted so a run is reproducible.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';

/** True when `s` contains glob syntax. */
export function isGlob(s: string): boolean {
  return /[*?[]/.test(s);
}

function segmentRegex(seg: string): RegExp {
  let re = '';
  for (let i = 0; i < seg.length; i++) {
    const c = seg[i];
    if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const close = seg.indexOf(']', i + 1);
      if (close < 0) re += '\\[';
      else {
        re += '[' + seg.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\') + ']';
        i = close;
      }
    } else re += c.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

function list(dir: string): { name: string; dir: boolean }[] {
  try {
    return readdirSync(dir, { withFileTypes: true })
      .map((d) => ({ name: d.name, dir: d.isDirectory() || (d.isSymbolicLink() && isDir(join(dir, d.name))) }))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch {
    return [];
  }
}

function isDir(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** Files matching `pattern` (relative to the current folder, or absolute), sorted. Hidden entries match only an explicit dot. */
export function glob(pattern: string): string[] {
  const parts = pattern.split(/[\\/]+/);
  const absolute = pattern.startsWith('/') || pattern.startsWith(sep);
  const fixed: string[] = [];
  while (parts.length > 1 && !isGlob(parts[0])) fixed.push(parts.shift()!);
  const base = absolute ? '/' + fixed.filter(Boolean).join('/') : fixed.join('/') || '.';
  const out = new Set<string>();

  const walk = (dir: string, rest: string[]): void => {
    if (rest.length === 0) return;
    const [seg, ...tail] = rest;
    if (seg === '**') {
      walk(dir, tail);
      for (const e of list(dir)) if (e.dir && !e.name.startsWith('.')) walk(join(dir, e.name), rest);
      return;
    }
    const re = segmentRegex(seg);
    for (const e of list(dir)) {
      if (e.name.startsWith('.') && !seg.startsWith('.')) continue;
      if (!re.test(e.name)) continue;
      const p = join(dir, e.name);
      if (tail.length === 0) {
        if (!e.dir) out.add(p);
      } else if (e.dir) walk(p, tail);
    }
  };
  walk(base, parts);
  return [...out].sort();
}
