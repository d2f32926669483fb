/**
 * The visible text of an HTML source with the source offset of each character: tags, comments,
 * scripts and styles skipped, character references decoded, white space squeezed. The HTML reader
 * finds each extracted paragraph in this stream, which makes the article's offset map point into
 * the raw HTML.
 */

/** Visible text and, per character, its offset in the HTML source. */
export interface TextStream {
  readonly text: string;
  readonly src: Int32Array;
}

const HIDDEN = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head', 'title']);
// Inline elements join their text to the neighbours'; every other tag separates words.
const INLINE = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'dfn', 'em', 'font', 'i', 'ins', 'del', 'kbd', 'mark',
  'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr', 'label', 'strike', 'big', 'tt',
]);
const BASIC: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', mdash: '—', ndash: '–', hellip: '…',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»', bull: '•', middot: '·', copy: '©',
  reg: '®', trade: '™', deg: '°', euro: '€', pound: '£', yen: '¥', cent: '¢', shy: '\u00ad', thinsp: '\u2009',
  ensp: '\u2002', emsp: '\u2003', zwj: '\u200d', zwnj: '\u200c', sbquo: '‚', bdquo: '„', prime: '′', times: '×',
};

/**
 * The visible text of `html`. `decodeNamed` decodes a named reference the table above lacks
 * (the reader passes one backed by the HTML parser); unknown references are kept as written.
 */
export function visibleText(html: string, decodeNamed: (name: string) => string | null = () => null): TextStream {
  const out: string[] = [];
  const src: number[] = [];
  // Tracked instead of read back from `out`: appending to a string and testing its end is quadratic.
  let lastSpace = true;
  const push = (s: string, at: number) => {
    for (const ch of s) {
      const space = ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r' || /\s/.test(ch);
      if (space && lastSpace) continue;
      lastSpace = space;
      out.push(space ? ' ' : ch);
      src.push(at);
      if (ch.length === 2) src.push(at);
    }
  };
  const lower = html.toLowerCase();
  let i = 0;
  while (i < html.length) {
    const c = html[i];
    if (c === '<') {
      if (html.startsWith('<!--', i)) {
        const end = html.indexOf('-->', i + 4);
        i = end < 0 ? html.length : end + 3;
        continue;
      }
      const m = /^<\/?([a-zA-Z][\w:-]*)[^>]*>/.exec(html.slice(i, i + 2000));
      if (!m) {
        push('<', i);
        i++;
        continue;
      }
      const tag = m[1].toLowerCase();
      i += m[0].length;
      if (!INLINE.has(tag)) push(' ', i - 1);
      if (HIDDEN.has(tag) && !m[0].startsWith('</') && !m[0].endsWith('/>')) {
        const close = lower.indexOf(`</${tag}`, i);
        i = close < 0 ? html.length : close;
      }
      continue;
    }
    if (c === '&') {
      const m = /^&(#x[0-9a-f]+|#\d+|[a-z][a-z0-9]*);?/i.exec(html.slice(i, i + 40));
      if (m) {
        const ref = m[1];
        let value: string | null = null;
        if (ref[0] === '#') {
          const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
          value = code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : null;
        } else value = BASIC[ref] ?? (m[0].endsWith(';') ? decodeNamed(ref) : null);
        if (value !== null) {
          push(value, i);
          i += m[0].length;
          continue;
        }
      }
    }
    push(c, i);
    i++;
  }
  return { text: out.join(''), src: Int32Array.from(src) };
}

/**
 * Source offsets for `text` (paragraphs joined by blank lines) found in order in `stream`:
 * -1 for characters it could not place (text the extractor rewrote, the joining breaks).
 */
export function alignParagraphs(text: string, stream: TextStream): Int32Array {
  const out = new Int32Array(text.length).fill(-1);
  let cursor = 0;
  let at = 0;
  for (const para of text.split('\n\n')) {
    const squeezed = para.replace(/\s+/g, ' ');
    if (squeezed.length === para.length) {
      let found = stream.text.indexOf(squeezed, cursor);
      if (found < 0) found = stream.text.indexOf(squeezed);
      if (found >= 0) {
        for (let k = 0; k < para.length; k++) out[at + k] = stream.src[found + k];
        cursor = found + para.length;
      }
    }
    at += para.length + 2;
  }
  return out;
}
