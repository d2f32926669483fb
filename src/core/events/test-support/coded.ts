/**
 * One call from a parse table to the summary of the events the shipped coder finds in it.
 */
import type { AnalysisEvent } from '../../analysis/contract.js';
import { codeEvents, type EventCoderOptions } from '../event-coder.js';
import { eventDoc, WORLD, type ActorSpec, type EventDocOptions } from './event-doc.js';
import { shippedResources } from './resources.js';
import { summarize } from './summarize.js';

/** Options: the test world's actors, extra layers, and coder options. */
export interface CodedOptions extends EventDocOptions {
  actors?: ActorSpec[];
  coder?: EventCoderOptions;
}

/** The events of `table`, as records. */
export function codedEvents(table: string, options: CodedOptions = {}): AnalysisEvent[] {
  const doc = eventDoc(table, options.actors ?? WORLD, options);
  return codeEvents(doc, shippedResources(), options.coder);
}

/** The events of `table`, summarised (`RUS>CHN SUPPORT 051 !neg`). */
export function coded(table: string, options: CodedOptions = {}): string[] {
  return summarize(codedEvents(table, options));
}
