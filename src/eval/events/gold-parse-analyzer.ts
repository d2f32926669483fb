/**
 * A development analyzer: codes a record from the UD parse it comes with (PETRARCH-2's validation
 * records carry one) and actors found by matching the knowledge base's names on the tokens. It
 * isolates the event coder from the tagger, the parser and the actor layer while those are being
 * built; the issue's figures are measured from raw text with the engine (`engineAnalyzer`).
 */
import type { AnalysisActor } from '../../core/analysis/contract.js';
import { emptyMeta } from '../../core/article/article.js';
import type { Doc } from '../../core/doc/doc.js';
import type { Mention } from '../../core/doc/mention.js';
import { docFromParse } from '../../core/doc/parsed-doc.js';
import { deprelId, uposId } from '../../core/doc/ud.js';
import { Vocab } from '../../core/doc/vocab.js';
import { codeEvents, type EventCoderOptions } from '../../core/events/event-coder.js';
import type { EventResources } from '../../core/events/resources.js';
import type { Component } from '../../core/pipeline/component.js';
import { actorCode, kbNameKey as nameKey, metonymCode, type KnowledgeBase } from '../../core/kb/index.js';
import { parseConllu } from '../../core/syntax/conllu.js';
import type { EventAnalyzer } from './analyzer.js';

/** Relations of UD v1 (which older parsers write) in UD v2. */
const UD1: Readonly<Record<string, string>> = {
  nsubjpass: 'nsubj:pass', csubjpass: 'csubj:pass', auxpass: 'aux:pass', dobj: 'obj', neg: 'advmod', mwe: 'fixed',
  name: 'flat', 'nmod:agent': 'obl:agent', 'nmod:npmod': 'obl:npmod', 'nmod:tmod': 'obl:tmod',
};

/** A Doc from CoNLL-U: the text is the forms joined as the MISC column says. */
export function docFromConllu(conllu: string, published: string | null, vocab: Vocab = new Vocab()): Doc {
  const sentences = parseConllu(conllu).map((s) =>
    s.words.map((w) => ({
      form: w.form,
      lemma: w.lemma === '_' ? null : w.lemma,
      upos: Math.max(0, uposId(w.upos === 'CONJ' ? 'CCONJ' : w.upos)),
      head: w.head,
      deprel: deprelId(UD1[w.deprel] ?? w.deprel),
      spaceAfter: w.spaceAfter,
    })),
  );
  return docFromParse(sentences, { vocab, meta: { ...emptyMeta(), published } });
}

/** Finds the knowledge base's names in the Doc (longest first, capitalised words only) and resolves them on `date`. */
export function tagKbActors(doc: Doc, kb: KnowledgeBase, date: string | null, surnames: ReadonlyMap<string, string[]> = surnameIndex(kb)): void {
  const n = doc.length;
  const keys = Array.from({ length: n }, (_, i) => nameKey(doc.tokenText(i)));
  const mentions: Mention[] = [];
  const actors = new Map<string, AnalysisActor>();
  for (let i = 0; i < n; ) {
    let found: { len: number; id: string; sector: string | null } | null = null;
    if (/^\p{Lu}/u.test(doc.tokenText(i))) {
      for (let len = Math.min(6, n - i); len >= 1 && !found; len--) {
        if (!keys[i + len - 1]) continue;
        const key = keys.slice(i, i + len).filter(Boolean).join(' ');
        const surface = doc.text.slice(doc.tokens.start[i], doc.tokens.end[i + len - 1]);
        const bare = (s: string): string => s.replace(/^the /i, '').replace(/[.\s]/g, '');
        const form = key ? kb.lookup(key).find((f) => !f.exactCase || bare(f.form) === bare(surface)) : undefined;
        if (form) found = { len, id: form.id, sector: form.via === 'metonym' ? form.sector : null };
        // A person named by surname alone ("Obama"), when one person of the knowledge base has it.
        else if (len === 1 && surnames.get(keys[i])?.length === 1) found = { len, id: (surnames.get(keys[i]) as string[])[0], sector: null };
      }
    }
    if (!found) {
      i++;
      continue;
    }
    const e = kb.byId(found.id);
    const code = found.sector ? metonymCode(kb, found.id, { sector: found.sector }) : actorCode(kb, found.id, date ?? undefined);
    if (e && code) {
      const id = found.sector ? `${found.id}#${found.sector}` : found.id;
      if (!actors.has(id)) {
        const type = e.kind === 'state' && !found.sector ? 'state' : e.kind === 'igo' ? 'igo' : e.kind === 'person' ? 'person' : 'org';
        actors.set(id, { id, name: e.name, type, country: code.country, role: null, sector: code.sector, cameo: code.cameo, aliases: [], mentions: [] });
      }
      const span = doc.tokenSpan(i, i + found.len);
      mentions.push({ start: span.start, end: span.end, tokStart: i, tokEnd: i + found.len, via: 'name', type: actors.get(id)?.type ?? 'org', ref: id });
    }
    i += found.len;
  }
  doc.mentions = mentions;
  doc.actors = [...actors.values()];
  doc.markWritten('mentions');
  doc.markWritten('actors');
}

/** People of the knowledge base by the key of their last name. */
export function surnameIndex(kb: KnowledgeBase): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const p of kb.people) {
    const last = nameKey(p.name).split(' ').pop();
    if (!last) continue;
    const list = out.get(last) ?? [];
    list.push(p.id);
    out.set(last, list);
  }
  return out;
}

/**
 * The development analyzer over records that carry their own parse; records without one yield
 * nothing. Actors come from `actorComponents` (the engine's date and actor components, which read
 * only tokens and sentences) when given, else from knowledge-base name matching.
 */
export function goldParseAnalyzer(
  kb: KnowledgeBase,
  resources: EventResources,
  options: EventCoderOptions = {},
  actorComponents: readonly Component[] = [],
): EventAnalyzer {
  const vocab = new Vocab();
  const surnames = surnameIndex(kb);
  return (input) => {
    if (!input.conllu) return { events: [] };
    const doc = docFromConllu(input.conllu, input.date, vocab);
    if (actorComponents.length) {
      for (const c of actorComponents) {
        c.run(doc);
        for (const l of c.writes) doc.markWritten(l);
      }
    } else tagKbActors(doc, kb, input.date, surnames);
    return { events: codeEvents(doc, resources, options), actors: doc.actors };
  };
}
