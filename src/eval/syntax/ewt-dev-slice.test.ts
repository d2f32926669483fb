/**
 * An accuracy floor for the shipped syntax model on a slice of EWT dev (the first 20 documents),
 * when the treebanks and the model are present. The floors sit a little under the measured
 * figures (see data/models/syntax-en.json), so a regression in the tagger, the parser, the model
 * file or the feature code fails here.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConllu } from '../../core/syntax/conllu.js';
import { loadSyntaxModel, syntaxModelPath } from '../../engine/load-syntax-model.js';
import { hasShared, sharedPath } from '../../test-support/shared.js';
import { evaluateModel } from './evaluate-model.js';

const EWT = ['treebanks', 'UD_English-EWT', 'not-to-release'];
const haveModel = existsSync(syntaxModelPath());
if (!haveModel) console.warn(`[skip] ${syntaxModelPath()} is not present: the EWT dev accuracy check is skipped`);

describe.skipIf(!hasShared(...EWT) || !haveModel)('syntax model accuracy on 20 EWT dev documents', () => {
  it('stays above its floors', () => {
    const root = sharedPath(...EWT);
    const names = readFileSync(join(root, 'file-lists', 'files.dev'), 'utf8').split('\n').filter(Boolean).slice(0, 20);
    const sentences = names.flatMap((n) => parseConllu(readFileSync(join(root, 'sources', n), 'utf8'), n));
    const s = evaluateModel(loadSyntaxModel(), sentences).scores();
    console.log(`EWT dev, first 20 documents: ${s.words} words, UPOS ${s.upos.toFixed(2)}, UAS ${s.uas.toFixed(2)}, LAS ${s.las.toFixed(2)}`);
    expect(s.words).toBeGreaterThan(1000);
    expect(s.upos).toBeGreaterThan(FLOORS.upos);
    expect(s.uas).toBeGreaterThan(FLOORS.uas);
    expect(s.las).toBeGreaterThan(FLOORS.las);
  });
});

/** Floors: the committed model measured UPOS 96.07, UAS 84.47, LAS 81.55 on this slice; about one point under. */
const FLOORS = { upos: 95, uas: 83.5, las: 80.5 };
