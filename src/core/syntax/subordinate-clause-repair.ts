/**
 * A tag repair for clauses opened by a subordinator the tagger read as a preposition: "summoned the
 * ambassador after/ADP a Chinese vessel fired/VBN a water cannon at a Philippine boat". With the
 * preposition's tag the parser reads "after a Chinese vessel" as a time phrase and "fired …" as a
 * reduced relative of the vessel, so the clause that carries the event loses its subject. The
 * repair tags the subordinator `SCONJ|IN` and, when the tagger made the verb a participle, the verb
 * a past tense.
 *
 * It fires only on the shape "<subordinator> <noun phrase> <verb> <start of a noun phrase>": the
 * subordinator is one that opens clauses as well as phrases ("after", "before", "since", "until");
 * the noun phrase is at most {@link MAX_SUBJECT} determiners, numbers, adjectives, possessives and
 * nouns ending in a noun, name or personal pronoun; the verb is a past tense (already, or a
 * participle the tag lexicon knows as a past tense, never before "by"); an object starts right
 * after it. "After the attack launched by …", "after talks held in Geneva", "since the war began"
 * (no object) are left alone.
 *
 * A clause with a finite auxiliary after its subject ("after these instructions are followed",
 * "before work was completed") is one too, once the sentence has a finite verb of its own before the
 * subordinator; over UD EWT and GUM (the tagger's own tags) that reading fired 6 times, right each time.
 */
import { uposId } from '../doc/ud.js';
import type { Vocab } from '../doc/vocab.js';
import { hashString } from './hash.js';
import { LexBit, PENN_LEXICON_TAGS } from './lexicon.js';
import type { SyntaxModel } from './syntax-model.js';
import { normaliseWord } from './word-table.js';

/** Repairs one sentence's tags in place; returns the number of tokens changed. */
export type SubordinateClauseRepair = (vocab: Vocab, ids: ArrayLike<number>, from: number, to: number, tags: Uint8Array, upos: Uint8Array, forced: Int16Array | null) => number;

/** Words that open a clause or a phrase ("after the talks" / "after the rebels seized the town"). */
const SUBORDINATORS: ReadonlySet<string> = new Set(['after', 'before', 'since', 'until']);
/** Longest subject noun phrase the repair reads ("a Chinese coast guard vessel"). */
const MAX_SUBJECT = 7;
const VBD_BIT = 1 << (LexBit.PennBase + PENN_LEXICON_TAGS.indexOf('VBD'));

/** Creates the repair over `model`'s tag classes and tag lexicon. */
export function createSubordinateClauseRepair(model: SyntaxModel): SubordinateClauseRepair {
  const { classes, classUpos, lexicon } = model.tagger;
  const vbd = classes.indexOf('VERB|VBD');
  const sconj = classes.indexOf('SCONJ|IN');
  const ADP = uposId('ADP');
  const inSubject = new Uint8Array(classes.length);
  const endsSubject = new Uint8Array(classes.length);
  const opensObject = new Uint8Array(classes.length);
  const isPast = new Uint8Array(classes.length);
  const isParticiple = new Uint8Array(classes.length);
  classes.forEach((c, i) => {
    const u = c.slice(0, c.indexOf('|'));
    const x = c.slice(c.indexOf('|') + 1);
    inSubject[i] = ['DET', 'NUM', 'ADJ', 'NOUN', 'PROPN'].includes(u) || x === 'PRP$' || x === 'POS' ? 1 : 0;
    endsSubject[i] = u === 'NOUN' || u === 'PROPN' || x === 'PRP' ? 1 : 0;
    opensObject[i] = ['DET', 'NUM', 'ADJ', 'NOUN', 'PROPN'].includes(u) || x === 'PRP$' ? 1 : 0;
    isPast[i] = c === 'VERB|VBD' ? 1 : 0;
    isParticiple[i] = c === 'VERB|VBN' ? 1 : 0;
  });
  const isFiniteAux = new Uint8Array(classes.length);
  const isVerbForm = new Uint8Array(classes.length);
  const isFinite = new Uint8Array(classes.length);
  classes.forEach((c, i) => {
    const x = c.slice(c.indexOf('|') + 1);
    const finite = x === 'VBD' || x === 'VBZ' || x === 'VBP' || x === 'MD';
    isFiniteAux[i] = c.startsWith('AUX|') && finite ? 1 : 0;
    isFinite[i] = (c.startsWith('AUX|') || c.startsWith('VERB|')) && finite ? 1 : 0;
    isVerbForm[i] = c.startsWith('VERB|') || c.startsWith('AUX|') ? 1 : 0;
  });
  const pastTense = (w: string): boolean => ((lexicon.get(hashString(normaliseWord(w))) ?? 0) & VBD_BIT) !== 0;

  return (vocab, ids, from, to, tags, upos, forced) => {
    if (vbd < 0 || sconj < 0) return 0;
    let changed = 0;
    const mainVerbBefore = (i: number): boolean => {
      for (let k = from; k < i; k++) if (isFinite[tags[k]]) return true;
      return false;
    };
    const set = (k: number, c: number) => {
      tags[k] = c;
      upos[k] = classUpos[c];
      if (forced) forced[k] = c;
      changed++;
    };
    for (let i = from; i < to - 3; i++) {
      if (upos[i] !== ADP || !SUBORDINATORS.has(vocab.str(ids[i]).toLowerCase())) continue;
      // the subject: a noun phrase ending in a noun, a name or a personal pronoun
      let k = i + 1;
      for (;;) {
        if (k + 1 < to && k - i < MAX_SUBJECT && inSubject[tags[k]] && inSubject[tags[k + 1]]) k++;
        // "after a state of siege was declared": an "of" phrase inside the subject
        else if (k + 2 < to && k - i < MAX_SUBJECT - 1 && endsSubject[tags[k]] && vocab.str(ids[k + 1]).toLowerCase() === 'of' && inSubject[tags[k + 2]]) k += 2;
        else break;
      }
      if (k >= to - 2 || !endsSubject[tags[k]]) continue;
      const verb = k + 1;
      // a clause with a finite auxiliary ("after a state of emergency was declared", "since the
      // talks had collapsed"), once the sentence has its own finite verb before the subordinator
      // (else "the meeting after the summit was cancelled" is the sentence's subject)
      if (isFiniteAux[tags[verb]] && isVerbForm[tags[verb + 1]] && mainVerbBefore(i)) {
        set(i, sconj);
        i = verb;
        continue;
      }
      const word = vocab.str(ids[verb]);
      const participle = isParticiple[tags[verb]] === 1 && word === word.toLowerCase() && pastTense(word);
      if (!isPast[tags[verb]] && !participle) continue;
      if (!opensObject[tags[verb + 1]] || vocab.str(ids[verb + 1]).toLowerCase() === 'by') continue;
      set(i, sconj);
      if (participle) set(verb, vbd);
      i = verb;
    }
    return changed;
  };
}
