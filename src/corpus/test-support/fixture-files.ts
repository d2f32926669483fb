/**
 * Writes a small folder of invented inputs of every kind an ingest reads: a plain-text article, a
 * reprint of it scraped from another site (furniture, light edits, source and copyright lines), an
 * HTML page, a JSON Lines batch (with a malformed line and an article the rule analyzer refuses), an
 * RSS feed with full-text items and a gzipped WARC archive.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { WARCRecord, WARCSerializer } from 'warcio';

export const ORIGINAL_TXT = `France and Germany agree on joint energy grid

By Anna Kovac March 4, 2024

France signed a new energy agreement with Germany on Monday, creating a shared reserve of power for the coming winter and linking the two national grids at three more points along the Rhine.

Officials said Poland praised France for leading the talks, and that Warsaw would consider joining the reserve once its own connections to the western network were finished next year.

The agreement still needs the approval of both parliaments. Engineers expect the first new link to open in the autumn, with the others following over the next two years.
`;

export const REPRINT_TXT = `Advertisement

Share this article

Subscribe to our newsletter

France and Germany agree on joint energy grid

By Anna Kovac March 4, 2024

France signed a new energy agreement with Germany on Monday, creating a shared reserve of power for the coming winter and linking the two national grids at three more points along the Rhine river.

Officials said Poland praised France for leading the talks, and that Warsaw would consider joining the reserve once its own connections to the western network were finished next year.

The agreement still needs the approval of both parliaments. Engineers expect the first new link to open in the autumn, with the others following over the coming two years.

Source: https://baltic-ledger.example/2024/03/04/energy-grid

Copyright (c) 2024. Baltic Ledger. Reprinted with the permission of Baltic Ledger.
`;

const HTML_PAGE = `<!DOCTYPE html><html><head><title>Border talks</title>
<meta property="og:title" content="Poland and Germany hold border talks">
<meta property="article:published_time" content="2024-03-12T08:00:00Z">
<meta property="og:site_name" content="Vistula Times"></head>
<body><nav>Home | World | Sport</nav><article><h1>Poland and Germany hold border talks</h1>
<p>Poland met with Germany in Frankfurt an der Oder on Tuesday to discuss border controls, rail crossings and the shared police patrols that began last year.</p>
<p>Both delegations said the talks were constructive and agreed to meet again before the summer to review the new checkpoints.</p>
</article><footer>Copyright Vistula Times</footer></body></html>`;

const JSONL = [
  { url: 'https://wire.example/a', title: 'Germany accuses Poland', published: '2024-03-15', text: 'Germany accused Poland of delaying the rail project at the border crossing near Gorlitz, officials in Berlin said on Friday. Warsaw rejected the claim and said the work would finish on time.' },
  { url: 'https://wire.example/b', title: 'Refused', published: '2024-03-16', text: 'This record asks the rule analyzer to fail. [[fail]] It has enough words to be read as an article by the plain-text reader.' },
  'not json at all',
  { url: 'https://wire.example/c', title: 'Summit', published: '2024-03-18', text: 'France met with Poland in Paris on Monday to prepare the autumn summit of regional leaders. The ministers discussed energy prices and grain transit.' },
];

const LONG = 'Germany praised France for its support of the new rail corridor, which will carry freight between the two countries from next year. '.repeat(6);
const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Example News</title><link>https://feed.example/</link>
<item><title>Rail corridor praised</title><link>https://feed.example/rail</link><pubDate>Wed, 20 Mar 2024 09:00:00 GMT</pubDate>
<content:encoded><![CDATA[<p>${LONG}</p>]]></content:encoded></item>
</channel></rss>`;

const WARC_PAGE = `<html><head><title>Grid link opens</title><meta property="article:published_time" content="2024-04-02"></head><body><article>
<p>Germany signed the final contract with France on Tuesday for the first cross-border grid link, which engineers say will carry power in both directions by the end of the year.</p>
<p>The link is part of a wider plan to share reserves between the two countries during cold winters and dry summers.</p></article></body></html>`;

async function* bytes(s: string) {
  yield new TextEncoder().encode(s);
}

/** Writes the fixture folder into `dir` and returns the paths. */
export async function writeFixtureFolder(dir: string): Promise<Record<'original' | 'reprint' | 'html' | 'jsonl' | 'feed' | 'warc', string>> {
  mkdirSync(dir, { recursive: true });
  const p = {
    original: join(dir, 'original.txt'),
    reprint: join(dir, 'reprint.txt'),
    html: join(dir, 'border-talks.html'),
    jsonl: join(dir, 'batch.jsonl'),
    feed: join(dir, 'news.rss'),
    warc: join(dir, 'crawl.warc.gz'),
  };
  writeFileSync(p.original, ORIGINAL_TXT);
  writeFileSync(p.reprint, REPRINT_TXT);
  writeFileSync(p.html, HTML_PAGE);
  writeFileSync(p.jsonl, JSONL.map((r) => (typeof r === 'string' ? r : JSON.stringify(r))).join('\n') + '\n');
  writeFileSync(p.feed, RSS);
  const record = await WARCRecord.create(
    { url: 'https://grid.example/link-opens', date: '2024-04-02T10:00:00Z', type: 'response', warcVersion: 'WARC/1.1', httpHeaders: { 'Content-Type': 'text/html; charset=utf-8' } },
    bytes(WARC_PAGE),
  );
  writeFileSync(p.warc, await WARCSerializer.serialize(record, { gzip: true }));
  return p;
}
