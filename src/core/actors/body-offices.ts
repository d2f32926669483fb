/**
 * An office named right after a state's body: "Mexican government spokesman Luis Carrasco",
 * "Chile's foreign ministry spokesman, Pablo Ortega", "the Egyptian army commander". The composer
 * reads the body ("Mexican government", "Chile's foreign ministry") as an organisation of its own
 * and the title after it as a new chain, which names no state; the officer holds the office in the
 * body's state. Without this the office is given whichever state the story was last about, so that
 * a Turkish spokesman answering Iraq would speak for Iraq.
 */
import { STATE_BODY_SECTORS } from '../kb/sector-classes.js';
import type { Draft } from './draft.js';
import type { Chain } from './title-chain.js';

/**
 * The state of the body drafted right before `chain` when the chain is a title that names no state
 * of its own, else null. `out` holds the sentence's drafts so far.
 */
export function officeOfBodyBefore(chain: Chain, out: readonly Draft[]): string | null {
  if (chain.country || !chain.titles.length || chain.end === chain.start) return null;
  for (let k = out.length - 1; k >= 0 && k >= out.length - 3; k--) {
    const body = out[k];
    if (body.tokEnd !== chain.start) continue;
    // A state's own body (government, ministry, army, police, parliament, court), not a party or a company.
    const stateBody = (body.kind === 'org' || body.kind === 'group') && !body.plural && !body.split && STATE_BODY_SECTORS.has(body.sector ?? '');
    return stateBody ? body.country : null;
  }
  return null;
}
