/**
 * The syntax model on the reference article (../shared/corpus), when it and the shipped model are
 * present: the relations the issue names must hold when the article is tokenised, tagged and
 * parsed by the real pipeline components.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { emptyMeta } from '../../core/article/article.js';
import { createDepWalker } from '../../core/doc/dep-walk.js';
import { Doc } from '../../core/doc/doc.js';
import { Vocab } from '../../core/doc/vocab.js';
import { createSyntaxComponents } from '../../core/syntax/components.js';
import { paragraphBlocks } from '../../core/text/segment.js';
import { createTokenizer } from '../../core/text/tokenizer-component.js';
import { loadSyntaxModel, syntaxModelPath } from '../../engine/load-syntax-model.js';
import { hasShared, sharedPath } from '../../test-support/shared.js';

const FILE = ['corpus', 'seed-rferl-xi-putin-2022-09-15.txt'];
const haveModel = existsSync(syntaxModelPath());
if (!haveModel) console.warn(`[skip] ${syntaxModelPath()} is not present: reference-article syntax checks are skipped`);

const ready = hasShared(...FILE) && haveModel;

describe.skipIf(!ready)('syntax of the reference article', () => {
  // The suite's body runs while tests are collected even when it is skipped: read nothing then.
  const text = ready ? readFileSync(sharedPath(...FILE), 'utf8') : '';
  const doc = new Doc(text, emptyMeta(), paragraphBlocks(text), new Vocab());
  if (ready) {
    const { tagger, parser } = createSyntaxComponents(loadSyntaxModel());
    createTokenizer().run(doc);
    tagger.run(doc);
    parser.run(doc);
  }
  const walk = createDepWalker();

  /** Index of the `nth` token (0-based) equal to `form` that follows the text `after`. */
  const tokenAfter = (after: string, form: string): number => {
    const at = text.indexOf(after);
    expect(at, after).toBeGreaterThanOrEqual(0);
    for (let i = doc.tokenAt(at); i < doc.length; i++) if (doc.tokenText(i) === form) return i;
    throw new Error(`no '${form}' after '${after}'`);
  };
  const describeToken = (i: number): string => `${doc.tokenText(i)}/${doc.pos(i)} -${doc.deprel(i)}-> ${doc.head(i) >= 0 ? doc.tokenText(doc.head(i)) : 'ROOT'}`;

  // KNOWN GAP of the committed model: "praised" is parsed as a conjunct of the wrong word, so the
  // subject walk does not reach Putin (leader is the object, as required). `it.fails` keeps the
  // check visible: it will fail — and must become `it` — once a model gets it right.
  it.fails('"… but praised the Chinese leader": leader is the object of praised, Putin its subject', () => {
    const praised = tokenAfter('but praised the Chinese leader', 'praised');
    const leader = tokenAfter('but praised the Chinese leader', 'leader');
    expect(doc.head(leader), describeToken(leader)).toBe(praised);
    expect(doc.deprel(leader)).toBe('obj');
    const subjects = walk.subjects(doc, praised).map((s) => doc.tokenText(s));
    expect(subjects, describeToken(praised)).toContain('Putin');
  });

  it('"Russia\'s invasion of Ukraine": Russia is the possessor of invasion, Ukraine its nmod', () => {
    const invasion = tokenAfter("before Russia's invasion of Ukraine", 'invasion');
    const russia = tokenAfter("before Russia's invasion of Ukraine", 'Russia');
    const ukraine = tokenAfter("before Russia's invasion of Ukraine", 'Ukraine');
    expect(doc.head(russia), describeToken(russia)).toBe(invasion);
    expect(doc.deprel(russia)).toBe('nmod:poss');
    expect(doc.head(ukraine), describeToken(ukraine)).toBe(invasion);
    expect(doc.deprel(ukraine).split(':')[0]).toBe('nmod');
  });

  // KNOWN GAP of the committed model: "added" is attached inside the quote (acl:relcl of "deploy")
  // instead of to the quoted clause's head. See the note above about `it.fails`.
  it.fails('\'"…," he added.\': added is linked to the quoted clause\'s head', () => {
    const added = tokenAfter('Moscow\'s war in Ukraine," he added', 'added');
    const quoteStart = tokenAfter('"On the other [hand], China will continue', 'continue');
    // the quoted clause's head: the root-most token of the quote, found from its main verb
    let quoteHead = quoteStart;
    while (doc.head(quoteHead) >= 0 && doc.head(quoteHead) < added && doc.deprel(quoteHead) === 'conj') quoteHead = doc.head(quoteHead);
    const linked =
      (doc.head(quoteHead) === added && ['ccomp', 'parataxis'].includes(doc.deprel(quoteHead).split(':')[0])) ||
      (doc.head(added) === quoteHead && ['parataxis', 'ccomp'].includes(doc.deprel(added).split(':')[0]));
    expect(linked, `${describeToken(quoteHead)}; ${describeToken(added)}`).toBe(true);
  });
});
