/**
 * Cuts a plain-text page into units — the lines a reader judges one by one: a line per unit when the
 * page puts each paragraph on its own line, whole paragraphs when the page is hard-wrapped (lines
 * broken at a fixed width, paragraphs separated by blank lines). Sentences run together by a scraper
 * ("jurisdiction.The man") mark paragraph breaks the scraper lost: the unit is split there.
 */
import { MappedText } from './mapped-text.js';

/** A unit of the page, with its characters mapped to the source. */
export type Unit = MappedText;

interface Line {
  readonly body: MappedText;
  readonly blank: boolean;
}

function linesOf(raw: string): Line[] {
  const out: Line[] = [];
  const re = /[^\r\n]*(?:\r\n|\r|\n|$)/g;
  for (let m = re.exec(raw); m && m[0]; m = re.exec(raw)) {
    const content = m[0].replace(/[\r\n]+$/, '');
    const body = MappedText.fromSource(raw, m.index, m.index + content.length).trim();
    out.push({ body, blank: !/[^\s\uFEFF\u200B]/.test(body.text) });
    if (re.lastIndex === raw.length) break;
  }
  return out;
}

/**
 * True when the page is hard-wrapped: most lines fill a similar width and paragraphs span several
 * lines. A page with one paragraph per line has lines of every length.
 */
function isHardWrapped(lines: readonly Line[]): boolean {
  const full = lines.filter((l) => !l.blank);
  if (full.length < 6) return false;
  const max = full.reduce((m, l) => Math.max(m, l.body.length), 0);
  if (max > 110) return false;
  const wide = full.filter((l) => l.body.length >= 0.7 * max && l.body.length >= 40).length;
  let runs = 0;
  for (let i = 1; i < lines.length; i++) if (!lines[i].blank && !lines[i - 1].blank) runs++;
  return wide / full.length >= 0.5 && runs >= full.length / 3;
}

/** The page's units, in order, trimmed, white space squeezed, run-on sentences separated. */
export function textUnits(raw: string): Unit[] {
  const lines = linesOf(raw);
  const units: MappedText[] = [];
  if (isHardWrapped(lines)) {
    const width = lines.reduce((m, l) => Math.max(m, l.body.length), 0);
    let group: MappedText[] = [];
    const flush = () => {
      if (group.length) units.push(MappedText.concat(group.flatMap((g, i) => (i ? [MappedText.inserted(' '), g] : [g]))));
      group = [];
    };
    for (const l of lines) {
      if (l.blank) {
        flush();
        continue;
      }
      group.push(l.body);
      // A short line that ends a sentence ends its paragraph even without a blank line after it.
      if (l.body.length < 0.6 * width && /[.!?:"”]$/.test(l.body.text)) flush();
    }
    flush();
  } else {
    for (let i = 0; i < lines.length; i++) {
      const l = lines[i];
      if (l.blank) continue;
      const prev = lines[i - 1];
      // A line that starts in lower case after an unfinished one continues it (a paragraph broken by the scraper).
      // A byline in lower case ("by Staff Writer | 3 March 2024") starts a line of its own.
      if (prev && !prev.blank && units.length && /^\p{Ll}/u.test(l.body.text) && !/[.!?:"”]$/.test(prev.body.text) && !/^by\s+\p{Lu}/u.test(l.body.text)) {
        units[units.length - 1] = MappedText.concat([units[units.length - 1], MappedText.inserted(' '), l.body]);
      } else units.push(l.body);
    }
  }
  return units.flatMap((u) => splitRunOns(dropResidue(u.squeezeSpaces())));
}

/** A paragraph opening with a lone "?" or U+FFFD before its first word: a character lost in re-encoding. */
function dropResidue(u: MappedText): MappedText {
  const m = /^[?\uFFFD]\s+(?=["“\p{Lu}])/u.exec(u.text);
  return m ? u.slice(m[0].length) : u;
}

// "jurisdiction.The", "people.”“A", "assistance.”This": a sentence end glued to the next capitalised word.
const RUN_ON = /(?<=[\p{Ll}\d%)][.!?]["”’]?)(?=“?\p{Lu}[\p{Ll}\s])|(?<=[.!?][”"])(?=[“])/gu;

function splitRunOns(u: MappedText): MappedText[] {
  const out: MappedText[] = [];
  let prev = 0;
  for (const m of u.text.matchAll(RUN_ON)) {
    out.push(u.slice(prev, m.index));
    prev = m.index;
  }
  out.push(u.slice(prev));
  return out.map((p) => p.trim()).filter((p) => p.length > 0);
}
