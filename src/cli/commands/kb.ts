/**
 * `entente kb lookup <name> [--date D]`: what the knowledge base knows under a name, with the role
 * held on the date. `entente kb import-petrarch <file.actors> [--out FILE]`: converts a
 * PETRARCH/Phoenix actor dictionary into the KB format (checked by loading it), for `--kb FILE`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { EntenteError } from '../../core/errors/errors.js';
import { actorCode, metonymCode } from '../../core/kb/actor-code.js';
import { createKnowledgeBase, type KnowledgeBase } from '../../core/kb/knowledge-base.js';
import { isKbDate } from '../../core/kb/kb-dates.js';
import { loadKnowledgeBase, readKbFile, shippedKbPaths } from '../../engine/load-kb.js';
import { importPetrarchActors } from '../../ingest/petrarch-actors.js';
import type { CliIo } from '../io.js';
import { EXIT } from '../main.js';

interface KbFlags {
  kb?: string[];
  data?: string;
}

const collect = (v: string, prev: string[] = []): string[] => [...prev, v];

function load(flags: KbFlags): KnowledgeBase {
  return loadKnowledgeBase({ dataDir: flags.data, userFiles: flags.kb ?? [] });
}

/** Lines describing what `name` resolves to. */
export function describeLookup(kb: KnowledgeBase, name: string, date?: string): string[] {
  const lines: string[] = [];
  for (const f of kb.lookup(name)) {
    const e = kb.byId(f.id)!;
    const code = f.via === 'metonym' && f.kind === 'state' ? metonymCode(kb, f.id, { sector: f.sector ?? 'GOV' }) : actorCode(kb, f.id, date);
    const parts = [`${f.id}`, e.name, `(${f.kind}, via ${f.via} "${f.form}")`];
    if (f.org) parts.push(`names ${f.org}`);
    if (code?.country) parts.push(`country ${code.country}`);
    if (code?.sector) parts.push(`sector ${code.sector}`);
    if (code?.cameo) parts.push(`cameo ${code.cameo}`);
    if (e.kind === 'person') {
      const role = date === undefined ? e.roles.find((r) => r.end === null) : kb.roleAt(e.id, date);
      parts.push(role ? `role ${role.role}${role.title ? ` (${role.title})` : ''}${date ? ` on ${date}` : ''}` : `no role${date ? ` on ${date}` : ' today'}`);
    }
    if (f.needsContext) parts.push('[needs context]');
    lines.push(parts.join('  '));
  }
  for (const a of kb.agent(name)) {
    const role = a.role ? `  role ${a.role}` : '';
    lines.push(`agent word "${a.form}"  sector ${a.sector}${role}${a.group ? '  (group)' : ''}`);
  }
  return lines;
}

/** Registers `entente kb`. */
export function registerKb(program: Command, io: CliIo, setExit: (code: number) => void): void {
  const kb = program.command('kb').description('the actor knowledge base: look names up, import PETRARCH dictionaries');

  kb.command('lookup')
    .description('show what the knowledge base knows under a name (with the role held on --date)')
    .argument('<name...>', 'a name, alias, demonym, metonym, code or agent word')
    .option('--date <YYYY-MM-DD>', 'date for time-aware roles')
    .option('--kb <file>', 'also load this knowledge-base file (repeatable)', collect)
    .option('--data <dir>', 'data folder to read the shipped files from')
    .action((words: string[], flags: KbFlags & { date?: string }) => {
      if (flags.date !== undefined && !isKbDate(flags.date)) {
        throw new EntenteError('E203', `--date must be YYYY-MM-DD (or YYYY-MM, YYYY), not "${flags.date}"`);
      }
      const base = load(flags);
      const name = words.join(' ');
      const state = base.state(name);
      const lines = describeLookup(base, name, flags.date);
      if (state && !lines.some((l) => l.startsWith(`${state.id} `))) lines.unshift(`${state.id}  ${state.name}  (state, via code "${name}")  cameo ${state.cameo}`);
      if (lines.length === 0) {
        io.stderr.write(`entente: nothing in the knowledge base under "${name}"\n`);
        setExit(EXIT.failed);
        return;
      }
      io.stdout.write(lines.join('\n') + '\n');
    });

  kb.command('import-petrarch')
    .description('convert a PETRARCH/Phoenix .actors dictionary into knowledge-base JSON (use it with --kb)')
    .argument('<file>', 'the .actors dictionary')
    .option('--out <file>', 'write the JSON here instead of standard output')
    .option('--kb <file>', 'also load this knowledge-base file before importing (repeatable)', collect)
    .option('--data <dir>', 'data folder to read the shipped files from')
    .action((file: string, flags: KbFlags & { out?: string }) => {
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch (e) {
        throw new EntenteError('E200', `cannot read the dictionary: ${(e as Error).message}`, { input: file });
      }
      const base = load(flags);
      const igoByCameo = new Map<string, string>();
      for (const igo of base.igos) if (igo.parent === null && !igoByCameo.has(igo.cameo)) igoByCameo.set(igo.cameo, igo.id);
      const result = importPetrarchActors(text, {
        resolveCountry: (code) => base.state(code)?.iso3 ?? null,
        resolveIgo: (cameo) => igoByCameo.get(cameo) ?? null,
        exists: (id) => base.byId(id) !== undefined,
      });
      // Check that the result loads on top of the knowledge base before writing it.
      const sources = [...shippedKbPaths(flags.data).map((p) => readKbFile(p)), ...(flags.kb ?? []).map((p) => readKbFile(p))];
      createKnowledgeBase(...sources, { name: flags.out ?? file, entries: result.entries });
      const json = '[\n' + result.entries.map((e) => '  ' + JSON.stringify(e)).join(',\n') + '\n]\n';
      if (flags.out) writeFileSync(flags.out, json);
      else io.stdout.write(json);
      const s = result.stats;
      io.stderr.write(
        `${file}: ${s.rootEntries} entries, ${s.names} names → ${result.entries.length} KB entries ` +
          `(${s.people} people, ${s.orgs} organisations, ${s.igos} IGOs; ${s.merged} merged into existing entries); ` +
          `${s.skippedCodes} codes skipped, ${result.warnings.length} warnings\n`,
      );
      for (const w of result.warnings.slice(0, 10)) io.stderr.write(`  ${w}\n`);
    });
}
