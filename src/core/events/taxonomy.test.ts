import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hasShared, sharedPath } from '../../test-support/shared.js';
import { EntenteError } from '../errors/errors.js';
import { createFrameCodes } from './frame-codes.js';
import { createTaxonomy, PLOVER_QUAD } from './taxonomy.js';
import { shippedResources } from './test-support/resources.js';

const { taxonomy, frames } = shippedResources();

describe('CAMEO taxonomy (data/taxonomy/cameo.json)', () => {
  it('has the 20 roots and every sub-code, each with a name, Goldstein score and quad class', () => {
    const roots = taxonomy.codes.filter((c) => c.code.length === 2).map((c) => c.code);
    expect(roots).toEqual(Array.from({ length: 20 }, (_, i) => String(i + 1).padStart(2, '0')));
    expect(taxonomy.codes.length).toBeGreaterThan(290);
    for (const c of taxonomy.codes) {
      expect(c.name.length).toBeGreaterThan(2);
      expect(c.goldstein).toBeGreaterThanOrEqual(-10);
      expect(c.goldstein).toBeLessThanOrEqual(10);
    }
  });

  it('gives quad classes by PLOVER type, as the referee scorer maps them', () => {
    expect(taxonomy.get('057')?.plover?.type).toBe('SUPPORT');
    expect(taxonomy.get('163')).toMatchObject({ plover: { type: 'COERCE' }, quad: 4 });
    expect(taxonomy.get('166')).toMatchObject({ plover: { type: 'SANCTION' }, quad: 4 });
    expect(taxonomy.get('0311')).toMatchObject({ plover: { type: 'AGREE' }, quad: 1 });
    expect(taxonomy.get('141')).toMatchObject({ plover: { type: 'PROTEST' }, quad: 4 });
    expect(taxonomy.get('083')).toMatchObject({ plover: { type: 'CONCEDE' }, quad: 1 });
    expect(taxonomy.get('090')).toMatchObject({ plover: { type: 'ACCUSE', mode: 'investigate' }, quad: 3 });
    expect(taxonomy.get('013')).toMatchObject({ plover: null, quad: 1 });
    for (const c of taxonomy.codes) if (c.plover) expect(c.quad).toBe(PLOVER_QUAD[c.plover.type]);
  });

  it('rejects a malformed table with E201 naming the file and the entry', () => {
    const bad = (codes: unknown[]) => () => createTaxonomy({ codes }, 'my-cameo.json');
    expect(bad([{ code: '04', name: 'consult', goldstein: 1, plover: { type: 'MEET' } }])).toThrow(/codes\[0\] \(04\).*plover\.type/);
    expect(bad([{ code: '04', name: 'consult', goldstein: 11, plover: null }])).toThrow(/goldstein/);
    expect(bad([{ code: '042', name: 'visit', goldstein: 1.9, plover: null }])).toThrow(/parent 04 is missing/);
    try {
      bad([{ code: 'x' }])();
    } catch (e) {
      expect(e).toBeInstanceOf(EntenteError);
      expect((e as EntenteError).code).toBe('E201');
      expect((e as EntenteError).input).toBe('my-cameo.json');
    }
  });
});

describe('frame codes (data/taxonomy/frames.json)', () => {
  it('turns acts into intents, appeals, demands, refusals, threats and cessations', () => {
    expect(frames.framed('intent', '073')).toBe('0333');
    expect(frames.framed('intent', '051')).toBe('032');
    expect(frames.framed('demand', '0841')).toBe('1053');
    expect(frames.framed('reject', '046')).toBe('125');
    expect(frames.framed('threaten', '163')).toBe('1312');
    expect(frames.framed('threaten', '1621')).toBe('1311');
    expect(frames.framed('cease', '163')).toBe('085');
    expect(frames.framed('cease', '1723')).toBe('0813');
    // Calling off a protest or strike eases dissent (082, PLOVER CONCEDE); a cessation column left out is no event.
    expect(frames.framed('cease', '141')).toBe('082');
    expect(frames.framed('cease', '111')).toBeNull();
    expect(frames.fallback('threaten')).toBe('130');
  });

  it('names the row of a bad frame code (E201)', () => {
    expect(() => createFrameCodes({ acts: [{ act: '04', intent: '999' }] }, taxonomy, 'f.json')).toThrow(/acts\[0\]\.intent.*"999"/);
    expect(() => createFrameCodes({ acts: [{ act: '04', hope: '036' }] }, taxonomy, 'f.json')).toThrow(/unknown frame/);
  });
});

// Facts must agree with the OEDA conversion table and GDELT's Goldstein table; the wording is ours.
describe.skipIf(!hasShared('yardsticks', 'plover', 'CAMEO2PLOVER-2021.txt'))('agreement with the reference tables', () => {
  const norm = (s: string | null | undefined): string | null => (s && s.trim() ? s.split(';').map((x) => x.trim()).join(';') : null);

  it('maps every code of CAMEO2PLOVER-2021 to the same PLOVER type, mode and context', () => {
    const lines = readFileSync(sharedPath('yardsticks', 'plover', 'CAMEO2PLOVER-2021.txt'), 'utf8').split('\n');
    let checked = 0;
    for (const line of lines) {
      const m = /^(\d+):\s*([^#]*)/.exec(line);
      if (!m) continue;
      const [type, mode = '', context = ''] = m[2].split(',').map((s) => s.trim());
      const ours = taxonomy.get(m[1]);
      expect(ours, `code ${m[1]}`).toBeDefined();
      if (m[1].length === 2) {
        // The table lists root 08 twice (CONCEDE and RETREAT); roots carry a type only.
        if (m[1] !== '08') expect(ours?.plover?.type, `root ${m[1]}`).toBe(type);
        continue;
      }
      expect([ours?.plover?.type, ours?.plover?.mode ?? null, norm(ours?.plover?.context)], `code ${m[1]}`).toEqual([type, mode || null, norm(context)]);
      checked++;
    }
    expect(checked).toBeGreaterThan(250);
  });

  it.skipIf(!hasShared('yardsticks', 'gdelt', 'cameoCodeTable.tsv'))('has the Goldstein score of GDELT for every code both list', () => {
    const rows = readFileSync(sharedPath('yardsticks', 'gdelt', 'cameoCodeTable.tsv'), 'utf8').split('\n').slice(1);
    let checked = 0;
    for (const row of rows) {
      const [code, , g] = row.split('\t');
      const ours = code ? taxonomy.get(code.trim()) : undefined;
      if (!ours) continue;
      expect(ours.goldstein, `code ${code}`).toBe(Number(g));
      checked++;
    }
    expect(checked).toBeGreaterThan(250);
  });
});
