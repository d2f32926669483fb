import { describe, expect, it } from 'vitest';
import { noEvidence } from './page-evidence.js';
import type { Item } from './page-items.js';
import { pickTitle } from './title-pick.js';
import { itemsOf } from './test-support/items.js';

const P1 = 'The foreign ministers of the two countries met in the capital on Monday and agreed to restore direct flights, officials said.';

/** Marks the line at `i` as the byline and `j` as site structure, picks the title among the lines above the paragraph. */
function pick(lines: string[], opts: { byline?: number; barrier?: number; known?: string; hint?: string } = {}) {
  const items = itemsOf(lines);
  const mark = (i: number | undefined, m: Item['mark'], role: Item['role']) => {
    if (i === undefined) return;
    items[i].mark = m;
    items[i].role = role;
  };
  mark(opts.byline, 'byline', 'meta');
  mark(opts.barrier, 'barrier', 'drop');
  const ev = noEvidence();
  pickTitle(items, items.slice(0, lines.indexOf(P1)), { known: opts.known ?? null, hint: opts.hint ?? null }, ev);
  return { title: ev.title, description: ev.description, roles: items.map((it) => it.role) };
}

describe('pickTitle', () => {
  it('takes the first headline below the menus and above the byline, passing over a label, and reads the standfirst', () => {
    const r = pick(['A blog on Central Asian politics', 'Home | About', 'Opinion', 'Why the water deal matters', 'It sets quotas for dry years and a joint commission', 'By Aliya Karimova', P1], { barrier: 1, byline: 5 });
    expect(r.title).toBe('Why the water deal matters');
    expect(r.description).toBe('It sets quotas for dry years and a joint commission');
    expect(r.roles[0]).toBe('drop');
  });

  it('takes a headline printed below the date line when only a label stands above it', () => {
    const r = pick(['Meetings Coverage and Press Releases', '4 March 2024', 'Security Council Extends Mandate of Mission for One Year', P1], { byline: 1 });
    expect(r.title).toBe('Security Council Extends Mandate of Mission for One Year');
  });

  it('prefers the line the caller knows, the line a page title holds, then a line printed twice', () => {
    expect(pick(['Kicker', 'Talks resume', P1], { known: 'Talks resume' }).title).toBe('Talks resume');
    expect(pick(['Local news', 'Assembly approves health agreement', P1], { hint: 'Assembly approves health agreement - Northern Sentinel' }).title).toBe('Assembly approves health agreement');
    expect(pick(['Label Line', 'Flags burned at London protest', 'Flags burned at London protest', P1]).title).toBe('Flags burned at London protest');
  });

  it('without a byline, takes only the first line (or the one under a label), never a line deep in the header', () => {
    expect(pick(['Oil', 'Pipeline operator halts exports after blast', P1]).title).toBe('Pipeline operator halts exports after blast');
    expect(pick(['posted to the wire service at noon, local time', 'Talks resume', P1]).title).toBeNull();
  });
});
