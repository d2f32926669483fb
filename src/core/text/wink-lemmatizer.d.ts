// Types for wink-lemmatizer 3 (CommonJS, no bundled types): WordNet-morphy lemmatisation by word class.
declare module 'wink-lemmatizer' {
  interface WinkLemmatizer {
    noun(word: string): string;
    verb(word: string): string;
    adjective(word: string): string;
  }
  const lemmatize: WinkLemmatizer;
  export default lemmatize;
}

// The WordNet data modules of wink-lexicon (CommonJS objects and arrays).
declare module 'wink-lexicon/src/wn-words.js' {
  const words: Record<string, number>;
  export default words;
}
declare module 'wink-lexicon/src/wn-word-senses.js' {
  const senses: number[][];
  export default senses;
}
declare module 'wink-lexicon/src/wn-verb-exceptions.js' {
  const exceptions: Record<string, string>;
  export default exceptions;
}
declare module 'wink-lexicon/src/wn-noun-exceptions.js' {
  const exceptions: Record<string, string>;
  export default exceptions;
}
