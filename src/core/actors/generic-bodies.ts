/**
 * A body named by its generic head noun ("Parliament", "the Assembly") that the knowledge base
 * files under one country (the United Kingdom's Parliament is called just "Parliament") belongs to
 * the country the text is about when that country is another: "Algerian landowners began a hunger
 * strike outside Parliament" is Algeria's parliament. Runs after coreference and reading choice.
 */
import type { Doc } from '../doc/doc.js';
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import { newKey } from './coref.js';
import type { Draft } from './draft.js';
import { countryOfActor } from './reading-choice.js';

/** The countries of the drafts in `pool` other than the generic bodies themselves. */
function countriesOf(kb: KnowledgeBase, pool: readonly Draft[]): Set<string> {
  const out = new Set<string>();
  for (const x of pool) {
    if (x.generic) continue;
    if (x.country) out.add(x.country);
    for (const r of x.refs) {
      const c = countryOfActor(kb, r);
      if (c) out.add(c);
    }
  }
  return out;
}

/**
 * Re-reads each generic body whose knowledge-base country the article has not named (before it,
 * or anywhere in its sentence) as the body of the one country its sentence names — or, when the
 * sentence names none, of the one country named before it. Several candidates: left as read.
 */
export function localiseGenericBodies(doc: Doc, kb: KnowledgeBase, drafts: Draft[]): void {
  for (const d of drafts) {
    if (!d.generic || !d.kbId || d.readings) continue;
    const own = countryOfActor(kb, d.kbId);
    if (!own) continue;
    const sentence = doc.sentenceOf(d.tokStart);
    const inSentence = drafts.filter((x) => x !== d && doc.sentenceOf(x.tokStart) === sentence);
    const before = drafts.filter((x) => x.tokStart < d.tokStart && doc.sentenceOf(x.tokStart) < sentence);
    const here = countriesOf(kb, inSentence);
    const earlier = countriesOf(kb, before);
    if (here.has(own) || earlier.has(own)) continue;
    const candidates = here.size ? here : earlier;
    if (candidates.size !== 1) continue;
    const [iso] = candidates;
    const name = doc.text.slice(doc.tokens.start[d.nameStart], doc.tokens.end[d.nameEnd - 1]);
    d.kbId = null;
    d.name = name;
    d.country = iso;
    d.refs = [newKey('org', `${iso} ${name}`)];
  }
}
