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
