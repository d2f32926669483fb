import { describe, expect, it } from 'vitest';
import { createAbbreviations } from './abbreviations.js';
import { createTextTokenizer, tokenize } from './tokenizer.js';

/** Surface forms of the tokens of `s`. */
const toks = (s: string): string[] => tokenize(s).map((t) => s.slice(t.start, t.end));

describe('tokenize: words and abbreviations', () => {
  it('keeps the period of titles, months and company abbreviations', () => {
    expect(toks('Gen. Ortiz met Lt. Col. Haas and Dr. Amin on Sept. 3 and Jan. 9.')).toEqual([
      'Gen.', 'Ortiz', 'met', 'Lt.', 'Col.', 'Haas', 'and', 'Dr.', 'Amin', 'on', 'Sept.', '3', 'and', 'Jan.', '9', '.',
    ]);
    expect(toks('Mr. Lee of Acme Inc., Bell Corp. and Rowe Co. Ltd. said vs. rivals, Jr. too')).toContain('Inc.');
    expect(toks('Bell Corp. and Rowe Co. Ltd. vs. Sam Jr.')).toEqual(['Bell', 'Corp.', 'and', 'Rowe', 'Co.', 'Ltd.', 'vs.', 'Sam', 'Jr.']);
    expect(toks('They live on St. Mark Street.')).toEqual(['They', 'live', 'on', 'St.', 'Mark', 'Street', '.']);
    expect(toks('Sen. Ray Cole, R-Tex., and ex-Gov. Amy Fox')).toEqual(['Sen.', 'Ray', 'Cole', ',', 'R-Tex.', ',', 'and', 'ex-Gov.', 'Amy', 'Fox']);
    expect(toks('GEN. ORTIZ ARRIVES')).toEqual(['GEN.', 'ORTIZ', 'ARRIVES']);
  });

  it('recognises dotted acronyms by their shape, also at the end of a sentence', () => {
    expect(toks('The U.S. and U.K. envoys, e.g. at 9 a.m. or 5 p.m., i.e. daily.')).toEqual([
      'The', 'U.S.', 'and', 'U.K.', 'envoys', ',', 'e.g.', 'at', '9', 'a.m.', 'or', '5', 'p.m.', ',', 'i.e.', 'daily', '.',
    ]);
    expect(toks('Sanctions hit the U.S.')).toEqual(['Sanctions', 'hit', 'the', 'U.S.']);
    expect(toks('U.S.-led talks and the U.S.\'s role')).toEqual(['U.S.-led', 'talks', 'and', 'the', 'U.S.', "'s", 'role']);
  });

  it('keeps "No." only before a number', () => {
    expect(toks('He lives at No. 10 Downing Street.')).toContain('No.');
    expect(toks('The answer was No. Then he left.')).toEqual(['The', 'answer', 'was', 'No', '.', 'Then', 'he', 'left', '.']);
  });

  it('keeps initials with their period', () => {
    expect(toks('J. R. R. Tolkien met George W. Bush.')).toEqual(['J.', 'R.', 'R.', 'Tolkien', 'met', 'George', 'W.', 'Bush', '.']);
  });

  it('keeps hyphenated names and words as one token', () => {
    expect(toks('Nur-Sultan hosted Kassym-Jomart Tokayev, Jean-Yves Le Drian and Nana Akufo-Addo.')).toEqual([
      'Nur-Sultan', 'hosted', 'Kassym-Jomart', 'Tokayev', ',', 'Jean-Yves', 'Le', 'Drian', 'and', 'Nana', 'Akufo-Addo', '.',
    ]);
    expect(toks('a "no-limits" cease-fire and a 30-year-old al-Qaeda fighter')).toEqual([
      'a', '"', 'no-limits', '"', 'cease-fire', 'and', 'a', '30-year-old', 'al-Qaeda', 'fighter',
    ]);
  });

  it('splits possessives', () => {
    expect(toks("Russia's war and Harris' plan, the leaders’ summit, Xi’s visit")).toEqual([
      'Russia', "'s", 'war', 'and', 'Harris', "'", 'plan', ',', 'the', 'leaders', '’', 'summit', ',', 'Xi', '’s', 'visit',
    ]);
  });

  it('splits contractions as UD does', () => {
    expect(toks("I don't think they can't, won't or shouldn't; it's what we'll see, I'm sure they've said.")).toEqual([
      'I', 'do', "n't", 'think', 'they', 'ca', "n't", ',', 'wo', "n't", 'or', 'should', "n't", ';', 'it', "'s", 'what', 'we',
      "'ll", 'see', ',', 'I', "'m", 'sure', 'they', "'ve", 'said', '.',
    ]);
    expect(toks('We cannot wait, they’re gonna act. Don’t.')).toEqual([
      'We', 'can', 'not', 'wait', ',', 'they', '’re', 'gon', 'na', 'act', '.', 'Do', 'n’t', '.',
    ]);
  });

  it('keeps apostrophes inside names', () => {
    expect(toks("O'Neill met al-Qa'ida's envoy in Côte d'Ivoire at 6 o'clock in '71.")).toEqual([
      "O'Neill", 'met', "al-Qa'ida", "'s", 'envoy', 'in', 'Côte', "d'Ivoire", 'at', '6', "o'clock", 'in', "'71", '.',
    ]);
  });
});

