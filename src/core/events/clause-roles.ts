/**
 * Grammatical roles on the parse: the subjects of a verb (through coordination, control and
 * purpose clauses), the agent and patient of a passive (with a by-phrase the parser hung too low),
 * what an evaluative adjective is about, and prepositional dependents.
 */
import { isTimeNoun } from '../dates/date-words.js';
import type { EventGrammar } from './lexicon-types.js';
import type { SyntaxView } from './syntax-view.js';
import { ACCUSED_OF, accusationOfMeans } from './alleged-means.js';
import { controlledGerund, hindranceOf } from './hindered-acts.js';

const SUBJ = ['nsubj', 'csubj'];
const NOMINAL_DEPS = ['obl', 'nmod', 'obj', 'iobj', 'advcl', 'xcomp', 'ccomp', 'acl'];

/** Verbs of taking part in, or turning to, an act, with their preposition ("engaged in", "resorted to"). */
const ENGAGING = new Map([['engage', 'in'], ['involve', 'in'], ['participate', 'in'], ['resort', 'to']]);


/** Verbs of calling someone in, whose object hears what the purpose clause says. */
const SUMMONING = new Set(['summon', 'summons']);

export class ClauseRoles {
  constructor(
    protected readonly v: SyntaxView,
    protected readonly g: EventGrammar,
    /** True for a noun the lexicon reads as a frame ("bid", "calls", "offer"); none by default. */
    protected readonly frameNoun: (tok: number) => boolean = () => false,
  ) {}

  /**
   * "…, which Beijing said was provocative" parsed with the predicate cut off from its reporting
   * verb: a subjectless copular predicate right after a reporting verb that has two subjects (the
   * relative pronoun and the speaker). Returns that verb, or -1.
   */
  orphanReport(h: number): number {
    const v = this.v;
    if (!v.childrenWith(h, ['cop']).length) return -1;
    for (let k = h - 1, steps = 0; k >= 0 && steps < 5; k--, steps++) {
      if (v.upos[k] === 'AUX' || v.upos[k] === 'PUNCT' || v.upos[k] === 'ADV') continue;
      if (v.upos[k] === 'VERB' && this.g.speechVerbs.has(v.lemma[k]) && v.childrenWith(k, ['nsubj']).length >= 2) return k;
      return -1;
    }
    return -1;
  }

  /**
   * "summoned the ambassador to protest the arrests": a complaint as the purpose of summoning is
   * the summoner's (the envoy is called in to hear it), unlike "summoned him to explain".
   */
  private summonerPurpose(p: number, h: number): boolean {
    return SUMMONING.has(this.v.lemma[p]) && this.g.summonerPurposes.has(this.v.lemma[h]);
  }

  /** Dependents of `t` introduced by preposition `prep`. */
  prepDeps(t: number, prep: string): number[] {
    const out: number[] = [];
    for (const c of this.v.children(t)) {
      if (!this.v.relIs(c, NOMINAL_DEPS)) continue;
      if (this.v.caseOf(c) === prep) out.push(c);
      // "launched a mediation effort on Saturday between the Emirates and Saudi Arabia": a phrase the
      // parser hung on a date of `t` belongs to `t`.
      else if (this.v.isTemporal(c) && !this.v.isTemporal(t)) {
        for (const d of this.v.children(c)) if (this.v.relIs(d, NOMINAL_DEPS) && !this.v.isTemporal(d) && this.v.caseOf(d) === prep) out.push(d);
      }
    }
    return out;
  }

