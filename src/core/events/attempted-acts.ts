/**
 * Acts CAMEO codes apart when they are only tried: an assassination attempted ("gunmen tried to
 * assassinate the mayor", "an attempt to assassinate the governor was foiled") is 185, one carried
 * out 186. The attempt itself happened, so it is asserted. Other acts tried stay as the carrier or
 * the noun leaves them (the act as it is after "tried to"; only considered under "an attempt to"),
 * since CAMEO has no code for trying them.
 */
import type { CoderContext } from './coder-context.js';
import type { Draft } from './drafts.js';

/** Act codes and the code of their attempt. */
const TRIED: Readonly<Record<string, string>> = { '186': '185' };

/** Verbs that carry an act only tried ("tried to", "attempted to", "sought to"). */
const TRYING = new Set(['try', 'attempt', 'seek']);

/** Nouns of an attempt, whose infinitive names the act tried ("an attempt to", "a bid to", "a plot to"). */
const ATTEMPTS = new Set(['attempt', 'attempts', 'bid', 'bids', 'plot', 'plots']);

/** Draft `d` recoded as an attempt when it is an act CAMEO codes apart once only tried. */
export function attemptedAct(ctx: CoderContext, d: Draft): Draft {
  const tried = d.code === null ? undefined : TRIED[d.code];
  if (!tried || d.negated) return d;
  const v = ctx.v;
  const carrier = d.match.trigger.frame === 'pass' && TRYING.has(v.lemma[d.match.head]);
  const h = d.match.head;
  const p = v.head[h];
  const attempt = v.rel[h] === 'acl' && p >= 0 && ATTEMPTS.has(v.lemma[p]) && !v.isVerbal(p);
  if (carrier) return { ...d, code: tried };
  if (attempt) return { ...d, code: tried, hypothetical: false };
  return d;
}
