import { describe, expect, it } from 'vitest';
import { memoryIo } from './io.js';
import { run } from './main.js';

describe('entente CLI', () => {
  it('prints its version', async () => {
    const io = memoryIo();
    expect(await run(['--version'], io)).toBe(0);
    expect(io.out()).toMatch(/^\d+\.\d+\.\d+/);
  });
  it('prints help naming the program', async () => {
    const io = memoryIo();
    expect(await run(['--help'], io)).toBe(0);
    expect(io.out()).toContain('Usage: entente');
  });
  it('fails with a usage error on an unknown command, without a stack trace', async () => {
    const io = memoryIo();
    expect(await run(['frobnicate'], io)).toBe(2);
    expect(io.err()).not.toMatch(/\n\s+at /);
  });
});
