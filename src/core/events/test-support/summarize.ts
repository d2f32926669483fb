/**
 * Short, readable summaries of coded events for test assertions: `RUS>CHN SUPPORT 051`, with
 * `!neg`, `?hyp`, `+fut` appended when flagged.
 */
import type { AnalysisEvent, EventActorRef } from '../../analysis/contract.js';

function key(ref: EventActorRef | null): string {
  if (!ref) return '-';
  return ref.country && ref.type !== 'igo' ? ref.country : ref.name;
}

/** One line per event. */
export function summarize(events: readonly AnalysisEvent[]): string[] {
  return events.map((e) => {
    const flags = `${e.negated ? ' !neg' : ''}${e.hypothetical ? ' ?hyp' : ''}${e.future ? ' +fut' : ''}`;
    return `${key(e.source)}>${key(e.target)} ${e.type} ${e.cameo}${flags}`;
  });
}

