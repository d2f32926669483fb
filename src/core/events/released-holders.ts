/**
 * Who held the people a state releases: "Iran released two French nationals who had been
 * detained for more than a year" — the detention, told in the passive with nobody named, was the
 * releaser's.
 */
import type { Draft } from './drafts.js';
import type { SyntaxView } from './syntax-view.js';

/** True for a relative clause with its own pronoun or auxiliaries, not a bare participle. */
function fullRelative(v: SyntaxView, h: number): boolean {
  return v.rel[h] === 'acl:relcl' || v.children(h).some((c) => v.relIs(c, ['aux', 'nsubj']));
}

/** The drafts, with an agentless detention of people someone releases given the releaser as its source. */
export function releasersAsHolders(v: SyntaxView, drafts: Draft[]): Draft[] {
  return drafts.map((d) => {
    const m = d.match;
    if (d.sources.length || !(d.code ?? '').startsWith('17') || m.trigger.pos !== 'verb' || !m.passive || !v.relIs(m.head, ['acl'])) return d;
    // A told detention ("who had been detained for a year") only: a bare participle ("the civilians
    // imprisoned for acting against Moscow were released by Putin") describes the people, and says
    // nothing of who held them.
    if (!fullRelative(v, m.head)) return d;
    const held = v.head[m.head];
    if (held < 0) return d;
    const release = drafts.find((e) => {
      if (!(e.code ?? '').startsWith('084') || !e.sources.length || v.head[held] < 0) return false;
      const host = v.head[held];
      const hosts = [e.match.head, e.match.support].filter((x) => x >= 0);
      return hosts.includes(host) && (v.relIs(held, ['obj', 'nsubj:pass']) || v.caseOf(held) === 'of');
    });
    return release ? { ...d, sources: release.sources, explicitSource: false } : d;
  });
}
