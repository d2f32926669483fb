/**
 * The reader's vocabularies: the words of page furniture (share bars, banners, newsletter boxes),
 * site section labels, labels of source lines and the news agencies that appear in datelines and
 * credits. Plain data, kept apart from the rules that use it so that it can be reviewed and extended
 * without touching code; a caller can pass its own {@link ReaderLexicon} to `readText`.
 *
 * It lives in the core (not under `data/`) because `readText` is pure and must run in a browser
 * without a file loader; every entry is generic news-site vocabulary, never a phrase of one article.
 */

/** A news agency as it appears in datelines ("(AA)", "(Reuters)") and credits. */
export interface NewsAgency {
  /** Forms seen in copy, compared case-insensitively ("AA", "Anadolu", "Anadolu Agency"). */
  readonly forms: readonly string[];
  /** The name the English-language press usually prints for it. */
  readonly name: string;
}

/** Everything the plain-text reader knows about page furniture and credits. */
export interface ReaderLexicon {
  /** Whole short lines that are interface text wherever they appear ("Share", "Advertisement"). */
  readonly furnitureLines: readonly string[];
  /** Line openings that mark interface text when the line is short ("Share this", "Sign up for"). */
  readonly furnitureOpenings: readonly string[];
  /** Words that make a short line outside the body a banner or an appeal ("donation", "subscribe"). */
  readonly appealWords: readonly string[];
  /** Section labels of news sites ("World", "Politics", "Middle East"). */
  readonly sectionLabels: readonly string[];
  /** Labels of a line that names the story's source ("Source", "Kaynak", "Fuente"). */
  readonly sourceLabels: readonly string[];
  /** Source names that say nothing about the publisher ("agencies", "wires"). */
  readonly genericSources: readonly string[];
  /** Closing lines of wire copy that are not article content ("More to come."). */
  readonly wireTails: readonly string[];
  readonly agencies: readonly NewsAgency[];
}