  /** Subjects of verb `h`, inherited through coordination and control when it has none of its own. */
  subjects(h: number, depth = 0): number[] {
    const v = this.v;
    let own = v.childrenWith(h, SUBJ).filter((t) => !v.relIs(t, ['nsubj:pass', 'csubj:pass']));
    // "which Beijing said was …": a relative pronoun the parser hung on the verb beside its real subject.
    if (own.length > 1) {
      const real = own.filter((t) => !this.g.relativePronouns.has(v.lemma[t]));
      if (real.length) own = real;
    }
    if (own.length) return own;
    if (depth > 6) return [];
    const p = v.head[h];
    if (p < 0) return this.strandedSubject(h);
    // "barred the Pentagon from selling arms", "was prohibited from attacking": the one kept from it.
    // So is the one accused of it ("accused Turkey of violating", "charged him with spying").
    const controlled = hindranceOf(v, this.g, h) ?? controlledGerund(v, h, (lemma) => ACCUSED_OF.get(lemma));
    if (controlled) return [...controlled.hindered];
    if (v.rel[h] === 'conj') {
      // A conjunct the parser hung on a non-verb: the subject of the nearest verb above.
      let q = p;
      while (q >= 0 && v.upos[q] !== 'VERB' && v.upos[q] !== 'AUX' && v.upos[q] !== 'ADJ') q = v.head[q];
      if (q < 0) return [];
      // "has been indicted and will resign", "was elected and formed a government": an active verb
      // coordinated with a passive one shares its surface subject, the passive's patient. Without an
      // auxiliary or an object of its own the conjunct may be a passive whose auxiliary is left out
      // ("have been galvanized and mobilized"), whose patient is no doer.
      if (v.isPassive(q)) return !v.isPassive(h) && v.childrenWith(h, ['aux', 'obj']).length ? this.patients(q) : [];
      return this.subjects(q, depth + 1);
    }
    // "supported Ukraine's bid to join the EU", "backed Kyiv's request to receive arms", with the
    // infinitive hung on the verb: an infinitive right after a frame noun with a possessor is the
    // possessor's act (the bid's, not the supporter's).
    if (v.relIs(h, ['xcomp', 'advcl']) && !this.g.objectControl.has(v.lemma[p]) && v.childrenWith(h, ['mark']).some((m) => v.lemma[m] === 'to' && m < h)) {
      const start = v.subtreeRange(h)[0];
      for (const o of v.childrenWith(p, ['obj'])) {
        const poss = v.childrenWith(o, ['nmod:poss']);
        if (poss.length && this.frameNoun(o) && v.subtreeRange(o)[1] + 1 === start) return poss;
      }
    }
    if (v.relIs(h, ['xcomp'])) {
      // "called on Santos to meet": the one called on is the controller, like an object.
      const objs = [...v.childrenWith(p, ['obj', 'iobj']), ...this.prepDeps(p, 'on'), ...this.prepDeps(p, 'upon')];
      if (objs.length && this.g.objectControl.has(v.lemma[p]) && !this.summonerPurpose(p, h)) return objs;
      if (v.upos[p] === 'ADJ' || v.upos[p] === 'NOUN') return this.predicateSubjects(p, depth + 1);
      return v.isPassive(p) ? this.patients(p) : this.subjects(p, depth + 1);
    }
    // "Serb forces were engaged in ethnic cleansing", "troops involved in shelling the town", "youths
    // resorted to throwing stones": an act one is engaged in or resorts to is done by whoever does so.
    const engaging = ENGAGING.get(v.lemma[p]);
    if (engaging && v.relIs(h, ['obl', 'advcl']) && (v.caseOf(h) === engaging || v.childrenWith(h, ['mark']).some((m) => v.lemma[m] === engaging))) {
      return v.isPassive(p) ? this.patients(p) : this.subjects(p, depth + 1);
    }
    // "accused Russia of interfering, including by hacking …": the accused does what the means clause says.
    const accusation = accusationOfMeans(v, h);
    if (accusation >= 0) return v.childrenWith(accusation, ['obj']);
    const because = v.reasonHead(h);
    if (because >= 0) {
      // "jailed a student for helping militants", "was arrested for spying", "thanked Poland for
      // supporting the bid": the reason is what the one acted on did. What one receives for an act
      // ("won praise for taking in refugees") is no doer.
      if (v.isPassive(because)) return this.patients(because);
      const objs = this.g.receivingVerbs.has(v.lemma[because]) ? [] : v.childrenWith(because, ['obj', 'iobj']);
      return objs.length ? objs : this.subjects(because, depth + 1);
    }
    if (v.relIs(h, ['advcl'])) {
      // "called on Santos to meet": a purpose infinitive of an object-control verb, read as its xcomp.
      const toInf = v.childrenWith(h, ['mark']).some((m) => v.lemma[m] === 'to');
      if (toInf && this.g.objectControl.has(v.lemma[p]) && !this.summonerPurpose(p, h)) {
        const ctl = [...v.childrenWith(p, ['obj', 'iobj']), ...this.prepDeps(p, 'on'), ...this.prepDeps(p, 'upon')];
        if (ctl.length) return ctl;
      }
      return v.isPassive(p) ? [] : this.subjects(p, depth + 1);
    }
    if (v.rel[h] === 'acl' && (v.lower[h].endsWith('ing') || v.misreadPredicate(h))) {
      // "marched on Monday evening waving flags": a participle hung on a time describes the clause
      // the time is an adverbial of; a time does nothing itself.
      if (isTimeNoun(v.doc.tokenText(p))) {
        const g = v.head[p];
        return g >= 0 && v.rel[p].startsWith('obl') && !v.isPassive(g) ? this.subjects(g, depth + 1) : [];
      }
      const issuer = this.g.documentNouns.has(v.lemma[p]) ? this.issuers(p, depth) : [];
      return issuer.length ? issuer : [p];
    }
    if (v.rel[h] === 'acl' && v.upos[p] === 'NOUN' && v.childrenWith(h, ['mark']).some((m) => v.lemma[m] === 'to')) return this.nounComplementSubjects(p, depth);
    return [];
  }

