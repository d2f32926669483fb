/**
 * Frames: combining a frame word's draft with the draft of the act it governs ("pledged" +
 * "provide aid" → 033 intent; "urged" + "release" → 1053 demand; "refused" + "meet" → 125;
 * "threatened" + "impose sanctions" → 1312; "lifted" + "sanctions" → 085). The last conversions
 * on unframed acts are in `finalize.ts`.
 */
import { defiedPressers } from './defied-pressure.js';
import { isDefiniteActNoun } from './event-anaphora.js';
import { isAnsweredActNoun } from './answered-acts.js';
import type { CoderContext } from './coder-context.js';
import type { FrameKind } from './frame-codes.js';
import { type Draft } from './drafts.js';
import { sameActor } from './participants.js';
import { isCooperative } from './taxonomy.js';
import { warnsOfDoneAct } from './reported-warnings.js';
import { onCondition } from './finalize.js';

/** The draft of frame draft `f` around inner draft `inner`. */
export function compose(ctx: CoderContext, f: Draft, inner: Draft): Draft {
  const d = composeKind(ctx, f, inner);
  // "refused to resign", "vowed to step down", "announced he would resign": refusing, promising or
  // deciding an act done to nobody (its entry names no target slot) is addressed to nobody, so the
  // event needs only its doer.
  const t = inner.match.trigger;
  const selfAct = t.pos === 'verb' && t.target.length === 0 && inner.code !== null;
  const kind = f.match.trigger.frame;
  const pressers = selfAct && kind === 'reject' && d.framed && d.code !== null && !d.targets.length ? defiedPressers(ctx, f.match, inner.match, d.sources) : [];
  if (pressers.length) return { ...d, targets: pressers };
  if (selfAct && (kind === 'reject' || kind === 'intent' || kind === 'decide') && d.framed && d.code !== null && !d.targets.length) return { ...d, untargeted: true };
  return d;
}

