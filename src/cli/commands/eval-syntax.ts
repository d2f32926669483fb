/**
 * `entente eval-syntax <conllu files or folders…>`: tags and parses gold-tokenised CoNLL-U with
 * the syntax model and prints UPOS, XPOS, UAS and LAS (CoNLL 2018 definitions; LAS with full
 * labels too). `--treebank ewt|gum --split dev|test [--genre news]` scores an official split of
 * the UD treebanks under `../shared/treebanks` (or `--treebanks PATH`). `--tag-repair` scores the
 * tagging as the pipeline runs it: the model's tags with the engine's tag repair (knowledge-base
 * names, verbs after modals, finite verbs) between tagger and parser. `--beam` and `--beam-margin`
 * override the model's parser decoding (how the margin and width were chosen on dev).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { EntenteError } from '../../core/errors/errors.js';
import { parseConllu, type ConlluSentence } from '../../core/syntax/conllu.js';
import { formatScores, SyntaxScorer } from '../../eval/syntax/conll18-metrics.js';
import { evaluateModel, FormTable, type DecodeSettings } from '../../eval/syntax/evaluate-model.js';
import { loadSyntaxModel, readSyntaxModel } from '../../engine/load-syntax-model.js';
import { nameTagRepairFrom } from '../../engine/load-name-tags.js';
import { createResources } from '../../engine/resources.js';
import { docPath, splitList, type Split, type TreebankName, genreOf } from '../../train/treebank.js';
import type { CliIo } from '../io.js';
import { EXIT } from '../main.js';

interface Flags {
  model?: string;
  treebank?: string;
  split?: string;
  genre?: string;
  treebanks?: string;
  perFile?: boolean;
  json?: boolean;
  tagRepair?: boolean;
  beam?: string;
  beamMargin?: string;
}

/** The decoding flags: a whole beam width ≥ 1, a margin ≥ 0 or `none`. */
function decodeSettings(flags: Flags): DecodeSettings {
  const out: DecodeSettings = {};
  if (flags.beam !== undefined) {
    const w = Number(flags.beam);
    if (!Number.isInteger(w) || w < 1 || w > 64) throw new EntenteError('E203', `--beam takes a whole beam width from 1 to 64, not '${flags.beam}'`);
    out.beamWidth = w;
  }
  if (flags.beamMargin !== undefined) {
    const m = flags.beamMargin === 'none' ? Infinity : Number(flags.beamMargin);
    if (!(m >= 0)) throw new EntenteError('E203', `--beam-margin takes a score margin of 0 or more, or none, not '${flags.beamMargin}'`);
    out.beamMargin = m;
  }
  return out;
}

/** CoNLL-U files named by the arguments (folders are searched for *.conllu). */
function conlluFiles(args: readonly string[]): string[] {
  const out: string[] = [];
  for (const a of args) {
    let st;
    try {
      st = statSync(a);
    } catch {
      throw new EntenteError('E501', 'no such file or folder', { input: a });
    }
    if (st.isDirectory()) {
      out.push(...readdirSync(a, { recursive: true }).map(String).filter((f) => f.endsWith('.conllu')).sort().map((f) => join(a, f)));
    } else {
      out.push(a);
    }
  }
  return out;
}

/** Files of an official treebank split. */
function splitFiles(flags: Flags): string[] {
  const tb = flags.treebank as TreebankName;
  if (tb !== 'ewt' && tb !== 'gum') throw new EntenteError('E203', `--treebank takes ewt or gum, not '${flags.treebank}'`);
  const split = (flags.split ?? 'test') as Split;
  if (!['train', 'dev', 'test'].includes(split)) throw new EntenteError('E203', `--split takes dev, test or train, not '${flags.split}'`);
  const root = resolve(flags.treebanks ?? join(process.cwd(), '..', 'shared', 'treebanks'));
  const genres = flags.genre?.split(',');
  return splitList(root, tb, split)
    .filter((name) => !genres || genres.includes(genreOf(tb, name)))
    .map((name) => docPath(root, tb, name))
    .filter((p) => {
      try {
        return statSync(p).isFile();
      } catch {
        return false;
      }
    });
}

/** Registers `eval-syntax` on the program. */
export function registerEvalSyntax(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command('eval-syntax')
    .description('score the tagger and parser on gold-tokenised CoNLL-U (UPOS, XPOS, UAS, LAS; CoNLL 2018 definitions)')
    .argument('[files...]', 'CoNLL-U files or folders')
    .option('--model <file>', 'syntax model file (default: the shipped data/models/syntax-en.bin.gz)')
    .option('--treebank <name>', 'score an official split of a UD treebank: ewt or gum')
    .option('--split <split>', 'with --treebank: dev or test (default test)')
    .option('--genre <genres>', 'with --treebank: only these genres, comma-separated (e.g. news)')
    .option('--treebanks <dir>', 'folder holding UD_English-EWT and UD_English-GUM (default ../shared/treebanks)')
    .option('--tag-repair', "score the pipeline's tagging: the model's tags with the engine's tag repair (names, verbs after modals, finite verbs)")
    .option('--beam <width>', "parser beam width (default: the model's)")
    .option('--beam-margin <score>', "parser beam threshold in real score units, or none (default: the model's)")
    .option('--per-file', 'print a line per file')
    .option('--json', 'print the figures as JSON')
    .action(async (args: string[], flags: Flags) => {
      const decode = decodeSettings(flags);
      const files = [...conlluFiles(args), ...(flags.treebank ? splitFiles(flags) : [])];
      if (files.length === 0) throw new EntenteError('E501', 'no CoNLL-U input: name files or folders, or use --treebank ewt|gum --split dev|test');
      const model = flags.model ? readSyntaxModel(resolve(flags.model)) : loadSyntaxModel();
      const repair = flags.tagRepair ? await nameTagRepairFrom(createResources(), model) : null;
      const forms = new FormTable(model);
      const total = new SyntaxScorer();
      const perFile: Array<{ file: string; scores: ReturnType<SyntaxScorer['scores']> }> = [];
      for (const f of files) {
        const sentences: ConlluSentence[] = parseConllu(readFileSync(f, 'utf8'), f);
        const s = evaluateModel(model, sentences, forms, repair, decode);
        total.merge(s);
        if (flags.perFile) perFile.push({ file: f, scores: s.scores() });
      }
      const scores = total.scores();
      if (flags.json) {
        io.stdout.write(JSON.stringify({ files: files.length, tagRepair: !!repair, ...scores, ...(flags.perFile ? { perFile } : {}) }, null, 2) + '\n');
      } else {
        for (const p of perFile) io.stdout.write(`${p.file}\n  ${formatScores(p.scores)}\n`);
        io.stdout.write(`${files.length} file(s)${repair ? ', with the tag repair' : ''}: ${formatScores(scores)}\n`);
      }
      setExit(EXIT.ok);
    });
}