describe('tokenize: punctuation', () => {
  it('makes em and en dashes and "--" tokens of their own', () => {
    expect(toks('Central Asian states -- Kazakhstan in particular -- are wary—and say so – loudly.')).toEqual([
      'Central', 'Asian', 'states', '--', 'Kazakhstan', 'in', 'particular', '--', 'are', 'wary', '—', 'and', 'say', 'so', '–',
      'loudly', '.',
    ]);
  });

  it('splits brackets inside quotes', () => {
    expect(toks('"Relations between [the two leaders] changed," she said.')).toEqual([
      '"', 'Relations', 'between', '[', 'the', 'two', 'leaders', ']', 'changed', ',', '"', 'she', 'said', '.',
    ]);
    expect(toks('"[Xi and Putin]"')).toEqual(['"', '[', 'Xi', 'and', 'Putin', ']', '"']);
  });

  it('splits straight and curly quotes from words', () => {
    expect(toks('“We are ready,” he said of ‘peace’ and \'stability\'.')).toEqual([
      '“', 'We', 'are', 'ready', ',', '”', 'he', 'said', 'of', '‘', 'peace', '’', 'and', "'", 'stability', "'", '.',
    ]);
    expect(toks('a "unipolar" order."')).toEqual(['a', '"', 'unipolar', '"', 'order', '.', '"']);
  });

  it('reads the typo Navy"s as a possessive', () => {
    expect(toks('the Navy"s new ship')).toEqual(['the', 'Navy', '"s', 'new', 'ship']);
  });

  it('keeps ellipses and ?! runs whole', () => {
    expect(toks('Wait... what?! Really?? Yes… no!!!')).toEqual(['Wait', '...', 'what', '?!', 'Really', '??', 'Yes', '…', 'no', '!!!']);
  });

  it('splits a missing space after a sentence period', () => {
    expect(toks('Talks ended.The leaders left in 2019.They')).toEqual(['Talks', 'ended', '.', 'The', 'leaders', 'left', 'in', '2019', '.', 'They']);
    expect(toks('All rights reserved.THE-NEWS-WIRE at mail@Example.EDU')).toEqual(['All', 'rights', 'reserved', '.', 'THE-NEWS-WIRE', 'at', 'mail@Example.EDU']);
  });

  it('splits slashes between words but not inside numbers', () => {
    expect(toks('and/or RFE/RL 9/11')).toEqual(['and', '/', 'or', 'RFE', '/', 'RL', '9/11']);
  });
});

