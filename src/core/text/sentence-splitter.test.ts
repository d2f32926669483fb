import { describe, expect, it } from 'vitest';
import type { Block } from '../article/article.js';
import { segmentText } from './segment.js';
import { createSentenceSplitter } from './sentence-splitter.js';
import { createTextTokenizer } from './tokenizer.js';

const tokenizer = createTextTokenizer();
const splitter = createSentenceSplitter();

/** The sentences of `text` as strings (blocks: blank-line paragraphs unless given). */
function sentences(text: string, blocks: Block[] = []): string[] {
  const seg = segmentText(text, blocks, tokenizer, splitter);
  return Array.from(seg.tokStart, (from, s) => text.slice(seg.start[from], seg.end[seg.tokEnd[s] - 1]));
}

describe('sentence splitter: blocks', () => {
  it('starts a sentence at every block, so headlines and bylines stand alone', () => {
    const text = 'Ministers Agree New Trade Rules\n\nBy Ana Ruiz\n\nThe ministers met on Monday. They agreed.';
    expect(sentences(text)).toEqual(['Ministers Agree New Trade Rules', 'By Ana Ruiz', 'The ministers met on Monday.', 'They agreed.']);
  });

  it('uses the blocks it is given, headings included', () => {
    const text = 'Talks resume\nOfficials met in Geneva';
    const blocks: Block[] = [
      { start: 0, end: 12, kind: 'heading' },
      { start: 13, end: text.length, kind: 'paragraph' },
    ];
    expect(sentences(text, blocks)).toEqual(['Talks resume', 'Officials met in Geneva']);
  });
});

describe('sentence splitter: stops', () => {
  it('splits on . ! and ?', () => {
    expect(sentences('The talks failed. Why? Nobody knows! Officials left.')).toEqual([
      'The talks failed.', 'Why?', 'Nobody knows!', 'Officials left.',
    ]);
  });

  it('does not split after titles and inner abbreviations', () => {
    expect(sentences('Gen. Ortiz and Sen. Park met U.S. officials on Sept. 15 at No. 10 Downing Street.')).toHaveLength(1);
    expect(sentences('Acme Inc. said on Jan. 3 that its profit rose.')).toHaveLength(1);
  });

  it('splits after an abbreviation that ends a sentence when a usual starter follows', () => {
    expect(sentences('The envoy flew to the U.S. The talks begin on Monday.')).toEqual([
      'The envoy flew to the U.S.', 'The talks begin on Monday.',
    ]);
    expect(sentences('He joined Acme Inc. He left in May.')).toEqual(['He joined Acme Inc.', 'He left in May.']);
  });

  it('does not split after initials', () => {
    expect(sentences('George W. Bush met J. R. Smith in Texas.')).toHaveLength(1);
  });

  it('does not split inside decimals and amounts', () => {
    expect(sentences('Growth slowed to 3.5 percent, or $1.2bn, last year.')).toHaveLength(1);
  });

  it('continues after an ellipsis followed by lower case and splits before a capital', () => {
    expect(sentences('The deal was... not quite done. We waited… Then it came.')).toEqual([
      'The deal was... not quite done.', 'We waited…', 'Then it came.',
    ]);
  });

  it('splits after ?! runs', () => {
    expect(sentences('Was it a coup?! Nobody could say.')).toEqual(['Was it a coup?!', 'Nobody could say.']);
  });

  it('keeps a reference mark after the stop with its sentence', () => {
    expect(sentences('He studied in Vienna. [12] Later he moved to Rome.')).toEqual(['He studied in Vienna. [12]', 'Later he moved to Rome.']);
  });

  it('keeps a lower-case continuation after a period in the sentence', () => {
    expect(sentences('Output in the U.S. economy grew.')).toHaveLength(1);
  });
});

