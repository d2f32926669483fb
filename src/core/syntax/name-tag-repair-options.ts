/**
 * The options of the tag repair between the tagger and the parser (`name-tag-repair.ts`): which of
 * its optional repairs run. Each names the file of its repair.
 */

/** What the tag repair (`createNameTagRepair` in name-tag-repair.ts) repairs. */
export interface NameTagRepairOptions {
  /** Proper names as written ("South Korea", "Kabul", "NATO"); a leading "the" is ignored. */
  readonly names: readonly string[];
  /** Also retag a verb after a modal or infinitival "to" (default false). */
  readonly verbsAfterModal?: boolean;
  /**
   * Also give a full sentence the tagger left without a finite verb its past-tense verb
   * ("Israeli aircraft struck/VBN targets in Gaza." → VBD) (default false).
   */
  readonly finiteVerb?: boolean;
  /**
   * With `finiteVerb`: also the stretch before a trailing reporting clause ("Bulldozers
   * demolished/JJ homes, officials said.") (default false; `finite-verb-repair.ts`).
   */
  readonly reportedClauses?: boolean;
  /** With `reportedClauses`: there a participle too, not only an "-ed" adjective (default false). */
  readonly reportedParticiples?: boolean;
  /** With `finiteVerb`: also an "-ed" adjective followed by its object ("demolished/JJ homes") (default false). */
  readonly adjectivalPast?: boolean;
  /** With `finiteVerb`: also a noun the lexicon knows as a past tense, with an object ("set/NN fire") (default false). */
  readonly nounPast?: boolean;
  /**
   * With `finiteVerb`: also the main clause before a clause of cause or contrast ("… reduced/JJ
   * rations because grain was stolen.") when only that clause has a finite verb (default false).
   */
  readonly adverbialClauses?: boolean;
  /**
   * Also tag "neighbouring"/"neighboring" before a proper name as the adjective it is there
   * ("accused neighbouring Rwanda of …", "troops into neighbouring Somalia"; `adjacency-adjective-repair.ts`) (default false).
   */
  readonly adjacencyAdjectives?: boolean;
  /**
   * Also tag a clause-opening "after/before/since/until" `SCONJ|IN`, and its verb a past tense
   * ("after a Chinese vessel fired/VBN a water cannon at …"; `subordinate-clause-repair.ts`) (default false).
   */
  readonly subordinateClauses?: boolean;
  /**
   * Also tag the bare verb of a "that" clause after a word of demanding a verb ("demanded that the
   * government end/NN curbs"; `mandative-clause-repair.ts`) (default false).
   */
  readonly mandativeClauses?: boolean;
  /** Also tag a word read as an auxiliary that is no auxiliary a verb ("reject/AUX"; `auxiliary-tag-repair.ts`) (default false). */
  readonly auxiliaryVerbs?: boolean;
  /** Also tag a label participle after a verb an adjective ("extradited suspected/VBN militants"; `attributive-participle-repair.ts`) (default false). */
  readonly labelParticiples?: boolean;
  /** Also tag an "-ing" noun dated by a weekday a noun ("opened a hearing/VBG Wednesday into"; `dated-gerund-repair.ts`) (default false). */
  readonly datedGerunds?: boolean;
  /** Also tag a bare verb after a verb of starting or stopping a noun ("stopped work/VB"; `aspectual-object-repair.ts`) (default false). */
  readonly aspectualObjects?: boolean;
  /** Also tag an attack's "-ing" noun after its weapon a noun ("killed in tank shelling/VBG in the east"; `attack-gerund-repair.ts`) (default false). */
  readonly attackGerunds?: boolean;
  /** Also tag "outside"/"inside" before a bare place a preposition ("a sit-in outside/JJ parliament"; `locative-preposition-repair.ts`) (default false). */
  readonly locativePrepositions?: boolean;
  /** Also tag a present-tense verb coordinated with an earlier one a verb ("condemns … and calls/NNS on Israel to …"; `coordinated-verb-repair.ts`) (default false). */
  readonly coordinatedVerbs?: boolean;
  /** Also tag a plural noun read as a verb after a name under "called" a noun ("called the U.S. sanctions/VBZ illegal"; `naming-object-repair.ts`) (default false). */
  readonly namingObjects?: boolean;
}