function composeKind(ctx: CoderContext, f: Draft, inner: Draft): Draft {
  const kind = f.match.trigger.frame;
  const frames = ctx.frames;
  const act = inner.code;
  const coop = act !== null && isCooperative(act);
  const framedCode = (k: FrameKind): string | null => (act === null ? null : frames.framed(k, act));
  // A speech-act noun offered is performed ("offered his support"), not one made material ("military support": 0312).
  const performed = inner.match.trigger.performative && !(act !== null && ['06', '07'].includes(act.slice(0, 2)));
  // A frame whose own subject names no known actor does not take for its source the doer of an act
  // it lets or makes someone else do ("The UNITA militarist wing refused to allow UN planes to land":
  // the planes, an object, did not refuse). Other inner doers stand in ("the two presidents
  // announced that Brazil and Argentina will cooperate").
  const unknownSubject = !f.sources.length && f.match.trigger.pos === 'verb' && !f.match.passive && ctx.finder.slotTokens(f.match, 'subj').length > 0;
  const objectDoer = inner.match.trigger.pos === 'verb' && ctx.finder.slotTokens(inner.match, 'subj').some((k) => ctx.v.relIs(k, ['obj', 'iobj']));
  const sources = f.sources.length || (unknownSubject && objectDoer) ? f.sources : inner.sources;
  const base: Draft = {
    ...inner,
    sources: inner.explicitSource || !f.sources.length ? inner.sources : f.sources,
    explicitSource: inner.explicitSource || f.explicitSource,
    negated: inner.negated || f.negated,
    hypothetical: inner.hypothetical || f.hypothetical,
    future: inner.future || f.future,
    match: f.match,
    tokens: [...f.tokens, ...inner.tokens],
    confidence: Math.min(f.confidence, inner.confidence) * 0.95,
    extra: [...f.extra, ...inner.extra],
    demandedBy: f.demandedBy,
    // Frames that only colour the act ("resumed", "refrained from", "is expected to") code the act
    // itself, which keeps what its entry needs; other frames make an event of their own.
    innerNeeds: [...f.innerNeeds, ...(kind === 'pass' || kind === 'negate' || kind === 'hedge' ? [...inner.innerNeeds, ...(inner.match.trigger.needs ? [inner.match.trigger.needs] : [])] : [])],
  };
  const framed = (code: string | null, over: Partial<Draft> = {}): Draft => ({
    ...base,
    code,
    framed: true,
    sources,
    targets: f.targets.length ? f.targets : inner.targets,
    negated: f.negated,
    // The frame absorbs the act's mood: "threatened to attack if …" is a threat, not a hypothesis,
    // and a threat or a demand is made now even when the act would come later.
    hypothetical: f.hypothetical,
    future: f.future,
    ...over,
  });
  // "built drones to sell to Russia": a purpose frame that only a hostile act makes an event names
  // no event around a cooperative or uncoded one.
  if (f.match.trigger.hostileOnly && (act === null || coop)) return { ...base, code: null, framed: true };
  switch (kind) {
    case 'pass':
      return base;
    case 'negate':
      return { ...base, negated: !f.negated };
    case 'hedge': {
      const intent = coop ? framedCode('intent') : null;
      if (intent) return { ...base, code: intent, framed: true, future: true };
      return { ...base, future: true, hypothetical: base.hypothetical || !coop };
    }
    case 'decide': {
      // "announced that Kigali must agree to talks": an obligation the speaker lays on others is a
      // demand on them, as under a plain reporting verb (see finalize), not the speaker's own act.
      const obliged = inner.demandedBy.length && act !== null ? inner.sources.filter((p) => !inner.demandedBy.some((s) => sameActor(s, p))) : [];
      if (obliged.length) {
        const asked = inner.negated && !coop ? (frames.framed('cease', act ?? '') ?? act) : act;
        return framed((asked === null ? null : frames.framed('demand', asked)) ?? frames.fallback('demand'), { sources: inner.demandedBy, targets: obliged, negated: false });
      }
      // "announced it would not accept the ambassador": deciding against a cooperative act rejects it.
      if (inner.negated && coop) return framed(framedCode('reject') ?? frames.fallback('reject'), { negated: false });
      if (inner.negated) return { ...base, sources, future: f.future || inner.future };
      // "announced that it had released two prisoners", "said it sent aid": an act the frame reports
      // as done is that act, not an intent.
      if (reportedDone(ctx, f, inner)) return framed(act, { targets: inner.targets.length ? inner.targets : f.targets });
      const intent = coop && !performed ? framedCode('intent') : null;
      // "announced that it will withdraw its force unless the president holds elections": a
      // conflict act announced on a condition is an ultimatum, as without the frame (see finalize).
      const ultimatum = !coop && act !== null && (inner.future || f.future) && onCondition(ctx, inner.match.head) ? (framedCode('threaten') ?? frames.fallback('threaten')) : null;
      if (ultimatum) return framed(ultimatum, { targets: inner.targets.length ? inner.targets : f.targets, future: false });
      return framed(intent ?? act, { targets: inner.targets.length ? inner.targets : f.targets, future: f.future || inner.future });
    }
    case 'intent': {
      // "offered an endorsement" is an endorsement; "vowed not to attack" is not a threat;
      // "vowed not to sign" is a refusal.
      if (inner.negated && coop && !f.negated) return framed(framedCode('reject') ?? frames.fallback('reject'), { negated: false });
      // "Venezuela and Guyana agreed not to use force against each other": agreeing to refrain from
      // force is an agreement to de-escalate (0356), not a negated attack.
      const refrained = inner.negated && !f.negated && act !== null && /^(18|19|20)/.test(act) && ctx.v.lemma[f.match.head] === 'agree' ? frames.framed('cease', act) : null;
      const deescalate = refrained ? frames.framed('intent', refrained) : null;
      if (deescalate) return framed(deescalate, { negated: false, future: false });
      if (performed || inner.negated) return { ...base, sources, future: f.future };
      // "agreed to the proposal", "agreed to the call for a ceasefire": consenting to an act told
      // before is the frame's own act, addressed to whoever made it (answered-acts.ts).
      const asked = inner.match.trigger.frame === 'appeal' || inner.match.trigger.frame === 'demand' || (inner.match.trigger.frame !== null && !inner.framed);
      if ((act === null || asked) && f.code !== null && isAnsweredActNoun(ctx, inner.match.head)) return framed(f.code, { future: f.future });
      // "wants Putin to attack": wanting someone else to act is an appeal to them. The sides of a
      // nominal act ("offered to host talks between Russia and Ukraine") are not asked to act.
      let others = inner.match.trigger.pos === 'verb' ? otherSources(inner, sources) : [];
      // "wanted supporters to back Priorities USA": the one wanted to act is the frame's object,
      // even when the infinitive names no doer the coder could read.
      if (!others.length && inner.match.trigger.pos === 'verb') others = objectDoers(ctx, f, inner).filter((p) => !sources.some((s) => sameActor(s, p)));
      if (others.length) return framed((coop ? framedCode('appeal') : null) ?? frames.fallback('appeal'), { targets: others });
      // "offered to send warships to Ukraine": forces promised to a state are promised military aid
      // (0332), not a threat against it; "pledged to deploy warships near Japan" stays a threat.
      const code = coop ? framedCode('intent') : deployedTo(ctx, inner) ? frames.framed('intent', '072') : framedCode('threaten');
      // "agreed to US mediation", "is ready to accept Japan's offer of talks": consenting to another's
      // act is addressed to whoever does it, when the frame names nobody else.
      const owners = inner.match.trigger.pos === 'noun' && coop && !f.targets.length ? otherSources(inner, sources) : [];
      if (code && owners.length) return framed(code, { targets: owners, future: f.future || inner.future });
      return code ? framed(code, { future: f.future || inner.future }) : { ...base, sources, future: true };
    }
    case 'invite':
      return framed(framedCode('intent') ?? frames.fallback('intent'), { future: f.future || inner.future });
    case 'appeal':
    case 'demand': {
      // "demanded the release of a journalist held in Turkey": the frame's "target" read off the act
      // is whom the act is done to; the demand goes to whoever is to do it.
      // "a call for Russia to withdraw" with nobody named as calling: those asked to act are whom the
      // demand is made of, never its maker.
      const unsigned = !f.sources.length && f.match.trigger.pos === 'noun';
      const doers = unsigned ? inner.sources : otherSources(inner, sources);
      const addressee = f.targets.length && !(doers.length && namedInOf(ctx, f, f.targets)) ? f.targets : doers;
      // "urged them not to attack" asks for de-escalation, like "urged them to stop attacking".
      const asked = inner.negated && act !== null && !coop ? (frames.framed('cease', act) ?? act) : act;
      const code = asked === null ? null : frames.framed(kind, asked);
      // (Never its own makers: "Brazil and Colombia called for the release of the records" asks
      // nothing of each other.)
      const concerned = inner.targets.filter((p) => !sources.some((s) => sameActor(s, p)));
      return framed(code ?? frames.fallback(kind), { targets: addressee.length ? addressee : concerned, negated: f.negated, ...(unsigned ? { sources: [], explicitSource: false } : {}) });
    }
    case 'reject': {
      // "rejected an offer from the United States", "dismissed calls for talks": refusing a proposal
      // or a request rejects what it asks for, and is addressed to whoever made it.
      const proposal = inner.match.trigger.pos === 'noun' && ['intent', 'appeal', 'demand', 'invite'].includes(inner.match.trigger.frame ?? '');
      if (proposal && !f.negated) {
        const refused = inner.act === null ? null : frames.framed('reject', inner.act);
        // "declined to respond to an offer from Syria": a proposal's "from" names who made it.
        const from = inner.explicitSource ? [] : ctx.finder.prepDeps(inner.match.head, 'from').flatMap((k) => ctx.finder.group(k));
        const proposer = (inner.explicitSource ? inner.sources : from).filter((p) => !sources.some((s) => sameActor(s, p)));
        // "rejected an invitation to attend talks with Israel": with nobody named as making the
        // proposal, the refusal is addressed to the other side of the act proposed.
        const parties = proposer.length ? proposer : inner.targets.filter((p) => !sources.some((s) => sameActor(s, p)));
        return framed(refused ?? frames.fallback('reject'), { targets: f.targets.length ? f.targets : parties, hypothetical: f.hypothetical });
      }
      // "dismissed the claims as baseless", "rejected the accusations": refusing a charge made by
      // someone rejects it, addressed to whoever made it — not a denied act.
      const charge = inner.match.trigger.pos === 'noun' && (inner.match.trigger.frame === 'allege' || (inner.act ?? '').startsWith('11'));
      if (charge && !f.negated) {
        const accuser = inner.explicitSource ? inner.sources.filter((p) => !sources.some((s) => sameActor(s, p))) : [];
        return framed(frames.fallback('reject'), { targets: f.targets.length ? f.targets : accuser, hypothetical: f.hypothetical });
      }
      const others = otherSources(inner, sources);
      if (inner.explicitSource && others.length) return framed(frames.fallback('reject'), { targets: others });
      // "The EU imposed an embargo on Myanmar. The junta rejected the embargo": refusing an act told
      // before (whose doers the noun's phrase reads back) is addressed to whoever did it.
      if (!f.negated && inner.match.trigger.pos === 'noun' && !inner.explicitSource && isDefiniteActNoun(ctx.v, inner.match.head)) {
        const doers = ctx.finder.group(inner.match.head).filter((p) => !sources.some((s) => sameActor(s, p)));
        if (doers.length) return framed(frames.fallback('reject'), { targets: f.targets.length ? f.targets : doers });
        // "rejected the protest": an answered act's maker is found among the acts told before (answered-acts.ts).
        if (isAnsweredActNoun(ctx, inner.match.head)) return framed(frames.fallback('reject'), { targets: f.targets });
      }
      if (f.negated) {
        // "did not rule out the use of force" is a threat; "did not rule out talks" an intent.
        const code = coop ? framedCode('intent') : framedCode('threaten');
        // "the attack will not go unanswered": a threat against whoever did the act that is the
        // frame's subject (its phrase, or the act told before that it points back at).
        const doers = f.match.trigger.complement.includes('subj') && !coop ? ctx.finder.group(inner.match.head).filter((p) => !sources.some((s) => sameActor(s, p))) : [];
        return framed(code ?? act, { negated: false, ...(doers.length ? { targets: doers } : {}) });
      }
      if (coop) return framed(framedCode('reject') ?? frames.fallback('reject'));
      return { ...base, sources, negated: true };
    }
    case 'threaten':
      // "warned that Israel could attack", "warned of a Russian invasion": someone else's act is a
      // prediction, not the warner's threat — the act itself, as hypothetical.
      // So is a warning that reports what someone else has done ("warned that the annexation violated
      // international law"): a charge about a finished act, no threat.
      if (byThirdParty(ctx, f, inner) || warnsOfDoneAct(ctx, f.match, f.sources)) return { ...base, hypothetical: true, framed: true };
      return framed(coop ? frames.fallback('threaten') : (framedCode('threaten') ?? frames.fallback('threaten')));
    case 'cease': {
      const code = framedCode('cease');
      if (!code) return { ...base, sources, negated: true };
      return framed(code, { targets: inner.targets.length ? inner.targets : f.targets });
    }
    case 'allege': {
      const claimed: Draft = { ...inner, hypothetical: true };
      // "Hamas claimed that it had fired the rockets at Israel", "the US claimed that they had
      // attacked Iraq": claiming a conflict act of one's own is claiming responsibility for it (015),
      // addressed to whom the act was against — not an accusation of oneself.
      // (Its doer may be read from the frame's: "claimed to have shot down a drone".)
      const own = f.sources.length > 0 && inner.sources.length > 0 && inner.sources.every((p) => f.sources.some((s) => sameActor(s, p)));
      // "complained that Ukraine had been unfair", "protested that the visit was provocative": a
      // judgement the complainant makes is the accusation itself, made now — not an act alleged.
      if (own && act !== null && act.startsWith('11') && !inner.negated) return { ...inner, hypothetical: f.hypothetical, negated: f.negated, future: f.future };
      if (own && !f.targets.length && act !== null && !coop && !inner.negated && inner.targets.length) {
        return { ...f, code: CLAIM_RESPONSIBILITY, targets: inner.targets, framed: true, tokens: [...f.tokens], extra: [...f.extra, claimed] };
      }
      const accused = f.targets.length ? f.targets : inner.sources.length ? inner.sources : inner.targets;
      return { ...f, targets: accused, framed: true, tokens: [...f.tokens], extra: [...f.extra, claimed] };
    }
    default:
      return base;
  }
}

