/**
 * Checks an analysis document against the JSON Schema of the contract. The compiled validator is
 * built per call of {@link createAnalysisValidator} (the core keeps no module state); callers that
 * validate many documents keep one validator.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import { EntenteError } from '../errors/errors.js';
import type { Analysis } from './contract.js';
import { ANALYSIS_SCHEMA } from './schema.js';

/** A compiled validator: returns the document when it matches, throws E302 naming the first problems otherwise. */
export type AnalysisValidator = (doc: unknown, input?: string) => Analysis;

/** Compiles the schema once into a validator. */
export function createAnalysisValidator(): AnalysisValidator {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  const check = ajv.compile(ANALYSIS_SCHEMA);
  return (doc: unknown, input?: string): Analysis => {
    if (check(doc)) return doc as Analysis;
    const problems = (check.errors ?? []).slice(0, 5).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`);
    const more = (check.errors?.length ?? 0) > 5 ? `; and ${(check.errors?.length ?? 0) - 5} more` : '';
    throw new EntenteError('E302', `the analysis does not match schema ${ANALYSIS_SCHEMA.$id}: ${problems.join('; ')}${more}`, { input });
  };
}

/** Validates one document (compiling the schema for this call); see {@link createAnalysisValidator}. */
export function validateAnalysis(doc: unknown, input?: string): Analysis {
  return createAnalysisValidator()(doc, input);
}
