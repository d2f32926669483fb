/**
 * The tokens filling a matched trigger's slots (subject, object, possessor, "with"-phrase…): a
 * verb's own roles, a noun's through its light verb, and the phrases hung on the trigger's
 * required object, prepositional dependent or modifying participle. Which actors those tokens
 * stand for is the participant finder's business.
 */
import { ClauseRoles } from './clause-roles.js';
import type { SyntaxView } from './syntax-view.js';
import { trailingPhrases } from './trailing-phrases.js';
import type { Match } from './trigger-match.js';

/** Participles whose agent stands between the parties of the act they modify ("a truce brokered by Egypt"). */
const GO_BETWEEN: ReadonlySet<string> = new Set(['mediate', 'broker', 'facilitate', 'arbitrate', 'host', 'sponsor', 'arrange', 'oversee', 'guarantee']);

/** Reads the tokens of a trigger's slots on one sentence's clause roles. */
export class TriggerSlots extends ClauseRoles {
  /** Tokens filling `slot` of a matched trigger. */
  slotTokens(m: Match, slot: string): number[] {
    const v = this.v;
    const h = m.head;
    const isVerb = m.trigger.pos === 'verb';
    switch (slot) {
      case 'subj':
        if (isVerb) return m.passive ? this.agents(h) : this.subjects(h);
        if (m.trigger.pos === 'adj') {
          const judged = this.evaluated(h);
          // "Syria says it is willing to withdraw" with "it" read as an expletive: a frame adjective
          // ("willing", "ready", "prepared") has no extraposed subject, so "it" is its subject.
          // (Not "it is likely that …", a hedge, which does take one.)
          const willing = m.trigger.frame === 'intent' || m.trigger.frame === 'reject';
          return judged.length || !willing ? judged : v.childrenWith(h, ['expl']);
        }
        // A noun's subject: its light verb's, or its own as a predicate ("the statements are lies").
        if (m.support >= 0 && this.v.isPassive(m.support)) {
          // "Russian troops were placed on high alert": forces put in a posture (15x) with nobody
          // named as doing it are their own state's. (Not one "involved in" an exercise: who involved
          // them is unsaid.)
          const agents = this.agents(m.support);
          return agents.length || !(m.trigger.code ?? '').startsWith('15') || joining(v, h) ? agents : this.patients(m.support).filter((t) => t !== h);
        }
        if (m.support >= 0) return this.subjects(m.support);
        return this.v.childrenWith(h, ['nsubj']);
      case 'obj':
        // A noun's "object" is the other object of its light verb: "provided Ghana with aid".
        // "Iran was hit with new sanctions": a passive light verb's subject is that object.
        if (!isVerb && m.support >= 0 && v.isPassive(m.support) && !joining(v, h)) return [...this.patients(m.support), ...v.childrenWith(m.support, ['obj', 'iobj'])].filter((t) => t !== h);
        if (!isVerb) return m.support >= 0 ? v.childrenWith(m.support, ['obj', 'iobj']).filter((t) => t !== h) : [];
        if (m.passive) return this.patients(h).filter((t) => t !== m.obj);
        return this.objects(h).filter((t) => t !== m.obj);
      case 'iobj':
        if (!isVerb) return m.support >= 0 ? v.childrenWith(m.support, ['iobj']).filter((t) => t !== h) : [];
        if (m.passive && m.obj >= 0) return this.patients(h).filter((t) => t !== m.obj);
        return v.childrenWith(h, ['iobj']);
      case 'poss':
        return this.holders(m).flatMap((t) => v.childrenWith(t, ['nmod:poss', 'det:poss']));
      case 'by':
        // A noun's "by": on it, or on a participle modifying it ("the executions carried out by Iran").
        // Its own first: in "the visit by Biden to Turkey, … attended by the Russian envoy" the
        // attender is no visitor.
        if (isVerb) return this.agents(h);
        return this.holders(m).flatMap((t) => {
          const own = this.prepDeps(t, 'by');
          // (Not a go-between's: "an exchange mediated by Qatar" is no exchange of Qatar's.)
          return own.length ? own : v.childrenWith(t, ['acl']).filter((a) => v.upos[a] === 'VERB' && !v.lower[a].endsWith('ing') && !GO_BETWEEN.has(v.lemma[a])).flatMap((a) => v.childrenWith(a, ['obl:agent']));
        });
      case 'mod':
        return this.holders(m).flatMap((t) => v.childrenWith(t, ['compound', 'amod', 'nmod:poss']));
      case 'compass': {
        // "sent warships to waters east of Taiwan", "drills north of Crete": the place a compass word
        // measures from, on the trigger (its object, light verb) or on a phrase hung on it.
        const out: number[] = [];
        const hosts = [h, m.obj, m.support].filter((t) => t >= 0);
        for (const t of [...hosts, ...hosts.flatMap((t) => v.childrenWith(t, ['obl', 'nmod']))]) {
          for (const c of v.children(t)) if (COMPASS.test(v.lower[c])) out.push(...this.prepDeps(c, 'of'));
        }
        return [...new Set(out)];
      }
      case 'theme':
        // The required object itself, when it is the participant ("expelled the ambassador", "arrested journalists").
        return m.obj >= 0 ? [m.obj] : [];
      default: {
        // The phrase may hang on the trigger, its required object, its prepositional dependent, its
        // light verb, or a verb trigger's object ("endorsed an agreement with the EU").
        const out: number[] = [];
        // A noun's phrase may also hang on a participle modifying it ("exercises starting today with China").
        // A required object's conjuncts too ("moved heavy artillery and troops towards the border",
        // with "towards …" hung on the first conjunct).
        const hosts = [h, ...(m.obj >= 0 ? v.conjuncts(v.firstConjunct(m.obj)) : []), m.prep, m.support, ...(isVerb && m.obj < 0 ? v.childrenWith(h, ['obj']) : []), ...(!isVerb ? v.childrenWith(h, ['acl']) : [])];
        // (Not a clause with a subject of its own: in "a call for Russia to withdraw from Ukraine" the
        // "from" is the withdrawing's, not the call's.)
        const ownClause = (t: number): boolean => t === m.prep && t !== h && v.upos[t] === 'VERB' && v.childrenWith(t, ['nsubj', 'nsubj:pass']).length > 0;
        for (const t of hosts) if (t >= 0 && !ownClause(t)) out.push(...this.prepDeps(t, slot));
        // "an extension of the mandate for the force" with "for the force" hung on "extension".
        if (!out.length && !isVerb) out.push(...trailingPhrases(v, h, [slot]));
        // "held talks on a free trade agreement with India", with "with India" hung on the pact the
        // talks are about: the other party of a pact under talks is the talks' other party.
        if (!out.length && !isVerb && slot === 'with') {
          for (const t of [h, m.support]) {
            if (t < 0) continue;
            for (const c of v.childrenWith(t, ['nmod', 'obl'])) if (TOPIC_CASES.has(v.caseOf(c) ?? '') && PACTS.has(v.lemma[c])) out.push(...this.prepDeps(c, 'with'));
          }
        }
        // "Turkey's deployment of troops to Libya", "the visit by the Indian prime minister to Egypt":
        // the phrase hung on the noun's own of/by complement.
        if (!out.length && slot !== 'of' && slot !== 'by') {
          for (const t of [isVerb ? -1 : h, m.obj]) {
            if (t < 0) continue;
            for (const c of v.childrenWith(t, ['nmod'])) {
              if (v.caseOf(c) !== 'of' && v.caseOf(c) !== 'by') continue;
              out.push(...this.prepDeps(c, slot));
              // And on the complement's own "of" phrase: "the delivery of 1,000 tons of grain to
              // Afghanistan", with "to …" hung on "grain".
              for (const d of v.childrenWith(c, ['nmod'])) if (v.caseOf(d) === 'of') out.push(...v.conjuncts(d).flatMap((x) => this.prepDeps(x, slot)));
            }
          }
        }
        return [...new Set(out)];
      }
    }
  }

  /** The noun(s) a slot like `poss` or `mod` hangs on: the trigger noun, or the object of a light-verb entry. */
  private holders(m: Match): number[] {
    if (m.trigger.pos === 'noun') return [m.head];
    return m.obj >= 0 ? [m.obj] : [];
  }
}

/** Compass words that place something from a named place ("east of Taiwan", "south-west of Crete"). */
const COMPASS = /^(north|south|east|west|north-?east|north-?west|south-?east|south-?west)(ern)?$/;
/** Prepositions of what talks are about ("talks on/over/about a deal"). */
const TOPIC_CASES: ReadonlySet<string> = new Set(['on', 'over', 'about', 'regarding', 'for']);
/** Pacts whose "with" phrase names the party they are made with. */
const PACTS: ReadonlySet<string> = new Set(['agreement', 'deal', 'accord', 'pact', 'treaty', 'partnership', 'arrangement', 'ceasefire', 'truce']);

/** A noun act one is "involved/engaged in": the passive subject of its light verb takes part in it. */
function joining(v: SyntaxView, noun: number): boolean {
  return v.caseOf(noun) === 'in';
}