/** CAMEO 015: claim responsibility. */
const CLAIM_RESPONSIBILITY = '015';

/**
 * An act a frame speaks of that someone other than the frame's source does: a clause with a
 * subject of its own ("that Israel could attack") or a nominal act with its own agent ("of a
 * Russian invasion"). Controlled complements ("warned it would retaliate", "threatened to strike")
 * and acts whose doer is unknown stay the frame's.
 */
function byThirdParty(ctx: CoderContext, f: Draft, inner: Draft): boolean {
  if (!f.sources.length || !inner.explicitSource || !inner.sources.length) return false;
  // "The Israeli defence minister warned that Israel would strike back": a state's officer speaks for it.
  if (inner.sources.some((p) => f.sources.some((s) => sameActor(s, p) || (p.country !== null && p.country === s.country)))) return false;
  const v = ctx.v;
  const m = inner.match;
  if (m.trigger.pos === 'noun') return m.support < 0;
  // Up to the clause the frame governs: "warned that Israel was preparing to attack".
  let clause = m.head;
  for (let guard = 0; guard < 4 && clause >= 0 && v.head[clause] !== f.match.head && v.relIs(clause, ['xcomp', 'conj']); guard++) clause = v.head[clause];
  return clause >= 0 && v.head[clause] === f.match.head && v.relIs(clause, ['ccomp']) && v.childrenWith(clause, ['nsubj', 'nsubj:pass']).length > 0;
}

