// Module hooks that let Node run the project's TypeScript sources directly (tests only): `.js`
// specifiers that name a `.ts` file resolve to it, and `.ts` files are transpiled (no type check).
// Used by tests that spawn worker threads or child processes, which vitest's transform does not reach.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

// rolldown's oxc transformer (shipped with vite) starts far faster than the TypeScript compiler;
// TypeScript's transpileModule is the fallback.
const oxc = await import('rolldown/experimental').catch(() => null);
const ts = oxc ? null : (await import('typescript')).default;

function transpile(path, source) {
  if (oxc) {
    const out = oxc.transformSync(path, source, { sourcemap: false, target: 'es2022' });
    if (out.errors?.length) throw new Error(`${path}: ${out.errors[0].message}`);
    return out.code;
  }
  return ts.transpileModule(source, {
    fileName: path,
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, inlineSourceMap: true },
  }).outputText;
}

export async function resolve(specifier, context, next) {
  try {
    return await next(specifier, context);
  } catch (e) {
    if (context.parentURL && /^(\.|file:)/.test(specifier) && specifier.endsWith('.js')) {
      const url = new URL(specifier.replace(/\.js$/, '.ts'), context.parentURL);
      if (existsSync(fileURLToPath(url))) return { url: url.href, format: 'module', shortCircuit: true };
    }
    throw e;
  }
}

export async function load(url, context, next) {
  if (!url.startsWith('file:') || !url.endsWith('.ts')) return next(url, context);
  const path = fileURLToPath(url);
  return { format: 'module', source: transpile(path, await readFile(path, 'utf8')), shortCircuit: true };
}