describe('tokenize: numbers, money, dates, times', () => {
  it('keeps numbers with separators and decimals whole', () => {
    expect(toks('1,008 troops, 1,000.5 tonnes, 3.5 percent, -4 degrees and 50%.')).toEqual([
      '1,008', 'troops', ',', '1,000.5', 'tonnes', ',', '3.5', 'percent', ',', '-4', 'degrees', 'and', '50', '%', '.',
    ]);
  });

  it('splits currency signs and units from amounts', () => {
    expect(toks('$8.7bn (7.8bn euros; £6.7bn) and US$500m, €2 billion, 10km')).toEqual([
      '$', '8.7', 'bn', '(', '7.8', 'bn', 'euros', ';', '£', '6.7', 'bn', ')', 'and', 'US', '$', '500', 'm', ',', '€', '2',
      'billion', ',', '10', 'km',
    ]);
  });

  it('keeps ordinals, decades and alphanumeric names whole', () => {
    expect(toks('the 21st century, the 1990s, 1990\'s, 3rd, G20, MH17, F-16, COVID-19, 5G')).toEqual([
      'the', '21st', 'century', ',', 'the', '1990s', ',', "1990's", ',', '3rd', ',', 'G20', ',', 'MH17', ',', 'F-16', ',',
      'COVID-19', ',', '5G',
    ]);
  });

  it('keeps dates in every common format', () => {
    expect(toks('September 15, 2022; 15/09/2022; 2022-09-15.')).toEqual([
      'September', '15', ',', '2022', ';', '15/09/2022', ';', '2022-09-15', '.',
    ]);
  });

  it('keeps clock times whole and splits am/pm written against them', () => {
    expect(toks('at 08:30 AM, 8.30am and 10pm')).toEqual(['at', '08:30', 'AM', ',', '8.30', 'am', 'and', '10', 'pm']);
  });
});

describe('tokenize: web text', () => {
  it('keeps URLs whole and leaves trailing punctuation out', () => {
    expect(toks('See https://www.example.org/a/b-c/123.html, or (www.example.com/x).')).toEqual([
      'See', 'https://www.example.org/a/b-c/123.html', ',', 'or', '(', 'www.example.com/x', ')', '.',
    ]);
    expect(toks('http://en.wikipedia.org/wiki/Foo_(bar).')).toEqual(['http://en.wikipedia.org/wiki/Foo_(bar)', '.']);
  });

  it('keeps e-mail addresses whole', () => {
    expect(toks('Write to press.office@example.org.')).toEqual(['Write', 'to', 'press.office@example.org', '.']);
  });

  it('keeps @handles and #hashtags whole', () => {
    expect(toks('@UN_News posted #Ukraine and #peace2022 but #1 is a number')).toEqual([
      '@UN_News', 'posted', '#Ukraine', 'and', '#peace2022', 'but', '#', '1', 'is', 'a', 'number',
    ]);
  });

  it('makes an emoji one token', () => {
    expect(toks('Great 👍 news')).toEqual(['Great', '👍', 'news']);
  });
});

describe('tokenize: offsets', () => {
  const text = ' "Xi\'s [U.S.] deal—$8.7bn, 50%—isn\'t done," Mr. Lee said…\n\nNext: https://x.org/a?b=1 !? ';

  it('gives offsets into the text, in order, never overlapping, covering every non-space character', () => {
    const spans = tokenize(text);
    let covered = 0;
    for (let k = 0; k < spans.length; k++) {
      const { start, end } = spans[k];
      expect(end).toBeGreaterThan(start);
      if (k > 0) expect(start).toBeGreaterThanOrEqual(spans[k - 1].end);
      expect(/\s/.test(text.slice(start, end))).toBe(false);
      covered += end - start;
    }
    expect(covered).toBe(text.replace(/\s/g, '').length);
  });

  it('tokenizes a range of the text with offsets into the whole text', () => {
    const from = text.indexOf('Next');
    const spans = tokenize(text, from, text.length);
    expect(spans[0]).toEqual({ start: from, end: from + 4 });
  });

  it('takes extra abbreviations', () => {
    const tokenizer = createTextTokenizer(createAbbreviations({ title: ['Cllr'] }));
    const s = 'Cllr. Jones spoke.';
    expect(tokenizer.tokenize(s).map((t) => s.slice(t.start, t.end))).toEqual(['Cllr.', 'Jones', 'spoke', '.']);
  });
});
