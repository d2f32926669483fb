/**
 * A state's bodies named by where they sit: "the military junta in Niger", "the authorities in
 * Tehran", "the government in Kabul". News says "Niger's junta" and "the junta in Niger" alike;
 * the composer reads the first, this reads the second: a definite phrase of a state-body agent
 * word (government, authorities, junta, army, police…) followed by "in" or "of" and a state or a
 * place of one becomes a body of that state ("the government of Sindh province" is Pakistan's).
 */
import type { Doc } from '../doc/doc.js';
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import { draft, type Draft } from './draft.js';
import { STATE_BODY_SECTORS } from '../kb/sector-classes.js';

export { STATE_BODY_SECTORS } from '../kb/sector-classes.js';

/**
 * Whether someone holding an office of this body acts for the body rather than for a state: an
 * IGO, or an organisation that is no state's body (a movement, an armed group, a company).
 */
export function officersActForIt(kind: string, sector: string | null | undefined): boolean {
  return kind === 'igo' || (kind === 'org' && !STATE_BODY_SECTORS.has(sector ?? 'GOV'));
}

/** Articles that open a body's phrase. */
const ARTICLES: ReadonlySet<string> = new Set(['the', 'The', 'a', 'A', 'an', 'An']);

/** Body drafts for "the <modifiers> <body word> in/of <state or place>" of sentence `[from, to)`. */
export function bodiesInState(doc: Doc, kb: KnowledgeBase, from: number, to: number, drafts: readonly Draft[]): Draft[] {
  const out: Draft[] = [];
  for (const where of drafts) {
    const country = where.kind === 'state' ? where.country : where.kind === 'place' ? (where.country ?? where.place?.country ?? null) : null;
    const at = where.tokStart - 1;
    if (!country || at - 1 < from || where.tokStart >= to || !/^(?:in|of)$/.test(doc.tokenText(at).toLowerCase())) continue;
    const head = at - 1;
    const agent = kb.agent(doc.tokenText(head).toLowerCase()).find((a) => STATE_BODY_SECTORS.has(a.sector) && (a.group || a.plural));
    if (!agent) continue;
    // Back over lower-case modifiers to the article: "the (ruling) (military) junta".
    let start = head;
    while (start - 1 >= from && start - head < 3 && /^\p{Ll}+$/u.test(doc.tokenText(start - 1)) && !ARTICLES.has(doc.tokenText(start - 1))) start--;
    const before = start - 1 >= from ? doc.tokenText(start - 1).toLowerCase() : '';
    // "A court in Moscow", "Prosecutors in Peru" (opening a sentence or a clause) are that state's
    // bodies too — but not troops, whose own state the place does not say.
    const bare = agent.sector !== 'MIL' && start === head && (agent.plural || agent.sector === 'COP') && (start === from || /^[,;:]$/.test(before));
    const opened = before === 'the' || (agent.sector !== 'MIL' && (before === 'a' || before === 'an'));
    if (!opened && !bare) continue;
    const first = bare ? start : start - 1;
    if (drafts.some((d) => d !== where && d.tokStart < where.tokStart && first < d.tokEnd)) continue;
    const name = doc.text.slice(doc.tokens.start[start], doc.tokens.end[where.tokEnd - 1]);
    out.push(draft('org', first, where.tokEnd, 'description', { name, country, sector: agent.sector, plural: agent.plural }));
  }
  return out;
}