describe('sentence splitter: quotations', () => {
  it('keeps a quote closing after ? or ! with a lower-case attribution in one sentence', () => {
    expect(sentences('"Are you ready?" he asked. "Yes!" she replied.')).toEqual(['"Are you ready?" he asked.', '"Yes!" she replied.']);
    expect(sentences('“Who will pay?” asked the minister.')).toHaveLength(1);
  });

  it('keeps a quote closing after ? with a named speaker and a reporting verb in one sentence', () => {
    expect(sentences('"Why now?" Maria Lopez asked. Nobody answered.')).toEqual(['"Why now?" Maria Lopez asked.', 'Nobody answered.']);
  });

  it('ends the sentence with the closing quote when a capital follows', () => {
    expect(sentences('He said the plan had "no future." The talks ended.')).toEqual([
      'He said the plan had "no future."', 'The talks ended.',
    ]);
    expect(sentences('“We will respond.” Officials declined to comment.')).toEqual([
      '“We will respond.”', 'Officials declined to comment.',
    ]);
  });

  it('gives a quote written against the next word (paragraphs joined without a space) to the next sentence', () => {
    expect(sentences('He declined to comment.“We are aware of it,” an aide said.”“A new round follows.')).toEqual([
      'He declined to comment.', '“We are aware of it,” an aide said.”', '“A new round follows.',
    ]);
    expect(sentences('“We will help.”Talks go on. "We agree."Talks end. He said."No."')).toEqual([
      '“We will help.”', 'Talks go on.', '"We agree."', 'Talks end.', 'He said.', '"No."',
    ]);
  });

  it('splits a multi-sentence quote into its sentences', () => {
    expect(sentences('"We are ready. The question is when," the envoy said. "We will see."')).toEqual([
      '"We are ready.', 'The question is when," the envoy said.', '"We will see."',
    ]);
  });

  it('keeps brackets inside a quote in the sentence', () => {
    expect(sentences('"Ties between [the two states] are strong," she said.')).toHaveLength(1);
  });
});

describe('sentence splitter: line breaks inside a block', () => {
  it('splits a title line without final punctuation from the text under it', () => {
    expect(sentences('Rebels agree to ceasefire\nRebels agreed to a ceasefire on Thursday.')).toEqual([
      'Rebels agree to ceasefire', 'Rebels agreed to a ceasefire on Thursday.',
    ]);
  });

  it('splits scraped text with one paragraph per line, bullets included', () => {
    expect(sentences('Leaders Sign Pact\n- Published\nThe leaders signed a pact.\nIt takes effect in May.')).toEqual([
      'Leaders Sign Pact', '- Published', 'The leaders signed a pact.', 'It takes effect in May.',
    ]);
  });

  it('does not split where the line stops mid-sentence', () => {
    expect(sentences('The minister met the\nForeign Secretary in London,\nLater that day.')).toEqual([
      'The minister met the\nForeign Secretary in London,\nLater that day.',
    ]);
  });

  it('does not split hard-wrapped prose at capitals', () => {
    const text = 'The delegation, led by the deputy\nminister, arrived in the capital on\nTuesday for talks with President\nMaria Lopez and her cabinet.';
    expect(sentences(text)).toHaveLength(1);
  });

  it('never splits after a title at a line end', () => {
    expect(sentences('A statement by Gen.\nOrtiz followed.')).toHaveLength(1);
  });
});

describe('sentence splitter: spans', () => {
  it('covers every token exactly once, in order', () => {
    const text = 'One. Two?\n\n"Three," he said. Four!\nFive';
    const seg = segmentText(text, [], tokenizer, splitter);
    expect(seg.tokStart[0]).toBe(0);
    for (let s = 1; s < seg.tokStart.length; s++) expect(seg.tokStart[s]).toBe(seg.tokEnd[s - 1]);
    expect(seg.tokEnd[seg.tokEnd.length - 1]).toBe(seg.start.length);
  });
});

describe('sentence splitter: courtesy titles of official communiqués', () => {
  it('never ends a sentence at "Smt." or "H.E." before a name', () => {
    expect(sentences('The minister called on H.E. Smt. Anjali Rao, the governor. They spoke.')).toEqual([
      'The minister called on H.E. Smt. Anjali Rao, the governor.',
      'They spoke.',
    ]);
  });
});
