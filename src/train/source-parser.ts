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
export type ParserParts = Pick<SyntaxModelParts, 'parserTags' | 'leftRel' | 'rightRel' | 'parser' | 'beamWidth' | 'parserClusters'>;

/**
 * The parser of an existing model (`--parser-from`). Its features read tag classes by number, so
 * the new tagger must predict the same classes in the same order; a parser that reads word clusters
 * would read the new tagger's clusters instead of its own, so it is refused.
 */
export function sourceParser(file: string, tagClasses: readonly string[], log: (s: string) => void): ParserParts {
  let p: SyntaxModelParts;
  try {
    p = decodeSyntaxModelParts(gunzipSync(readFileSync(file)), file);
  } catch (e) {
    if (isEntenteError(e)) throw e;
    throw new EntenteError('E203', `--parser-from ${file}: cannot read the model (${(e as Error).message})`);
  }
  if (p.tagClasses.length !== tagClasses.length || p.tagClasses.some((t, i) => t !== tagClasses[i])) {
    throw new EntenteError('E203', `--parser-from ${file}: its parser reads other tag classes than this training set gives; train the parser too`);
  }
  if (p.parserClusters === true) throw new EntenteError('E203', `--parser-from ${file}: its parser reads word clusters, which the new tagger's table would replace; train the parser too`);
  log(`parser: kept from ${file} (${p.parser.keys.length} features, beam ${p.beamWidth ?? 1})`);
  return { parserTags: p.parserTags, leftRel: p.leftRel, rightRel: p.rightRel, parser: p.parser, beamWidth: p.beamWidth ?? 1, parserClusters: false };
}
