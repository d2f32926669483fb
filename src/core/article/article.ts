/**
 * The Article: what a reader hands to the pipeline. Clean body text, the metadata read from the
 * page, the paragraph structure, and an {@link OffsetMap} from the clean text back to the source.
 */
import type { Span } from '../span.js';
import type { OffsetMap } from './offset-map.js';

/** Where an article came from. */
export type SourceKind = 'text' | 'html' | 'url' | 'stdin' | 'jsonl' | 'feed' | 'warc';

/** Metadata of an article. Unknown values are `null` (never guessed). */
export interface ArticleMeta {
  /** Headline. */
  title: string | null;
  /** Bylined authors, in page order. */
  authors: string[];
  /** Publication date, `YYYY-MM-DD` (or a full ISO timestamp when the page gives the time). */
  published: string | null;
  /** The original publisher (for a reprint: who wrote it first, e.g. "RFE/RL"). */
  publisher: string | null;
  /** The site that reprinted or syndicated the article, when it is a copy. */
  reprintedBy: string | null;
  /** The article's own URL (for a reprint: the original's, when the page states it). */
  url: string | null;
  /** ISO 639-1 language code detected from the body text. */
  language: string | null;
  /** Section headings inside the body, in order. */
  sections: string[];
  /** Where the text was read from (file path, URL or `-`). */
  source?: string | null;
  /** The address the page was fetched from or names itself with, if different from `url`. */
  pageUrl?: string | null;
  /** Standfirst / description from the page metadata. */
  description?: string | null;
  /** The dateline place ("NEW DELHI"), when the body opens with one. */
  dateline?: string | null;
}

/** A block of the body: a paragraph or a section heading. */
export interface Block extends Span {
  readonly kind: 'paragraph' | 'heading';
}

/** An article ready for analysis. */
export interface Article {
  /** Clean body text: blocks separated by blank lines, no page furniture. */
  readonly text: string;
  readonly meta: ArticleMeta;
  /** Paragraphs and headings, in order, as spans into `text`. */
  readonly blocks: readonly Block[];
  /** Maps offsets in `text` back to offsets in the source document. */
  readonly offsets: OffsetMap;
  /** What kind of input it was read from. */
  readonly sourceKind: SourceKind;
}

/** Metadata with every field unknown. */
export function emptyMeta(): ArticleMeta {
  return {
    title: null,
    authors: [],
    published: null,
    publisher: null,
    reprintedBy: null,
    url: null,
    language: null,
    sections: [],
  };
}
