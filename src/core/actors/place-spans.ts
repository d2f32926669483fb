/**
 * Names of places that hold a state's or a person's name: "South China Sea", "Gulf of Mexico",
 * "Sea of Japan", "Strait of Hormuz". Inside them the knowledge base's match is no actor, so those
 * hits are set aside and the units read the whole name as one name, which the composer finds in
 * the gazetteer.
 */
import type { Doc } from '../doc/doc.js';
import type { Gazetteer } from '../places/gazetteer.js';
import { nameKey } from '../places/normalize-name.js';
import type { KbHit } from './kb-matcher.js';

/** Kinds of curated places whose names may contain an actor's name. */
const NAMED_AFTER_KINDS = new Set(['water', 'region', 'territory', 'feature', 'island']);

/** Curated multi-word place names of a Doc (start token → end token), and the KB hits outside them. */
export interface PlaceSpans {
  readonly spans: ReadonlyMap<number, number>;
  readonly hits: KbHit[];
}

/** Finds the curated multi-word place names of the Doc and sets aside the KB hits inside them. */
export function placeNameSpans(doc: Doc, gazetteer: Gazetteer, hits: readonly KbHit[]): PlaceSpans {
  const inside = new Uint8Array(doc.length);
  const spans = new Map<number, number>();
  for (let s = 0; s < doc.sentenceCount; s++) {
    const from = doc.sentences.tokStart[s];
    const to = doc.sentences.tokEnd[s];
    for (let t = from; t < to; t++) {
      const word = doc.tokenText(t);
      // Only where a curated name of two words or more can start ("the" aside, which keys drop).
      if (!/^\p{Lu}/u.test(word) || !gazetteer.curatedFirstWords.has(nameKey(word).split(" ")[0])) continue;
      // The longest curated name starting here ("the" is part of some aliases, never needed here).
      for (let e = Math.min(to, t + gazetteer.maxWords); e > t + 1; e--) {
        // Lookup keys drop punctuation, so a name must not end on it ("the South China Sea.").
        if (!/[\p{L}\p{N}]/u.test(doc.tokenText(e - 1))) continue;
        const name = doc.text.slice(doc.tokens.start[t], doc.tokens.end[e - 1]);
        const place = gazetteer.lookup(name).find((p) => p.id.startsWith('place:') && NAMED_AFTER_KINDS.has(p.kind));
        if (!place) continue;
        for (let k = t; k < e; k++) inside[k] = 1;
        // A place opening a longer name ("Red Sea Policy Institute") is part of that name.
        if (!(e < to && /^\p{Lu}\p{Ll}/u.test(doc.tokenText(e)))) spans.set(t, e);
        t = e - 1;
        break;
      }
    }
  }
  return { spans, hits: hits.filter((h) => !inside[h.tokStart]) };
}
