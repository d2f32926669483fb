import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { hasShared, sharedPath } from '../../test-support/shared.js';
import { parseBratAttributions } from './brat-attributions.js';
import { readPolnear } from './polnear-reader.js';

const FIXTURE = fileURLToPath(new URL('./fixtures/polnear', import.meta.url));

describe('readPolnear on a fixture pair', () => {
  const [doc] = readPolnear(FIXTURE, 'dev');
  const words = (spans: readonly { start: number; end: number }[]) => spans.map((s) => doc.text.slice(s.start, s.end));

  it('reads the text and the first annotator only', () => {
    expect(readPolnear(FIXTURE, 'dev')).toHaveLength(1);
    expect(doc.name).toBe('example_2016-01-01_talks-resume');
    expect(doc.annotator).toBe('ab12');
    expect(readPolnear(FIXTURE, 'dev', { allAnnotations: true }).map((d) => [d.annotator, d.attributions.length])).toEqual([
      ['ab12', 3],
      ['cd34', 1],
    ]);
  });

  it('links source, cue and content through the attribution events', () => {
    expect(doc.attributions.map((a) => [words(a.source), words(a.cue), words(a.content)])).toEqual([
      [['Officials'], ['said'], ['the talks would resume']],
      [['the minister'], ['told'], ['"We are ready,"', '"and we will stay."']],
      [[], ['believe'], ['the deal will hold']],
    ]);
  });

  it('refuses a split that is not there, and an event that names an undefined span', () => {
    expect(() => readPolnear(FIXTURE, 'test')).toThrow(/E501|no PolNeAR 'test' split/);
    expect(() => parseBratAttributions('E1\tAttribution:T9 Cue:T9', 'x.ann')).toThrow(/refers to T9/);
  });
});

describe.skipIf(!hasShared('yardsticks', 'polnear', 'data', 'dev'))('readPolnear on the PolNeAR dev split', () => {
  it('reads every article, with spans that hold the annotated text', () => {
    const docs = readPolnear(sharedPath('yardsticks', 'polnear'), 'dev');
    expect(docs.length).toBe(84);
    const n = docs.reduce((k, d) => k + d.attributions.length, 0);
    expect(n).toBeGreaterThan(1500);
    for (const d of docs) {
      for (const a of d.attributions) {
        expect(a.cue.length + a.content.length).toBeGreaterThan(0);
        for (const s of [...a.source, ...a.cue, ...a.content]) expect(s.end).toBeLessThanOrEqual(d.text.length);
      }
    }
  });
});