/**
 * True when the inner act is a finished act reported in the frame's content clause: a perfect
 * ("had released", "has sent") or an inflected verb with no auxiliary ("released"), not future or
 * hypothetical. An infinitive ("decided to send") or a bare form ("ordered that troops withdraw") is not.
 */
function reportedDone(ctx: CoderContext, f: Draft, inner: Draft): boolean {
  const v = ctx.v;
  if (inner.future || inner.hypothetical) return false;
  const verb = inner.match.trigger.pos === 'verb' ? inner.match.head : inner.match.support;
  if (verb < 0 || v.upos[verb] !== 'VERB') return false;
  let k = verb;
  for (let guard = 0; guard < 3 && v.head[k] >= 0 && v.head[k] !== f.match.head && v.relIs(k, ['conj', 'xcomp']); guard++) k = v.head[k];
  if (v.head[k] !== f.match.head || !v.relIs(k, ['ccomp']) || !v.childrenWith(k, ['nsubj', 'nsubj:pass']).length) return false;
  const aux = v.childrenWith(verb, ['aux', 'aux:pass']);
  if (aux.some((a) => v.lemma[a] === 'have')) return true;
  return !aux.length && !v.childrenWith(verb, ['mark']).some((m) => v.lemma[m] === 'to') && v.lower[verb] !== v.lemma[verb] && !v.lower[verb].endsWith('ing');
}

