/**
 * `--parser-from`: the parser of an existing model file, kept while a new tagger is trained (what
 * spaCy calls a sourced component). The rest of the pipeline reads the parser's trees; keeping it
 * lets a better tagger ship without re-fitting every rule that reads them.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { EntenteError, isEntenteError } from '../core/errors/errors.js';
import { decodeSyntaxModelParts, type SyntaxModelParts } from '../core/syntax/model-format.js';

/** The parser's parts of a model file. */
export type ParserParts = Pick<SyntaxModelParts, 'parserTags' | 'leftRel' | 'rightRel' | 'parser' | 'beamWidth' | 'parserClusters' | 'parserNames'>;

/** A model file read for `--parser-from`: its parts and where they came from. */
export interface SourceModel {
  file: string;
  parts: SyntaxModelParts;
}

/**
 * Reads the model whose parser is to be kept. Done before training starts, so that a wrong file is
 * refused at once, not after the tagger's minutes of training; a parser that reads word clusters
 * would read the new tagger's clusters instead of its own, so it is refused here too.
 */
export function readSourceModel(file: string): SourceModel {
  let parts: SyntaxModelParts;
  try {
    parts = decodeSyntaxModelParts(gunzipSync(readFileSync(file)), file);
  } catch (e) {
    if (isEntenteError(e)) throw e;
    throw new EntenteError('E203', `--parser-from ${file}: cannot read the model (${(e as Error).message})`);
  }
  if (parts.parserClusters === true) throw new EntenteError('E203', `--parser-from ${file}: its parser reads word clusters, which the new tagger's table would replace; train the parser too`);
  if (parts.parserNames === true) throw new EntenteError('E203', `--parser-from ${file}: its parser reads name classes from the model's semantic signatures, which the new run rebuilds; train the parser too`);
  return { file, parts };
}

/**
 * The parser parts of a model read by {@link readSourceModel}. Its features read tag classes by
 * number, so the new tagger must predict the same classes in the same order.
 */
export function sourcedParser(src: SourceModel, tagClasses: readonly string[], log: (s: string) => void): ParserParts {
  const { file, parts: p } = src;
  if (p.tagClasses.length !== tagClasses.length || p.tagClasses.some((t, i) => t !== tagClasses[i])) {
    throw new EntenteError('E203', `--parser-from ${file}: its parser reads other tag classes than this training set gives; train the parser too`);
  }
  log(`parser: kept from ${file} (${p.parser.keys.length} features, beam ${p.beamWidth ?? 1})`);
  return { parserTags: p.parserTags, leftRel: p.leftRel, rightRel: p.rightRel, parser: p.parser, beamWidth: p.beamWidth ?? 1, parserClusters: false };
}

/** {@link readSourceModel} then {@link sourcedParser}. */
export function sourceParser(file: string, tagClasses: readonly string[], log: (s: string) => void): ParserParts {
  return sourcedParser(readSourceModel(file), tagClasses, log);
}
