/**
 * A fast stand-in analyzer for ingest tests (the real engine is tested on its own): it finds a few
 * states by name and codes "<state> met|praised|accused|signed ... <state>" sentences as events.
 * A text containing `[[fail]]` is refused, to exercise error recording; `[[crash]]` ends the
 * thread it runs in (use only in a worker), to exercise worker replacement. With the environment
 * variable ENTENTE_TEST_ANALYZE_MS set, each analysis takes at least that long (kill-and-resume test).
 */
import type { Analysis } from '../../core/analysis/contract.js';
import type { Article } from '../../core/article/article.js';
import { EntenteError } from '../../core/errors/errors.js';
import { ACTORS, makeAnalysis, type EventSpec } from '../../store/test-support/fixtures.js';

const STATES = { France: ACTORS.FRA, Germany: ACTORS.DEU, Poland: ACTORS.POL } as const;
const VERBS: Record<string, Pick<EventSpec, 'type' | 'cameo' | 'quadClass' | 'goldstein'>> = {
  met: { type: 'CONSULT', cameo: '043', quadClass: 1, goldstein: 2.8 },
  praised: { type: 'SUPPORT', cameo: '051', quadClass: 1, goldstein: 3.4 },
  accused: { type: 'ACCUSE', cameo: '112', quadClass: 3, goldstein: -2 },
  signed: { type: 'SUPPORT', cameo: '057', quadClass: 1, goldstein: 8 },
};
const PATTERN = /\b(France|Germany|Poland)\s+(met|praised|accused|signed)\b[^.]*?\b(France|Germany|Poland)\b/g;

/** Analyses `article` with the rules above. */
export function ruleAnalyze(article: Article): Analysis {
  if (article.text.includes('[[fail]]')) throw new EntenteError('E301', 'the article asked to fail');
  if (article.text.includes('[[crash]]')) process.exit(70);
  const slow = Number(process.env.ENTENTE_TEST_ANALYZE_MS ?? 0);
  for (const until = Date.now() + slow; Date.now() < until; );
  const events: EventSpec[] = [];
  for (const m of article.text.matchAll(PATTERN)) {
    const [sentence, a, verb, b] = m;
    if (a === b) continue;
    events.push({ sentence, trigger: verb, source: STATES[a as keyof typeof STATES], target: STATES[b as keyof typeof STATES], ...VERBS[verb] });
  }
  const actors = Object.entries(STATES).filter(([name]) => article.text.includes(name)).map(([, a]) => a);
  return makeAnalysis(article, { actors, events });
}

/** The analyzer-module entry a worker loads. */
export async function createAnalyzer(): Promise<(a: Article) => Analysis> {
  return ruleAnalyze;
}
