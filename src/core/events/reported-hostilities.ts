/**
 * A hostile act that one side reports of another is also that side's allegation against the doer:
 * "China's foreign ministry said the Philippine vessel had illegally intruded into its waters",
 * "Guyana's foreign minister said Venezuela had moved 300 soldiers onto the island". The act is
 * coded as told (with the claim it is told in, `claimOf`); the report itself accuses the doer
 * (CAMEO 112), as event datasets code a government's claim that another state attacked, intruded
 * or mobilised against it.
 *
 * Only for material conflict (PLOVER quad class 4: assaults, coercion, mobilisation, sanctions…)
 * told in a quotation or report whose speaker acts for a state or a group of another country than
 * the doer's, against the speaker's own side (or a show of force aimed at no one named, or the doer's
 * repression of its own people); a
 * newspaper, an analyst, a third party, or a spokesman of the doer's own side accuses nobody.
 * Negated and hypothetical acts are no allegation ("said its fighters had never targeted …").
 */
import type { AnalysisEvent } from '../analysis/contract.js';
import type { CoderContext } from './coder-context.js';
import { STATE_BODY_SECTORS } from '../kb/sector-classes.js';

/** Sectors whose people speak for a side: a government and its bodies, armed groups, opposition, advocates. */
const SIDES: ReadonlySet<string> = new Set([...STATE_BODY_SECTORS, 'REB', 'INS', 'SEP', 'OPP', 'NGO', 'HRI', 'IGO']);

/** Words of people who watch a conflict rather than speak for a side. */
const OBSERVER = /\b(?:analyst|expert|specialist|scholar|researcher|commentator|historian|economist|observer|strategist|professor|journalist|correspondent|resident|witness|source)(?:es|s)?\b/i;

/** Roots of a government's acts against its own people that another state's official accuses it of: coercion (17), assault (18), mass violence (20). */
const REPRESSION: ReadonlySet<string> = new Set(['17', '18', '20']);

/** Material-conflict quad class (PLOVER PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT). */
const MATERIAL_CONFLICT = 4;

/**
 * The allegations (CAMEO 112) that `records`, coded from one sentence, carry: one per speaker and
 * doer, none already among `records` or `earlier`. `newId` numbers them.
 */
export function reportedHostilities(ctx: CoderContext, records: readonly AnalysisEvent[], earlier: readonly AnalysisEvent[], newId: () => string): AnalysisEvent[] {
  const entry = ctx.taxonomy.get('112');
  if (!entry?.plover) return [];
  const out: AnalysisEvent[] = [];
  const seen = new Set<string>();
  for (const e of [...earlier, ...records]) if (e.cameo.startsWith('11') && e.source?.country && e.target?.country) seen.add(`${e.source.country}>${e.target.country}`);
  for (const e of records) {
    if (e.quadClass !== MATERIAL_CONFLICT || e.negated || e.hypothetical || !e.claimOf || !e.source?.country) continue;
    const quote = ctx.v.doc.quotes.find((q) => q.id === e.claimOf);
    const speaker = quote ? ctx.actors.speakerOf(quote) : null;
    if (!speaker) continue;
    // The side a spokesman speaks for ("China's foreign ministry spokeswoman Mao Ning" speaks for China).
    const ref = ctx.actors.ref(speaker);
    // "China's foreign ministry spokeswoman Mao Ning": the state named inside the speaker's mention.
    const m = speaker.mention;
    const country = ref.country ?? (m ? ctx.actors.nestedCountry(ctx.v.doc.tokenAt(m.start), ctx.v.doc.tokenAt(m.end - 1) + 1) : null);
    if (!country || country === e.source.country) continue;
    // The side that reports is the one acted against ("Israel said a mortar bomb was fired at it"), or
    // one a show of force with no named target is aimed at ("Guyana said Venezuela had moved 300
    // soldiers onto the island"); a third party's account of others' fighting accuses no one.
    // So is a government's repression of its own people told by another state's official ("'Cuba's
    // government continues to jail its critics,' a State Department spokesman said"): the official
    // accuses that government; the repression's own target stays whom it was done to.
    const repression = e.target?.country === e.source.country && e.target?.type !== 'state' && REPRESSION.has(e.cameo.slice(0, 2));
    if (e.target ? e.target.country !== country && !repression : !e.cameo.startsWith('15')) continue;
    // A speaker known only by a description ("Guyana's foreign minister") is an office of its
    // country, unless it is an observer's ("a Guyanese analyst").
    const side = speaker.actor === null ? !OBSERVER.test(speaker.name) : ref.type === 'state' || ref.type === 'igo' || SIDES.has(ref.sector ?? '');
    if (!side) continue;
    const key = `${country}>${e.source.country}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({
      ...e,
      id: newId(),
      type: entry.plover.type,
      mode: entry.plover.mode ?? null,
      context: entry.plover.context ?? null,
      cameo: '112',
      goldstein: entry.goldstein,
      quadClass: entry.quad,
      source: { ...ref, country, code: ref.code ?? country },
      target: e.source,
    });
  }
  return out;
}