/**
 * True when every participant is named inside a prepositional complement of the frame's object
 * ("demanded the release of a journalist held in Turkey", "the withdrawal of forces from Bosnia"):
 * one the demanded act is done to or concerns, not its doer.
 */
function namedInOf(ctx: CoderContext, f: Draft, ps: Draft['targets']): boolean {
  const v = ctx.v;
  // Also its other complements: "demanded the withdrawal of Serbian forces from Bosnia" is addressed
  // to the forces, not to the place they would leave. (A "by" phrase names the doer: "an admission by Moscow".)
  const spans = v.childrenWith(f.match.head, ['obj']).flatMap((o) => v.childrenWith(o, ['nmod']).filter((c) => v.caseOf(c) !== null && v.caseOf(c) !== 'by')).map((c) => {
    const [lo, hi] = v.subtreeRange(c);
    return [v.doc.tokens.start[lo], v.doc.tokens.end[hi]];
  });
  return ps.every((p) => p.mention !== null && spans.some(([a, b]) => p.mention !== null && p.mention.start >= a && p.mention.end <= b));
}

/** A deployment (15x) whose targets are all where the forces are sent to ("to Mali"; "into" is mostly an invasion). */
function deployedTo(ctx: CoderContext, inner: Draft): boolean {
  if (!(inner.code ?? '').startsWith('15') || !inner.targets.length) return false;
  const dest = ctx.finder.slotTokens(inner.match, 'to').flatMap((k) => [...ctx.finder.group(k), ...ctx.v.conjuncts(k).map((c) => ctx.finder.placeAsCountry(c)).filter((p) => p !== null)]);
  return inner.targets.every((t) => dest.some((d) => sameActor(d, t) || (d.country !== null && d.country === t.country && !t.actor)));
}

/** Inner sources that are not the frame's own sources: the addressee of "demanded that Libya hand over". */
/**
 * The actors of a frame verb's object when the inner act is that object's to-infinitive ("wants
 * Putin to attack", "wanted supporters to back him" with "to back" hung on "supporters").
 */
function objectDoers(ctx: CoderContext, f: Draft, inner: Draft): Draft['sources'] {
  const { v, finder } = ctx;
  const h = f.match.head;
  if (f.match.trigger.pos !== 'verb' || f.match.passive || !ctx.lexicon.grammar.objectControl.has(v.lemma[h])) return [];
  const k = inner.match.head;
  const objs = v.childrenWith(h, ['obj']).filter((o) => (v.head[k] === h && k > o) || (v.head[k] === o && v.rel[k] === 'acl'));
  return objs.flatMap((o) => finder.group(o));
}

function otherSources(inner: Draft, sources: Draft['sources']): Draft['sources'] {
  if (!inner.explicitSource) return [];
  return inner.sources.filter((p) => !sources.some((s) => sameActor(s, p)));
}