/** The lexicon `readText` uses unless given another. */
export const DEFAULT_READER_LEXICON: ReaderLexicon = {
  furnitureLines: [
    'share', 'shares', 'share this', 'share this article', 'share this story', 'share this page', 'share article',
    'tweet', 'email', 'e-mail', 'print', 'print this', 'print this article', 'print this page', 'comment', 'comments',
    'leave a comment', 'post a comment', 'add a comment', 'view comments', 'show comments', 'no comments',
    'advertisement', 'advertising', 'ad', 'sponsored', 'sponsored content', 'paid content', 'promoted',
    'read more', 'read more:', 'read also', 'see also', 'related', 'related articles', 'related stories', 'related news',
    'related coverage', 'more on this story', 'more stories', 'most read', 'most popular', 'trending', 'top stories',
    'recommended', 'you may also like', 'you might also like', 'latest news', 'latest', 'more from', 'next article',
    'previous article', 'back to top', 'skip to content', 'skip to main content', 'continue reading', 'load more',
    'loading', 'loading...', 'copy link', 'link copied', 'facebook', 'twitter', 'whatsapp', 'linkedin', 'telegram',
    'reddit', 'pinterest', 'messenger', 'subscribe', 'subscribe now', 'sign up', 'sign in', 'log in', 'login',
    'register', 'newsletter', 'menu', 'search', 'home', 'close', 'listen', 'listen to this article', 'watch',
    'watch:', 'video', 'photo', 'photos', 'image', 'gallery', 'enlarge', 'enlarge this image', 'toggle caption',
    'hide caption', 'image caption', 'media caption', 'report an error', 'report a correction', 'feedback',
    'font size', 'text size', 'a a a', 'a+ a-', 'more', 'tags', 'topics', 'follow', 'follow us', 'published',
    'updated', 'posted', 'save', 'save article', 'bookmark', 'reprints', 'permissions', 'reuse this content',
  ],
  furnitureOpenings: [
    'share this', 'share on', 'share via', 'share with', 'click here', 'click to', 'tap here', 'sign up for',
    'sign up to', 'subscribe to', 'subscribe for', 'join the', 'join our', 'follow us', 'follow the', 'like us on',
    'download the', 'download our', 'get the app', 'get our', 'read more', 'read also', 'also read', 'see also',
    'related:', 'related stories', 'more on', 'recommended:', 'tags:', 'topics:', 'filed under', 'reading time',
    'listen to this', 'watch:', 'watch the video', 'photo:', 'photos:', 'image:', 'images:', 'video:', 'caption:',
    'file photo', '(photo', 'photo credit', 'image credit', 'image source', 'we use cookies', 'this site uses cookies',
    'by continuing', 'accept cookies', 'advertisement', 'to view the original', 'view the original',
    'for more news', 'for the latest', 'have a news tip', 'got a news tip', 'support our', 'support independent',
    'make a donation', 'donate to', 'donate now', 'become a member', 'become a patron', 'you are reading',
    'this article was originally', 'this story was originally', 'this article first appeared',
    'originally published', 'the views expressed', 'disclaimer:', 'all rights reserved', 'image caption', 'media caption',
    'image source', 'sign up here', 'subscribe here', 'our standards', 'scroll to continue', 'story continues below',
    'article continues below', 'continue reading below', 'listen to article', 'view comments', 'get the latest',
    'read the rest', 'read the full', 'read the original', 'read the entire', 'continue reading', 'watch the full',
  ],
  appealWords: [
    'donation', 'donations', 'donate', 'subscribe', 'subscription', 'newsletter', 'mailing list', 'membership',
    'sign up', 'advertise', 'advertisement', 'cookies', 'charitable', 'paywall', 'free trial', 'premium',
  ],
  sectionLabels: [
    'news', 'world', 'world news', 'international', 'national', 'politics', 'business', 'economy', 'opinion',
    'analysis', 'features', 'feature', 'commentary', 'editorial', 'editorials', 'comment', 'columns', 'blogs',
    'asia', 'asia pacific', 'asia-pacific', 'south asia', 'east asia', 'southeast asia', 'central asia', 'europe',
    'africa', 'middle east', 'americas', 'latin america', 'north america', 'us', 'u.s.', 'uk', 'eu', 'china',
    'india', 'russia', 'defence', 'defense', 'security', 'diplomacy', 'foreign affairs', 'foreign policy',
    'breaking news', 'top news', 'latest news', 'headlines', 'local', 'region', 'regional', 'sport', 'sports',
    'science', 'technology', 'tech', 'culture', 'health', 'environment', 'climate', 'markets', 'trade', 'energy',
    'home', 'press releases', 'press release', 'media briefings', 'statements', 'interviews', 'in depth', 'explainer',
    'abstract', 'letters', 'letters to the editor', 'your say', 'fact check', 'live updates', 'exclusive',
  ],
  sourceLabels: ['source', 'sources', 'source(s)', 'kaynak', 'fuente', 'fonte', 'quelle', 'источник', 'with inputs from'],
  genericSources: [
    'agencies', 'agency', 'news agencies', 'wires', 'wire', 'wire services', 'wire reports', 'staff', 'staff reporter',
    'online desk', 'news desk', 'desk', 'web desk', 'source of news', 'news', 'internet', 'media reports',
    'press release', 'various', 'reports', 'social media',
  ],
  wireTails: [
    'this is a breaking news story', 'this is a developing story', 'this story is developing', 'more to come',
    'check back for updates', 'this story has been updated', 'this article has been updated', 'more details to follow',
    'details to follow', 'further details to follow', 'refresh for updates',
  ],
  agencies: [
    { forms: ['AA', 'Anadolu', 'Anadolu Agency', 'Anadolu Ajansi'], name: 'Anadolu Agency' },
    { forms: ['AP', 'Associated Press', 'The Associated Press'], name: 'Associated Press' },
    { forms: ['AFP', 'Agence France-Presse', 'Agence France Presse'], name: 'AFP' },
    { forms: ['Reuters', 'Thomson Reuters'], name: 'Reuters' },
    { forms: ['ANI', 'Asian News International'], name: 'ANI' },
    { forms: ['PTI', 'Press Trust of India'], name: 'PTI' },
    { forms: ['IANS'], name: 'IANS' },
    { forms: ['UNI', 'United News of India'], name: 'UNI' },
    { forms: ['UPI', 'United Press International'], name: 'UPI' },
    { forms: ['Xinhua', 'Xinhua News Agency'], name: 'Xinhua' },
    { forms: ['TASS', 'ITAR-TASS'], name: 'TASS' },
    { forms: ['RIA', 'RIA Novosti'], name: 'RIA Novosti' },
    { forms: ['Interfax'], name: 'Interfax' },
    { forms: ['Sputnik'], name: 'Sputnik' },
    { forms: ['Kyodo', 'Kyodo News'], name: 'Kyodo News' },
    { forms: ['Yonhap'], name: 'Yonhap' },
    { forms: ['KCNA'], name: 'KCNA' },
    { forms: ['EFE'], name: 'EFE' },
    { forms: ['ANSA'], name: 'ANSA' },
    { forms: ['dpa', 'Deutsche Presse-Agentur'], name: 'dpa' },
    { forms: ['Ukrinform'], name: 'Ukrinform' },
    { forms: ['IRNA'], name: 'IRNA' },
    { forms: ['KUNA'], name: 'KUNA' },
    { forms: ['WAM'], name: 'WAM' },
    { forms: ['SPA', 'Saudi Press Agency'], name: 'Saudi Press Agency' },
    { forms: ['MENA'], name: 'MENA' },
    { forms: ['QNA'], name: 'QNA' },
    { forms: ['APA'], name: 'APA' },
    { forms: ['Bernama'], name: 'Bernama' },
    { forms: ['Antara'], name: 'Antara' },
    { forms: ['PNA'], name: 'PNA' },
    { forms: ['APP', 'Associated Press of Pakistan'], name: 'APP' },
    { forms: ['BSS'], name: 'BSS' },
    { forms: ['NAN', 'News Agency of Nigeria'], name: 'NAN' },
    { forms: ['KNA'], name: 'KNA' },
    { forms: ['APS'], name: 'APS' },
    { forms: ['MAP'], name: 'MAP' },
    { forms: ['PAP'], name: 'PAP' },
    { forms: ['CTK'], name: 'CTK' },
    { forms: ['BTA'], name: 'BTA' },
    { forms: ['Prensa Latina', 'PL'], name: 'Prensa Latina' },
    { forms: ['IPS', 'Inter Press Service'], name: 'IPS' },
    { forms: ['CNA', 'Central News Agency'], name: 'CNA' },
    { forms: ['Bloomberg'], name: 'Bloomberg' },
    { forms: ['CNN'], name: 'CNN' },
  ],
};
