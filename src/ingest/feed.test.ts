import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { looksLikeFeed, parseFeedItems, readFeedFile } from './feed.js';

const dir = mkdtempSync(join(tmpdir(), 'entente-feed-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const LONG = '<p>' + 'The two governments agreed to reopen the consulates and resume regular flights next spring. '.repeat(10) + '</p>';

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
  <channel>
    <title>Example World News</title>
    <link>https://news.example.org/</link>
    <item>
      <title>Consulates to reopen</title>
      <link>https://news.example.org/2024/05/consulates</link>
      <pubDate>Tue, 07 May 2024 09:30:00 GMT</pubDate>
      <description>Short summary.</description>
      <content:encoded><![CDATA[${LONG}]]></content:encoded>
    </item>
    <item>
      <title>Ministers to meet</title>
      <link>https://news.example.org/2024/05/ministers</link>
      <pubDate>Wed, 08 May 2024 10:00:00 GMT</pubDate>
      <description>Foreign ministers will meet next week &amp; discuss trade.</description>
    </item>
    <item>
      <title>Empty</title>
    </item>
  </channel>
</rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<!-- a comment before the root -->
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Example Atom</title>
  <id>urn:example:feed</id>
  <updated>2024-06-01T12:00:00Z</updated>
  <entry>
    <title>Border talks</title>
    <id>urn:example:1</id>
    <link href="https://atom.example.org/border-talks"/>
    <published>2024-06-01T08:00:00Z</published>
    <author><name>R. Reporter</name></author>
    <summary>Negotiators met at the border.</summary>
  </entry>
</feed>`;

describe('feeds', () => {
  it('recognises RSS and Atom documents and nothing else', () => {
    expect(looksLikeFeed(RSS)).toBe(true);
    expect(looksLikeFeed(ATOM)).toBe(true);
    expect(looksLikeFeed('<!DOCTYPE html><html><body>rss</body></html>')).toBe(false);
    expect(looksLikeFeed('plain text mentioning <rss> later')).toBe(false);
  });

  it('takes an RSS item with full content as HTML, links the others, and flags an empty item', () => {
    const items = parseFeedItems(RSS, 'https://news.example.org/rss');
    expect(items.map((i) => i.kind)).toEqual(['html', 'link', 'invalid']);
    expect(items[0]).toMatchObject({
      input: 'https://news.example.org/2024/05/consulates',
      sourceKind: 'feed',
      meta: { title: 'Consulates to reopen', published: '2024-05-07T09:30:00.000Z', url: 'https://news.example.org/2024/05/consulates' },
    });
    expect(items[1]).toMatchObject({ kind: 'link', url: 'https://news.example.org/2024/05/ministers' });
    expect(items[2]).toMatchObject({ input: 'https://news.example.org/rss#3' });
    if (items[2].kind === 'invalid') expect(items[2].error.code).toBe('E109');
  });

  it('uses the summary when links are not to be followed', () => {
    const items = parseFeedItems(RSS, 'rss', { follow: false });
    expect(items[1]).toMatchObject({ kind: 'html', body: 'Foreign ministers will meet next week & discuss trade.' });
  });

  it('reads an Atom file with authors and dates', async () => {
    const path = join(dir, 'atom.xml');
    writeFileSync(path, ATOM);
    const items = await readFeedFile(path);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ kind: 'link', url: 'https://atom.example.org/border-talks', meta: { authors: ['R. Reporter'], published: '2024-06-01T08:00:00.000Z', title: 'Border talks' } });
  });

  it('refuses a document that is not a feed (E110) and a missing file (E103)', async () => {
    expect(() => parseFeedItems('<html><body>no</body></html>', 'page.html')).toThrow(expect.objectContaining({ code: 'E110' }));
    await expect(readFeedFile(join(dir, 'missing.xml'))).rejects.toMatchObject({ code: 'E103' });
  });
});
