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
  /** Openings of link lines (never a sentence): furniture when the line is short and not prose ("Back to Press Releases"). */
  readonly linkOpenings: readonly string[];
  /**
   * Openings of site notices that may run to a few sentences (consent walls, disclaimers, script
   * warnings): furniture up to 80 words, wherever they stand.
   */
  readonly noticeOpenings: readonly string[];
  /** Labels of blocks listing other stories ("Related stories", "Most read", "More from"): the headlines under them go too. */
  readonly listLabels: readonly string[];
  /** Labels that open the page's closing furniture ("Leave a reply", "Media contact"): nothing after them is the article. */
  readonly closingLabels: readonly string[];
  /** Words that end the name of a news outlet or a think tank ("Times", "Herald", "Institute"): a masthead's last word. */
  readonly nameplateWords: readonly string[];
  /** Words of a byline that name a job or a desk, not a person or an outlet ("Staff", "Correspondent"). */
  readonly bylineJobWords: readonly string[];
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
    'page top', 'top of page', 'back to top', 'to top', 'return to top', 'reply', 'report abuse', 'like this', 'ok', 'okay', 'got it', 'i agree', 'agree', 'accept', 'accept all', 'accept all cookies',
    'accept cookies', 'reject all', 'decline', 'allow all', 'manage preferences', 'manage cookies', 'cookie settings',
    'cookie policy', 'privacy policy', 'privacy', 'terms', 'terms of use', 'terms of service', 'terms and conditions',
    'more options', 'learn more', 'find out more', 'customise', 'customize', 'about us', 'contact', 'contact us',
    'advertise', 'advertise with us', 'careers', 'jobs', 'sitemap', 'site map', 'rss', 'archive', 'archives',
    'print edition', 'e-paper', 'epaper', 'today\'s paper', 'download pdf', 'download', 'pdf', 'key events',
    'show key events only', 'previous', 'next', 'previous story', 'next story', 'previous post', 'next post',
    'older post', 'newer post', 'for immediate release', 'immediate release', 'news release', 'news releases',
    'media release', 'press statement', 'menu', 'main menu', 'navigation', 'toggle navigation', 'open menu',
    'close menu', 'search for', 'go', 'submit', 'sign in / register', 'my account', 'account', 'log out',
    'listen to this story', 'listen to article', 'view gallery', 'view all', 'see all',
    'show more', 'show less', 'expand', 'collapse', 'zoom', 'full screen', 'fullscreen', 'more photos',
    'representational image', 'representative image', 'representational photo', 'image for representation',
    'file image', 'file picture', 'file photo', 'stock image', 'video player', 'video playerclose', 'close player',
    'cancel reply', 'reader interactions', 'primary sidebar', 'secondary sidebar', 'footer', 'header', 'sidebar',
    'post navigation', 'article navigation', 'breadcrumb', 'breadcrumbs', 'you are here', 'you are here:',
    'play video', 'watch video', 'replay', 'now playing', 'up next', 'play all', 'mute', 'unmute',
    'acquire licensing rights', 'purchase licensing rights', 'licensing rights',
  ],
  furnitureOpenings: [
    'share this', 'share on', 'share via', 'share with', 'click here', 'click to', 'tap here', 'sign up for',
    'sign up to', 'subscribe to', 'subscribe for', 'join the', 'join our', 'follow us', 'follow the latest', 'follow our', 'like us on',
    'download the', 'download our', 'get the app', 'get our', 'read more', 'read also', 'also read', 'see also',
    'related:', 'related stories', 'more on', 'recommended:', 'tags:', 'topics:', 'filed under', 'reading time',
    'also read |', 'read |', 'also read:', 'must read:', 'don\'t miss:', 'suggested:', 'see more on', 'more on:',
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
    'font size', 'text size', 'theme:', 'categories:', 'category:', 'keywords:', 'share:', 'print this',
    'email this', 'leave a comment', 'leave a reply', 'comments are closed', 'newsletter:', 'listen:', 'read:',
    'watch live', 'related topics', 'download the app',
  ],
  linkOpenings: [
    'back to', 'return to', 'go to', 'powered by', 'proudly powered', 'posted in', 'filed in', 'filed under',
    'more about', 'more from', 'more in', 'see more', 'view more', 'all stories', 'all news', 'latest from',
    'also on', 'see all', 'view all', 'skip to',
  ],
  noticeOpenings: [
    'we use cookies', 'we and our partners', 'we value your privacy', 'we care about your privacy', 'this site uses cookies',
    'this website uses cookies', 'our website uses cookies', 'our site uses cookies', 'this website stores cookies',
    'by continuing to', 'by using this', 'by using our', 'by clicking', 'cookies help us', 'your privacy',
    'please turn on javascript', 'please enable javascript', 'javascript is disabled', 'you need to enable javascript',
    'your browser does not support', 'you are using an outdated browser', 'to continue reading', 'subscribe to continue',
    'you have reached your', 'you have read your', 'already a subscriber', 'already have an account',
    'the views expressed', 'the opinions expressed', 'views expressed in this', 'disclaimer:', 'editor\'s note:',
    'this interview has been edited', 'this transcript has been edited', 'this conversation has been edited',
    'this story has been corrected', 'correction:', 'clarification:', 'an earlier version of this', 'sign up for',
    'your email address will not be published', 'required fields are marked', 'this live page is', 'this live blog is',
    'this blog is now closed', 'this live coverage has ended', 'we have now closed', 'we\'ve now closed',
    'this page is no longer being updated', 'this page will no longer be updated', 'for information media',
    'not an official record', 'this is a machine translation', 'this article was automatically translated',
    'video player is loading', 'this video is not available', 'your browser does not support the video',
    'a version of this article appears', 'a version of this story appears', 'a version of this article appeared',
    'this article appeared in print', 'published in print', 'this story has not been edited',
    'this article has not been edited', 'this story is auto-generated', 'this is an auto-generated',
  ],
  listLabels: [
    'related', 'related stories', 'related articles', 'related news', 'related coverage', 'related content', 'related posts',
    'related reading', 'related links', 'related link', 'related link(s)', 'related publications', 'related topics',
    'related pages', 'read more', 'read next', 'read also', 'also read', 'see also', 'more stories', 'more news',
    'more on this story', 'more on this topic', 'more headlines', 'more like this', 'more articles', 'most read',
    'most viewed', 'most popular', 'most shared', 'most commented', 'most watched', 'popular', 'popular now',
    'popular stories', 'trending', 'trending now', 'trending stories', 'recommended', 'recommended for you',
    'recommended stories', 'recommended reading', 'editor\'s picks', 'editors\' picks', 'top stories', 'top news',
    'latest', 'latest news', 'latest stories', 'latest headlines', 'latest articles', 'latest updates',
    'you may also like', 'you might also like', 'you may have missed', 'you might have missed', 'don\'t miss',
    'in other news', 'further reading', 'what to read next', 'stories you may like', 'other stories', 'also in the news',
    'elsewhere', 'around the web', 'from the web', 'in case you missed it', 'explore more', 'keep reading',
    'sponsored', 'sponsored content', 'sponsored stories', 'promoted stories', 'promoted content', 'partner content',
    'from our partners', 'paid content', 'more videos', 'watch more', 'see more',
  ],
  closingLabels: [
    'comments', 'comment', 'leave a reply', 'leave a comment', 'post a comment', 'add a comment', 'join the conversation',
    'join the discussion', 'comments are closed', 'show comments', 'view comments', 'reader comments', 'discussion',
    'what do you think', 'have your say', 'media contact', 'media contacts', 'press contact', 'press contacts',
    'contact', 'contacts', 'media enquiries', 'media inquiries', 'press enquiries', 'press inquiries',
    'for more information', 'for further information', 'for more information contact', 'for media enquiries',
    'for media inquiries', 'notes to editors', 'note to editors', 'notes for editors', 'about the author',
    'about the authors', 'about the writer', 'about us', 'press office',
  ],
  nameplateWords: [
    'times', 'post', 'daily', 'weekly', 'herald', 'tribune', 'gazette', 'courier', 'dispatch', 'chronicle', 'journal',
    'observer', 'monitor', 'express', 'mail', 'star', 'sun', 'news', 'review', 'ledger', 'telegraph', 'guardian',
    'independent', 'record', 'standard', 'mirror', 'echo', 'bulletin', 'register', 'inquirer', 'examiner', 'sentinel',
    'globe', 'voice', 'watch', 'insider', 'digest', 'wire', 'today', 'online', 'magazine', 'radio', 'tv', 'television',
    'broadcasting', 'network', 'media', 'press', 'reporter', 'statesman', 'blog', 'notes', 'desk', 'forum', 'diplomat',
    'quarterly', 'bureau', 'institute', 'centre', 'center', 'foundation', 'almanac', 'clarion', 'beacon', 'pioneer',
    'advocate', 'mercury', 'spectator', 'argus', 'informer', 'messenger', 'times-post',
  ],
  bylineJobWords: [
    'staff', 'correspondent', 'correspondents', 'reporter', 'reporters', 'writer', 'writers', 'editor', 'editors',
    'contributor', 'contributors', 'columnist', 'analyst', 'desk', 'bureau', 'team', 'special', 'senior', 'chief',
    'political', 'diplomatic', 'foreign', 'defence', 'defense', 'security', 'economics', 'business', 'our', 'own',
    'online', 'web', 'news', 'digital', 'deputy', 'associate', 'managing', 'contributing', 'guest', 'intern',
    'photographer', 'producer', 'researcher', 'report', 'newsroom', 'sub-editor',
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
    'live', 'live blog', 'breaking', 'developing', 'developing story', 'update', 'updates', 'interview', 'columnists',
    'column', 'blog', 'blogs', 'news releases', 'news release', 'media releases', 'speeches', 'press room', 'newsroom',
    'press briefings', 'briefings', 'publications', 'commentaries', 'reports', 'op-ed', 'op-eds', 'perspective',
    'perspectives', 'insight', 'insights', 'podcast', 'podcasts', 'multimedia', 'video', 'videos', 'photos',
    'africa news', 'asia news', 'europe news', 'world news', 'us news', 'uk news', 'middle east news', 'gulf', 'levant',
    'north africa', 'west africa', 'east africa', 'southern africa', 'central america', 'south america', 'caribbean',
    'pacific', 'oceania', 'arctic', 'eurasia', 'caucasus', 'balkans', 'nordic', 'baltic', 'south caucasus',
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
