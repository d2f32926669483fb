import { describe, expect, it } from 'vitest';
import { createResources, sharedResources } from './resources.js';

describe('engine resources', () => {
  it('load a resource once per key and share it', async () => {
    const r = createResources('/data');
    let n = 0;
    const load = async () => ({ loaded: ++n });
    const [a, b] = await Promise.all([r.get('kb', load), r.get('kb', load)]);
    expect(a).toBe(b);
    expect(n).toBe(1);
    expect(r.dataDir).toBe('/data');
    expect(r.loaded()).toEqual(['kb']);
  });

  it('forget a failed load so that a later request retries', async () => {
    const r = createResources();
    await expect(r.get('model', () => Promise.reject(new Error('missing file')))).rejects.toThrow('missing file');
    await new Promise((resolve) => setTimeout(resolve, 0));
    await expect(r.get('model', () => 'ok')).resolves.toBe('ok');
  });

  it('have one shared set per process', () => {
    expect(sharedResources()).toBe(sharedResources());
  });
});
