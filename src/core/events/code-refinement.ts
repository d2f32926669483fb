/**
 * How the words around a match refine its lexicon code before anything reads it: the words of the
 * trigger's phrase ("military aid" → 072, "sanctions on oil") and the kind of a verb's subject
 * ("pirates seized a tanker" → 181, "peacekeeping troops arrived").
 */
import type { CoderContext } from './coder-context.js';
import { trailingPhrases } from './trailing-phrases.js';
import type { Match } from './trigger-match.js';

/** The code of a match, refined by the lemmas around it ("military aid" → 072). */
export function refineCode(ctx: CoderContext, m: Match): string | null {
  const t = m.trigger;
  if (!t.refine.length) return t.code;
  const v = ctx.v;
  // The words of the trigger's phrase, its subject's aside: "military aid", "accused of spying", "sanctions on oil".
  const around = new Set<string>();
  const visit = (k: number, depth: number): void => {
    around.add(v.lemma[k]);
    around.add(v.lower[k]);
    if (depth >= 3) return;
    for (const c of v.children(k)) if (!v.relIs(c, ['nsubj', 'csubj', 'punct', 'parataxis', 'conj', 'acl:relcl', 'advcl'])) visit(c, depth + 1);
  };
  visit(m.head, 0);
  if (m.obj >= 0) visit(m.obj, 1);
  // "would send a team to help the victims": the verb of a purpose infinitive says what kind of
  // act sending is (its own words, what it acts on, stay out: "to help contain an outbreak").
  for (const c of v.childrenWith(m.head, ['advcl'])) if (v.childrenWith(c, ['mark']).some((k) => v.lower[k] === 'to')) around.add(v.lemma[c]);
  // "lifted restrictions on the use of the Russian language" with "on the use …" hung on the verb.
  if (t.pos === 'noun') for (const c of trailingPhrases(v, m.head, t.target)) visit(c, 1);
  // "Israeli strikes killed five people": what a noun does as subject says what kind of act it is.
  if (t.pos === 'noun' && v.relIs(m.head, ['nsubj'])) {
    const verb = v.head[m.head];
    if (verb >= 0) around.add(v.lemma[verb]);
  }
  for (const r of t.refine) for (const w of r.when) if (around.has(w)) return r.code;
  return t.code;
}

/** The code the kind of a verb's subject gives ("pirates seized a tanker" → 181), or undefined. */
export function subjectCode(ctx: CoderContext, m: Match): string | null | undefined {
  return subjectRule(ctx, m)?.code;
}

/** The `subjectRefine` rule the kind of a verb's subject selects, or undefined. */
export function subjectRule(ctx: CoderContext, m: Match): Match['trigger']['subjectRefine'][number] | undefined {
  const t = m.trigger;
  if (!t.subjectRefine.length || t.pos !== 'verb') return undefined;
  const { finder } = ctx;
  const g = ctx.lexicon.grammar;
  const subj = m.passive ? finder.agents(m.head) : finder.subjects(m.head);
  // "was hit by a series of wildfires": a quantity noun stands for what it counts.
  const counted = subj.flatMap((k) => (g.quantityNouns.has(ctx.v.lemma[k]) ? finder.prepDeps(k, 'of') : []));
  const words = (ks: number[]): Set<string> => new Set(ks.flatMap((k) => [ctx.v.lemma[k], ctx.v.lower[k]]));
  const heads = words([...subj, ...counted]);
  const at = t.subjectRefine.findIndex((r) => [...r.when].some((w) => heads.has(w)));
  if (at < 0) return undefined;
  // "NATO peacekeeping troops arrived": the head says what kind of actor it is, a modifier may say
  // more precisely ("peacekeeping" before "troops"); a modifier alone says nothing ("army chief").
  // So may those of what a force noun is made of ("the first deployment of NATO peacekeeping troops").
  const members = subj.flatMap((k) => finder.prepDeps(k, 'of'));
  const mods = at > 0 ? words([...subj, ...counted, ...members].flatMap((k) => ctx.v.childrenWith(k, ['compound', 'amod']))) : new Set<string>();
  const finer = mods.size ? t.subjectRefine.findIndex((r, i) => i < at && [...r.when].some((w) => mods.has(w))) : -1;
  return t.subjectRefine[finer >= 0 ? finer : at];
}

