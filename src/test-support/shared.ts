/**
 * Access to `../shared` (gold corpus, yardsticks, treebanks) for tests. Tests that need it use
 * `describe.skipIf(!hasShared('corpus'))` and print why they skip, so a clean clone without the
 * shared folder passes and says what it did not check.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The shared folder: $ENTENTE_SHARED or `../shared` next to the project root. */
export const SHARED_DIR = process.env.ENTENTE_SHARED ?? resolve(process.cwd(), '..', 'shared');

/** Absolute path of `parts` under the shared folder. */
export function sharedPath(...parts: string[]): string {
  return join(SHARED_DIR, ...parts);
}

/** True when `parts` exists under the shared folder; logs a skip notice once per call when it does not. */
export function hasShared(...parts: string[]): boolean {
  const p = sharedPath(...parts);
  const ok = existsSync(p);
  if (!ok) console.warn(`[skip] ${p} is not present: tests that need it are skipped`);
  return ok;
}
