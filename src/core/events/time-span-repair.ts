/**
 * A span of time after an object read as the object's head: "Turkey dismissed the protest hours
 * later", "Iraq accepted the offer days later", parsed with "hours" as the object and "protest" as
 * its compound modifier. A span followed by "later", "earlier" or "ago" measures that adverb ("two
 * days later"), never a noun it would be made of: the noun before it heads the phrase, and the span
 * modifies the adverb.
 */

/** Lemmas of spans of time. */
const SPANS = new Set(['second', 'minute', 'hour', 'day', 'week', 'month', 'year']);

/** Adverbs a span of time measures ("hours later", "days earlier", "weeks ago"). */
const MEASURED = new Set(['later', 'earlier', 'ago', 'afterwards', 'afterward']);

/** Nominal tags of the noun a span may have swallowed. */
const NOMINAL = new Set(['NOUN', 'PROPN']);

/**
 * Rewrites `head` and `rel` in place so that the noun right before a span of time that an adverb
 * follows heads the span's phrase, and the span modifies the adverb. Returns true when anything changed.
 */
export function repairTimeSpans(head: Int32Array, rel: string[], upos: readonly string[], lemma: readonly string[], lower: readonly string[]): boolean {
  const n = head.length;
  let changed = false;
  for (let t = 1; t + 1 < n; t++) {
    const noun = t - 1;
    const adverb = t + 1;
    if (!SPANS.has(lemma[t]) || upos[t] !== 'NOUN' || !MEASURED.has(lower[adverb])) continue;
    if (head[noun] !== t || rel[noun] !== 'compound' || !NOMINAL.has(upos[noun]) || SPANS.has(lemma[noun])) continue;
    // Only a span that heads the noun's phrase, with nothing counted ("the protest two hours later"
    // is parsed right) and nothing after it but the adverb.
    let counted = false;
    for (let k = 0; k < n; k++) if (head[k] === t && (k > t || rel[k] === 'nummod')) counted = true;
    if (counted || head[adverb] === t) continue;
    for (let k = 0; k < noun; k++) if (head[k] === t) head[k] = noun;
    head[noun] = head[t];
    rel[noun] = rel[t];
    head[t] = adverb;
    rel[t] = 'obl:unmarked';
    changed = true;
  }
  return changed;
}
