/**
 * The contract every {@link Store} implementation must pass. An implementation's test file calls
 * `runStoreContract('name', makeStore)` with a factory returning a fresh, empty store; the suite
 * stores a small invented corpus and checks idempotence, syndication grouping, event merging,
 * order independence, the queries and error recording.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { fixtureCorpus, type FixtureDoc } from './test-support/corpus-fixture.js';
import { similarityOptions } from './test-support/fixtures.js';
import { groupDoc } from './test-support/group-fixture.js';
import type { Store } from './store.js';

/** Registers the contract tests for one implementation. */
export function runStoreContract(name: string, makeStore: () => Promise<Store>): void {
  describe(`store contract: ${name}`, () => {
    const open: Store[] = [];
    afterEach(async () => {
      for (const s of open.splice(0)) await s.close();
    });
    const fresh = async () => {
      const s = await makeStore();
      open.push(s);
      return s;
    };
    const fill = async (store: Store, docs: FixtureDoc[] = fixtureCorpus()) => {
      for (const d of docs) await store.putAnalysis(d.article, d.analysis, similarityOptions(d.article, d.name));
      return store;
    };
    const byName = (n: string) => fixtureCorpus().find((d) => d.name === n)!;

    it('is migrated to a schema version and starts empty', async () => {
      const s = await fresh();
      expect(await s.schemaVersion()).toBeGreaterThanOrEqual(1);
      expect((await s.stats()).articles).toBe(0);
    });

    it('stores an article once: a second put of the same content is skipped', async () => {
      const s = await fresh();
      const d = byName('original');
      expect(await s.has(d.analysis.id)).toBe(false);
      const first = await s.putAnalysis(d.article, d.analysis, similarityOptions(d.article));
      const again = await s.putAnalysis(d.article, d.analysis, similarityOptions(d.article));
      expect(first.status).toBe('stored');
      expect(again).toEqual({ status: 'exists', id: d.analysis.id, storyId: first.storyId });
      expect(await s.has(d.analysis.id)).toBe(true);
      const st = await s.stats();
      expect([st.articles, st.events, st.quotes]).toEqual([1, 5, 1]);
    });

    it('lists articles, earliest first, a page at a time', async () => {
      const s = await fill(await fresh());
      const all = await s.articles();
      expect(all.map((a) => a.published)).toEqual(['2024-03-04', '2024-03-05', '2024-03-08', '2024-04-13', '2024-05-01', '2024-05-02', '2024-05-03']);
      expect((await s.articles({ limit: 2, offset: 1 })).map((a) => a.id)).toEqual(all.slice(1, 3).map((a) => a.id));
    });

    it('stores a batch in one go, with the same result as one at a time', async () => {
      const docs = fixtureCorpus();
      const one = await fill(await fresh(), docs);
      const batch = await fresh();
      const results = await batch.putAnalyses([...docs, docs[0]].map((d) => ({ article: d.article, analysis: d.analysis, options: similarityOptions(d.article, d.name) })));
      expect(results.map((r) => r.status)).toEqual([...docs.map(() => 'stored'), 'exists']);
      expect(await batch.canonicalDump()).toEqual(await one.canonicalDump());
    });

    it('returns the stored analysis unchanged', async () => {
      const s = await fresh();
      const d = byName('factory');
      await s.putAnalysis(d.article, d.analysis);
      expect(await s.analysis(d.analysis.id)).toEqual(d.analysis);
      expect(await s.analysis('0000000000000000')).toBeNull();
    });

    it('groups a reprint with its original into one story and links it to the original publisher', async () => {
      const s = await fill(await fresh());
      const orig = await s.article(byName('original').analysis.id);
      const copy = await s.article(byName('reprint').analysis.id);
      expect(copy!.storyId).toBe(orig!.storyId);
      expect(copy!.publisher).toBe('Baltic Ledger');
      expect(copy!.reprintedBy).toBe('Continental Digest');
      expect(copy!.outlet).toBe('Continental Digest');
      const story = await s.story(orig!.storyId);
      expect(story!.numArticles).toBe(2);
      expect(story!.numSources).toBe(2);
      expect(story!.articles.map((a) => a.id)[0]).toBe(orig!.id);
      const factory = await s.article(byName('factory').analysis.id);
      expect(factory!.storyId).not.toBe(orig!.storyId);
    });

    it('joins a chain of overlapping copies into one story through the article that bridges them', async () => {
      const s = await fill(await fresh());
      const ids = ['chain-left', 'chain-middle', 'chain-right'].map((n) => byName(n).analysis.id);
      const stories = new Set(await Promise.all(ids.map(async (id) => (await s.article(id))!.storyId)));
      expect(stories.size).toBe(1);
      expect([...stories][0]).toBe([...ids].sort()[0]);
      const big = await s.stories({ minArticles: 2 });
      expect(big.map((x) => x.numArticles).sort()).toEqual([2, 3]);
    });

    it('counts an event reported by both copies once, with its articles and sources', async () => {
      const s = await fill(await fresh());
      const praise = (await s.events({ type: '051' }))!;
      expect(praise).toHaveLength(1);
      expect(praise[0]).toMatchObject({ numArticles: 2, numSources: 2, numMentions: 2, type: 'SUPPORT', date: '2024-03-04' });
      expect(praise[0].firstArticleId).toBe(byName('original').analysis.id);
      expect(praise[0].sourceUrl).toBe('https://baltic-ledger.example/2024/03/04/ministers');
      // The same dyad signing a deal in another story is another event.
      const support = await s.events({ dyad: ['FRA', 'DEU'], type: 'SUPPORT' });
      expect(support.map((e) => e.numArticles)).toEqual([1, 1]);
    });

    it('ends in the same state whatever order the articles arrive in', async () => {
      const docs = fixtureCorpus();
      const a = await fill(await fresh(), docs);
      const order = [docs[6], docs[4], docs[1], docs[3], docs[0], docs[5], docs[2]];
      const b = await fill(await fresh(), order);
      expect(await b.canonicalDump()).toEqual(await a.canonicalDump());
    });

    it('filters events by actor, dyad, type, quad class, dates and text; negated events only on request', async () => {
      const s = await fill(await fresh());
      expect((await s.events()).length).toBe(7);
      expect((await s.events({ includeNegated: true })).length).toBe(8);
      expect((await s.events({ actor: 'Poland' })).map((e) => e.cameo).sort()).toEqual(['042', '051']);
      expect((await s.events({ actor: 'Jonas Weber' })).map((e) => e.cameo).sort()).toEqual(['042', '112']);
      expect((await s.events({ dyad: ['DEU', 'FRA'] })).length).toBe(4);
      expect((await s.events({ quadClass: 3 })).map((e) => e.type)).toEqual(['ACCUSE']);
      expect((await s.events({ type: 'consult' })).length).toBe(3);
      expect((await s.events({ from: '2024-04', to: '2024-04-30' })).map((e) => e.date)).toEqual(['2024-04-12']);
      expect((await s.events({ text: 'signed agreement' })).length).toBe(2);
      expect((await s.events({ limit: 2 })).length).toBe(2);
      await expect(s.events({ actor: 'Atlantis' })).rejects.toMatchObject({ code: 'E402' });
      await expect(s.events({ from: 'yesterday' })).rejects.toMatchObject({ code: 'E402' });
    });

    it('streams every event for exports', async () => {
      const s = await fill(await fresh());
      const seen: string[] = [];
      for await (const e of s.eachEvent({ includeNegated: true })) seen.push(e.id);
      expect(seen).toEqual((await s.events({ includeNegated: true })).map((e) => e.id));
    });

    it('resolves actors by id, name, alias, country code and CAMEO code', async () => {
      const s = await fill(await fresh());
      expect(await s.resolveActor('Germany')).toEqual([{ kind: 'country', code: 'DEU', label: 'Germany' }]);
      expect((await s.resolveActor('deu'))[0]).toMatchObject({ kind: 'country', code: 'DEU' });
      expect((await s.resolveActor('Weber'))[0]).toEqual({ kind: 'actor', id: 'person:jonas-weber', label: 'Jonas Weber' });
      expect((await s.resolveActor('IGOWSTNAT'))[0]).toMatchObject({ kind: 'actor', id: 'igo:nato' });
      expect(await s.resolveActor('Atlantis')).toEqual([]);
    });

    it('builds dyad timelines by day, week and month with quad classes, types and Goldstein', async () => {
      const s = await fill(await fresh());
      const month = await s.dyadTimeline('France', 'Germany', { by: 'month' });
      expect(month.forward).toEqual([{ period: '2024-03', count: 2, quad: [2, 0, 0, 0], types: { CONSULT: 1, SUPPORT: 1 }, goldsteinSum: 10.8, goldsteinMean: 5.4 }]);
      expect(month.backward[0].count).toBe(2);
      const day = await s.dyadTimeline('FRA', 'DEU', { by: 'day' });
      expect(day.forward.map((b) => b.period)).toEqual(['2024-03-04', '2024-03-08']);
      const week = await s.dyadTimeline('FRA', 'DEU', { by: 'week' });
      expect(week.forward.map((b) => [b.period, b.count])).toEqual([['2024-03-04', 2]]);
      // Bounds that cut a month in two count only the days inside them.
      const part = await s.dyadTimeline('France', 'Germany', { by: 'month', from: '2024-03-05', to: '2024-03-31' });
      expect(part.forward.map((b) => [b.period, b.count, b.goldsteinSum])).toEqual([['2024-03', 1, 8]]);
      const april = await s.dyadTimeline('Weber', 'Poland', { by: 'month', from: '2024-04' });
      expect(april.forward.map((b) => [b.period, b.count])).toEqual([['2024-04', 1]]);
    });

    it('builds the actor network weighted by events', async () => {
      const s = await fill(await fresh());
      const net = await s.actorNetwork();
      const edge = net.edges.find((e) => e.source === 'state:FRA' && e.target === 'state:DEU');
      expect(edge).toMatchObject({ weight: 2, quad: [2, 0, 0, 0] });
      expect(net.nodes.find((n) => n.id === 'state:FRA')).toMatchObject({ label: 'France', events: 4 });
      expect(net.edges.some((e) => e.target === 'igo:nato' && e.source === 'state:POL')).toBe(false);
      expect((await s.actorNetwork({ minWeight: 2 })).edges).toHaveLength(2);
    });

    it('shows asymmetry: who supports, praises and accuses whom, in both directions', async () => {
      const s = await fill(await fresh());
      const a = await s.asymmetry('Claire Martin', 'Poland');
      expect(a.rows).toEqual([
        { act: 'PRAISE', aToB: 1, bToA: 0 },
        { act: 'SUPPORT', aToB: 1, bToA: 0 },
      ]);
      expect(a.goldsteinMean).toEqual({ aToB: 3.4, bToA: null });
    });

    it('lists quotations by speaker, merged across copies', async () => {
      const s = await fill(await fresh());
      const q = await s.quotes({ speaker: 'Martin' });
      expect(q).toHaveLength(1);
      expect(q[0]).toMatchObject({ speakerId: 'person:claire-martin', numArticles: 2, firstArticleId: byName('original').analysis.id });
      expect(await s.quotes({ speaker: 'Jonas Weber' })).toEqual([]);
      expect((await s.quotes({ speaker: 'France' })).length).toBe(1);
    });

    it('searches article text and quotations', async () => {
      const s = await fill(await fresh());
      const hits = await s.search('Polish partners');
      expect(hits.filter((h) => h.kind === 'article').length).toBe(2);
      expect(hits.some((h) => h.kind === 'quote' && h.snippet.includes('[Polish]'))).toBe(true);
      expect(await s.search('"unbalanced quote AND (')).toEqual([]);
      expect(await s.search('')).toEqual([]);
    });

    it('profiles an actor', async () => {
      const s = await fill(await fresh());
      const p = await s.actorProfile('Weber');
      expect(p).toMatchObject({ name: 'Jonas Weber', type: 'person', country: 'DEU', eventsAsSource: 2, eventsAsTarget: 0, quotes: 0 });
      expect(p.articles).toBe(4);
      expect(p.partners.map((x) => x.id).sort()).toEqual(['igo:nato', 'state:POL']);
    });

    it('gives an overview: counts, most mentioned actors, busiest dyads and types', async () => {
      const s = await fill(await fresh());
      const o = await s.overview({ limit: 3 });
      expect(o.stats).toMatchObject({ articles: 7, stories: 4, events: 8, eventMentions: 13, quotes: 2, actors: 6, errors: 0 });
      expect(o.actors[0]).toMatchObject({ id: 'person:jonas-weber', articles: 4 });
      expect(o.dyads[0]).toEqual({ a: 'state:DEU', b: 'state:FRA', aLabel: 'Germany', bLabel: 'France', events: 4, goldsteinMean: 5.4 });
      expect(o.types.map((t) => [t.type, t.events])).toEqual([['CONSULT', 3], ['SUPPORT', 3], ['ACCUSE', 1]]);
    });

    it('keeps where a non-state group is based, and keeps the group its own actor, not its state', async () => {
      const s = await fill(await fresh(), [groupDoc()]);
      const events = await s.events({ actor: 'Northern Liberation Front' });
      expect(events.map((e) => e.type).sort()).toEqual(['ACCUSE', 'ASSAULT']);
      const assault = events.find((e) => e.type === 'ASSAULT')!;
      expect(assault.source).toMatchObject({ id: 'org:northern-liberation-front', country: null, basedIn: 'ZMB', code: 'ZMBREB' });
      expect(assault.target).toMatchObject({ id: 'state:ZMB', country: 'ZMB', basedIn: null });
      // The group is not folded into Zambia: Zambia-to-Zambia has no events, the group-Zambia dyad has both.
      expect((await s.dyadTimeline('ZMB', 'ZMB')).forward).toEqual([]);
      const t = await s.dyadTimeline('Northern Liberation Front', 'Zambia', { by: 'month' });
      expect(t.a).toMatchObject({ kind: 'actor', id: 'org:northern-liberation-front' });
      expect(t.forward.map((b) => [b.period, b.count])).toEqual([['2024-06', 1]]);
      expect(t.backward.map((b) => [b.period, b.count])).toEqual([['2024-06', 1]]);
      const net = await s.actorNetwork();
      expect(net.nodes.find((n) => n.id === 'org:northern-liberation-front')).toMatchObject({ country: null, basedIn: 'ZMB', events: 2 });
      expect(net.nodes.find((n) => n.id === 'state:ZMB')).toMatchObject({ country: 'ZMB', basedIn: null });
      expect(net.edges.map((e) => [e.source, e.target]).sort()).toEqual([
        ['org:northern-liberation-front', 'state:ZMB'],
        ['state:ZMB', 'org:northern-liberation-front'],
      ]);
      expect(await s.actorProfile('Northern Liberation Front')).toMatchObject({ country: null, basedIn: 'ZMB', eventsAsSource: 1, eventsAsTarget: 1 });
      expect((await s.overview()).actors.find((a) => a.id === 'org:northern-liberation-front')).toMatchObject({ country: null, basedIn: 'ZMB' });
    });

    it('records errors and keeps one row per input', async () => {
      const s = await fresh();
      await s.recordError('feed.xml#3', 'E109', 'input has no article text');
      await s.recordError('feed.xml#3', 'E109', 'input has no article text');
      await s.recordError('broken.html', 'E101', 'input is binary');
      expect(await s.errors()).toEqual([
        { input: 'broken.html', code: 'E101', reason: 'input is binary', attempts: 1 },
        { input: 'feed.xml#3', code: 'E109', reason: 'input has no article text', attempts: 2 },
      ]);
      await s.clearError('broken.html');
      expect((await s.errors()).map((e) => e.input)).toEqual(['feed.xml#3']);
    });
  });
}
