import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase, knowledgeBaseFrom, shippedKbPaths } from './load-kb.js';
import { createResources } from './resources.js';

/** A throwaway data folder with a minimal knowledge base. */
function dataDir(files: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'entente-kb-'));
  mkdirSync(join(dir, 'kb', 'people'), { recursive: true });
  const defaults: Record<string, unknown> = {
    'states.json': [{ id: 'state:KAZ', iso2: 'KZ', iso3: 'KAZ', cameo: 'KAZ', name: 'Kazakhstan', adjectives: ['Kazakh'], status: 'un-member' }],
    'igos.json': [],
    'orgs.json': [],
    'sectors.json': [{ words: ['president'], sector: 'GOV', role: 'head of state' }],
  };
  for (const [name, content] of Object.entries({ ...defaults, ...files })) {
    writeFileSync(join(dir, 'kb', name), typeof content === 'string' ? content : JSON.stringify(content));
  }
  return dir;
}

describe('loadKnowledgeBase', () => {
  it('reads the shipped files and the people folder', () => {
    const dir = dataDir({
      'people/KAZ.json': [{ id: 'person:test-person', name: 'Test Person', roles: [{ role: 'head of state', country: 'KAZ', start: '2019', end: null }] }],
    });
    const kb = loadKnowledgeBase({ dataDir: dir });
    expect(shippedKbPaths(dir).map((p) => p.slice(dir.length))).toContain('/kb/people/KAZ.json');
    expect(kb.holderOf('KAZ', 'head of state', '2022-09-14')?.name).toBe('Test Person');
    expect(kb.lookup('Kazakh')[0]?.id).toBe('state:KAZ');
  });
  it('lets a user file override or extend shipped entries', () => {
    const dir = dataDir({});
    const user = join(dir, 'mine.json');
    writeFileSync(user, JSON.stringify([{ id: 'state:KAZ', merge: true, aliases: ['Qazaqstan'] }]));
    expect(loadKnowledgeBase({ dataDir: dir, userFiles: [user] }).lookup('Qazaqstan')[0]?.id).toBe('state:KAZ');
  });
  it('names a missing file (E200) and a malformed one (E201)', () => {
    const dir = dataDir({ 'orgs.json': '[{"id": "org:x",' });
    expect(() => loadKnowledgeBase({ dataDir: dir })).toThrow(expect.objectContaining({ code: 'E201', input: 'data/kb/orgs.json' }));
    expect(() => loadKnowledgeBase({ dataDir: dataDir({}), userFiles: ['/nonexistent/kb.json'] })).toThrow(
      expect.objectContaining({ code: 'E200', input: '/nonexistent/kb.json' }),
    );
  });
  it('reports a bad entry with the file, entry and field', () => {
    const dir = dataDir({ 'people/KAZ.json': [{ id: 'person:p', name: 'P', roles: [{ role: 'head of state', country: 'KAZ', start: '2019-13-01' }] }] });
    expect(() => loadKnowledgeBase({ dataDir: dir })).toThrow(/entry 1 \(person:p\): field "roles\[0\]\.start" must be a date/);
  });
  it('loads once per set of resources', async () => {
    const resources = createResources(dataDir({}));
    const a = await knowledgeBaseFrom(resources);
    const b = await knowledgeBaseFrom(resources);
    expect(a).toBe(b);
    expect(resources.loaded()).toEqual(['kb']);
  });
});