  /**
   * Who issued a document a participle hangs on ("issued a statement demanding …", "Iran's letter
   * urging …", "in a statement condemning the raid, Iran said …"): a document does not act, its
   * issuer does. The possessor, a "from"/"by" phrase, a name before it ("a Security Council
   * resolution calling for …"), the agent of a participle ("a statement released by Iran"), else the
   * subject of the verb it is the object or oblique of, unless that verb receives ("received a letter
   * urging …") or answers the document ("vetoed a resolution calling for …").
   */
  private issuers(p: number, depth: number): number[] {
    const v = this.v;
    const own = [...v.childrenWith(p, ['nmod:poss']), ...this.prepDeps(p, 'from'), ...this.prepDeps(p, 'by')];
    if (own.length) return own;
    // "a UN Security Council resolution calling for …": a name before the document is its issuer.
    const named = v.childrenWith(p, ['compound']).filter((c) => v.upos[c] === 'PROPN' && !v.isTemporal(c));
    if (named.length) return named.slice(-1);
    for (const a of v.childrenWith(p, ['acl'])) {
      const agents = v.isPassive(a) || !v.lower[a].endsWith('ing') ? this.agents(a) : [];
      if (agents.length) return agents;
    }
    const q = v.head[p];
    if (q < 0 || v.upos[q] !== 'VERB' || !v.relIs(p, ['obj', 'obl']) || this.g.receivingVerbs.has(v.lemma[q]) || this.g.documentAnswerVerbs.has(v.lemma[q])) return [];
    return v.isPassive(q) ? this.agents(q) : this.subjects(q, depth + 1);
  }

  /**
   * The one who acts in a to-infinitive on a noun ("opened fire to disperse the crowd", "took steps
   * to curb", "Russia's decision to invade"): the noun's possessor or by-phrase ("the decision by
   * Beijing to drop"), else — for the object of a verb —
   * its indirect object ("gave Israel permission to strike") or its subject. A noun that names its
   * owner otherwise ("a US proposal to cut") is left alone.
   */
  private nounComplementSubjects(p: number, depth: number): number[] {
    const v = this.v;
    const poss = v.childrenWith(p, ['nmod:poss']);
    if (poss.length) return poss;
    // "the decision by Beijing to drop its tariffs", "a move by Moscow to cut supplies".
    const by = this.prepDeps(p, 'by');
    if (by.length) return by;
    if (v.childrenWith(p, ['compound', 'amod']).some((c) => /^\p{Lu}/u.test(v.doc.tokenText(c)))) return [];
    const q = v.head[p];
    if (q < 0 || v.upos[q] !== 'VERB' || !v.relIs(p, ['obj']) || v.isPassive(q)) return [];
    const iobj = v.childrenWith(q, ['iobj']);
    return iobj.length ? iobj : this.subjects(q, depth + 1);
  }

  /**
   * A main verb with no subject usually means the parser hung the subject elsewhere ("Xi Jinping and
   * Putin met" under a preceding phrase): the named phrase right before the verb.
   */
  protected strandedSubject(h: number): number[] {
    const v = this.v;
    let k = h - 1;
    while (k >= 0 && (v.upos[k] === 'AUX' || v.upos[k] === 'ADV' || v.upos[k] === 'PART')) k--;
    if (k < 0 || !(v.upos[k] === 'PROPN' || v.upos[k] === 'NOUN' || v.upos[k] === 'PRON')) return [];
    // Climb to the phrase's head within the sentence-initial name, then to its first conjunct.
    let top = k;
    while (top >= 0 && v.relIs(top, ['flat', 'compound', 'appos', 'nmod:desc']) && v.head[top] > top - 8 && v.head[top] < h) top = v.head[top];
    return [v.firstConjunct(top)];
  }

  /** Subjects of a non-verbal predicate ("is ready to help" → its subject). */
  private predicateSubjects(p: number, depth: number): number[] {
    const own = this.v.childrenWith(p, ['nsubj']);
    return own.length ? own : this.subjects(p, depth);
  }

