/**
 * Readable reports of the event evaluation adapters: the figures first, then (on request) what
 * each record missed.
 */
import type { PetrarchScore } from './petrarch-gsr.js';
import type { PloverScore } from './plover-gsr.js';

const pct = (x: number): string => x.toFixed(3);

/** The PLOVER gold-standard report. */
export function formatPlover(s: PloverScore, perRecord: boolean): string {
  const lines = [
    `records                    ${s.records}`,
    `event type accuracy        ${pct(s.typeAccuracy)}   (gold type among the events coded)`,
    `top event type accuracy    ${pct(s.topTypeAccuracy)}   (the most confident event has the gold type)`,
    `source country accuracy    ${pct(s.sourceCountryAccuracy)}   (${s.sourceScored} records with a gold source country)`,
    `target country accuracy    ${pct(s.targetCountryAccuracy)}   (${s.targetScored} records with a gold target country)`,
  ];
  if (perRecord) {
    for (const r of s.results) {
      if (r.typeHit && r.sourceHit !== false && r.targetHit !== false) continue;
      lines.push(`== ${r.id} gold ${r.gold.sources.join('/') || '-'}>${r.gold.targets.join('/') || '-'} ${r.gold.type}`);
      lines.push(`   ${r.gold.text}`);
      lines.push(`   coded: ${r.predicted.join('; ') || 'nothing'}`);
    }
  }
  return lines.join('\n') + '\n';
}

/** The PETRARCH-2 validation report. */
export function formatPetrarch(s: PetrarchScore, perRecord: boolean): string {
  const lines = [`sentences                  ${s.sentences}`];
  const names = { root: '(source country, target country, CAMEO root)', code: '(source country, target country, CAMEO code)', exact: '(source actor code, target actor code, CAMEO code)' } as const;
  for (const level of ['root', 'code', 'exact'] as const) {
    const l = s.levels[level];
    lines.push(`${level.padEnd(6)} P ${pct(l.precision)}  R ${pct(l.recall)}  F1 ${pct(l.f1)}   ${names[level]}  tp ${l.tp} pred ${l.predicted} gold ${l.gold}`);
  }
  if (perRecord) {
    for (const r of s.results) {
      if (!r.missed.length && !r.spurious.length) continue;
      lines.push(`== ${r.id}: missed ${r.missed.join(', ') || '-'}; spurious ${r.spurious.join(', ') || '-'}`);
      lines.push(`   ${r.text}`);
      lines.push(`   gold ${r.gold.join('; ') || 'no events'} | coded ${r.predicted.join('; ') || 'nothing'}`);
    }
  }
  return lines.join('\n') + '\n';
}
