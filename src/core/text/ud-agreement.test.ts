/**
 * Agreement of the tokenizer with UD English tokenisation on the dev documents of EWT and GUM
 * (../shared/treebanks), when present: token spans after the hyphen merge of TOKENIZATION.md.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { goldSentences, tokenAgreement } from '../../eval/bench/ud-token-agreement.js';
import { hasShared, sharedPath } from '../../test-support/shared.js';
import { tokenize } from './tokenizer.js';

function devSentences(treebank: string) {
  const root = ['treebanks', treebank, 'not-to-release'];
  const files = readFileSync(sharedPath(...root, 'file-lists', 'files.dev'), 'utf8').split('\n').filter(Boolean);
  return files.flatMap((f) => goldSentences(readFileSync(sharedPath(...root, 'sources', treebank.endsWith('GUM') && !f.endsWith('.conllu') ? `${f}.conllu` : f), 'utf8')));
}

describe.skipIf(!hasShared('treebanks', 'UD_English-EWT'))('tokenizer agreement with UD English', () => {
  it('matches EWT dev tokens (web text: emoticons, typos) with F1 ≥ 98.5%', () => {
    const a = tokenAgreement(devSentences('UD_English-EWT'), (t) => tokenize(t));
    expect(a.sentences).toBeGreaterThan(1500);
    expect(a.f1).toBeGreaterThanOrEqual(0.985);
  });

  it.skipIf(!hasShared('treebanks', 'UD_English-GUM'))('matches GUM dev tokens with F1 ≥ 99.5%', () => {
    const a = tokenAgreement(devSentences('UD_English-GUM'), (t) => tokenize(t));
    expect(a.sentences).toBeGreaterThan(1000);
    expect(a.f1).toBeGreaterThanOrEqual(0.995);
  });
});