  /** The agent of a passive: "by" phrase or obl:agent; for a participle modifying a noun, its by-phrase. */
  agents(h: number): number[] {
    const out = this.v.childrenWith(h, ['obl:agent']);
    if (out.length) return out;
    const byObl = this.prepDeps(h, 'by');
    if (byObl.length) return byObl;
    if (this.v.rel[h] === 'conj' && this.v.head[h] >= 0) return this.agents(this.v.head[h]);
    return this.v.isPassive(h) ? this.strayAgents(h) : [];
  }

  /**
   * A by-phrase the parser hung lower in a passive's clause ("was given a week to leave by the
   * leaders", "has been called for his release by ECOWAS"): the nearest, not inside another clause.
   */
  private strayAgents(h: number): number[] {
    const v = this.v;
    const queue: [number, number][] = [[h, 0]];
    while (queue.length) {
      const [k, depth] = queue.shift() as [number, number];
      for (const c of v.children(k)) {
        if (v.relIs(c, ['acl:relcl', 'ccomp', 'parataxis', 'csubj', 'nsubj', 'nsubj:pass'])) continue;
        if (c !== h && v.isPassive(c)) continue;
        if (v.isNominalLike(c) && v.childrenWith(c, ['case']).some((x) => v.lemma[x] === 'by')) return [c];
        if (depth < 3) queue.push([c, depth + 1]);
      }
    }
    return [];
  }

  /**
   * Objects of active verb `h`; in a relative clause with no object of its own and no relative
   * pronoun ("a move Beijing condemned"), the noun the clause modifies. A lone indirect object
   * before a to-infinitive is the one the verb controls, read by parsers as an iobj ("allowed
   * Alassane Ouattara to run"): an indirect object needs a direct one beside it.
   */
  objects(h: number): number[] {
    const v = this.v;
    const own = v.childrenWith(h, ['obj']);
    if (!own.length) {
      const controlled = v.childrenWith(h, ['iobj']).filter((o) => v.childrenWith(h, ['xcomp']).some((x) => x > o && v.upos[x] === 'VERB' && v.childrenWith(x, ['mark']).some((m) => v.lemma[m] === 'to')));
      if (controlled.length) return controlled;
    }
    if (own.length || !v.relIs(h, ['acl:relcl']) || v.head[h] < 0) return own;
    if (!v.childrenWith(h, ['nsubj']).length || v.childrenWith(h, ['ccomp', 'xcomp']).length) return own;
    const [lo] = v.subtreeRange(h);
    for (let k = lo; k < h; k++) if (this.g.relativePronouns.has(v.lemma[k]) && v.dominates(h, k)) return own;
    return [v.head[h]];
  }

  /** The patient of a passive: its subject, or the noun a participle modifies ("the deal signed …"). */
  patients(h: number): number[] {
    const v = this.v;
    const own = v.childrenWith(h, ['nsubj:pass']);
    if (own.length) return own;
    if (v.rel[h] === 'acl' && v.head[h] >= 0) return [v.head[h]];
    if (v.rel[h] === 'conj' && v.head[h] >= 0) return this.patients(v.head[h]);
    // "When asked by reporters, the minister said …": the one asked is the main clause's subject.
    if (v.rel[h] === 'advcl' && v.head[h] >= 0 && !v.childrenWith(h, ['nsubj', 'nsubj:pass']).length) return this.subjects(v.head[h]);
    return [];
  }

  /** What an evaluative adjective is about: its subject ("X was provocative") or, as a complement, the verb's object. */
  evaluated(h: number): number[] {
    const v = this.v;
    const own = v.childrenWith(h, ['nsubj', 'nsubj:pass']);
    if (own.length) return own;
    const orphan = this.orphanReport(h);
    if (orphan >= 0) return v.childrenWith(orphan, ['nsubj']).slice(0, 1);
    const p = v.head[h];
    // "which Beijing said was provocative", parsed with both subjects on "said": the first is the judged one.
    if (p >= 0 && v.relIs(h, ['ccomp'])) {
      const subj = v.childrenWith(p, ['nsubj']);
      if (subj.length > 1) return [subj[0]];
    }
    if (p >= 0 && v.relIs(h, ['xcomp', 'obl']) && this.g.evaluativeVerbs.has(v.lemma[p])) return v.childrenWith(p, ['obj']);
    if (p >= 0 && v.rel[h] === 'amod') return [p];
    return [];
  }
}
