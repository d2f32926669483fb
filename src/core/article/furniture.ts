/**
 * Page furniture: the lines of a scraped page that belong to the site, not to the article (menus,
 * breadcrumbs, share bars, consent notices, banners, newsletter prompts, comment counters, section
 * labels, photo credits, contact lines, end markers). Judged by vocabulary and by the shape of the
 * line, and by where it stands: some lines (an appeal to donate, a section label, a ticker) mark
 * furniture only outside the body, where a sentence of the article cannot be.
 */
import { findDate } from './meta-dates.js';
import { isProse as baseIsProse, labelOf as baseLabelOf, navItems as baseNavItems, isTimeOnly, wordCount } from './line-shape.js';
import { DEFAULT_READER_LEXICON, type ReaderLexicon } from './reader-lexicon.js';

/**
 * Where a line stands: before the headline or body, inside the body, or after the last paragraph;
 * `any` when that is not known yet (only the tests that hold wherever the line stands apply).
 */
export type Zone = 'any' | 'header' | 'body' | 'tail';

/** Furniture tests built from a lexicon. */
export interface FurnitureTests {
  /** True when `line` is furniture in `zone`. */
  isFurniture(line: string, zone: Zone): boolean;
  /** True for a line of links: a menu, a breadcrumb, a share bar ("News | World", "Home > World"). */
  isNavLine(line: string): boolean;
  /** True for a ticker ("BREAKING: …", "LIVE: …"): furniture above the article when the article's own headline follows it. */
  isTicker(line: string): boolean;
  /** True for a line that is a word of the site's interface or a section label ("Menu", "Politics"). */
  isInterfaceWord(line: string): boolean;
  /** True for a share bar ("Facebook | X | Email | Print"). */
  isShareLine(line: string): boolean;
  /** True for a label that heads a list of other stories ("Related stories", "Most read", "More from X"). */
  isListLabel(line: string): boolean;
  /** True for a line that opens the page's closing furniture (end marker, comments, About box, contacts). */
  isClosingLabel(line: string): boolean;
  /** The site's own name when the line is one of its newsletter or follow boxes ("Join the X mailing list"). */
  siteName(line: string): string | null;
}

const SOCIAL = new Set([
  'facebook', 'twitter', 'x', 'whatsapp', 'email', 'e-mail', 'mail', 'linkedin', 'telegram', 'reddit', 'pinterest',
  'print', 'share', 'copy', 'link', 'messenger', 'tumblr', 'viber', 'vk', 'flipboard', 'pocket', 'sms', 'tweet',
  'comments', 'comment', 'save', 'gift', 'article', 'this', 'on', 'url', 'copied', 'instagram', 'youtube', 'threads',
  'kakaotalk', 'kakao', 'kakaostory', 'line', 'naver', 'band', 'weibo', 'wechat', 'qq', 'bluesky', 'mastodon', 'xing',
  'odnoklassniki', 'ok', 'digg', 'hatena', 'mix', 'snapchat', 'tiktok', 'skype', 'signal', 'rss', 'feed',
]);
const PHOTO_CREDIT = /\b(getty images|shutterstock|afp via getty|via reuters|photo by|photograph by|file photo|image credit|photo credit|image source|credit:|pictured above|in this photo)\b|(?:^|\s)\((?:photo|image|file|picture|photograph)\b|(?:^|[\s.(])(?:photo|picture|image|photograph)s?\s*:\s*\S/i;
// Paywall notices: "This article is for subscribers only", "Log in to continue reading".
const PAYWALL = /\b(?:subscribers? only|for subscribers|already a subscriber|subscribe to (?:read|continue|unlock)|to read the full (?:story|article)|(?:log|sign) in to (?:read|continue|keep reading)|premium (?:article|content|story)|you must be logged in|create a free account)\b/i;
const READING_TIME = /^(?:reading time:?\s*)?\d+\s*(?:-|to)?\s*\d*\s*(?:min|mins|minutes?)(?:\s+read)?$/i;
const RELATIVE_TIME = /^(?:updated\s+|published\s+|posted\s+)?(?:\d+|an?)\s*(?:mins?|minutes?|hrs?|hours?|days?|weeks?|months?)\s+ago$/i;
// Agency photo credits inside captions: "REUTERS/Jane Doe", "Pool/Kremlin via REUTERS", "(AP Photo/John Roe)".
const PHOTO_SIGNATURE = /\b(?:REUTERS|AFP|AP|EPA|EPA-EFE|ANADOLU|XINHUA)\/\s?\p{Lu}|\/[\p{L}.\- ]+ via (?:REUTERS|AFP|Getty Images|AP)\b|\((?:AP|AFP|Reuters) Photo\/[^)]*\)|\bAFP via Getty Images\b/u;
// Production credits at the end of wire copy: "(Reporting by …; Editing by …)".
const WIRE_CREDITS = /^\(?\s*(?:additional\s+)?(?:reporting|writing|editing|translation|translated|research|graphics|fact-checking)\s+by\b/i;
const CONTRIBUTED = /\bcontributed (?:reporting |additional reporting )?(?:to|for) this (?:report|story|article)\b|^additional reporting\b/i;
const BREADCRUMB = /^home\s*(?:[>/»›|]|\s+\p{Lu})/iu;
const PLACEHOLDER = /^\[[^\]]*\]$|^\{[^}]*\}$/;
const WHOLE_PAREN = /^\([^()]*\)$/;
const FOLLOW = /^["“]?follow .{1,60} on (?:twitter|x|facebook|instagram|telegram|threads|bluesky|linkedin|youtube|whatsapp|social media)\b/i;
const PRONOUNS = /^(?:our|my|your|us|this|these|their)\b/i;
const COUNTER = /^(?:\d+\s+)?(?:comments?|replies|reply|responses?|shares?|views?|likes?|reactions?)(?:\s*\(\d+\))?$/i;
// The close of a press release: "ENDS", "- ENDS -", "###", "-30-".
const END_MARKER = /^[\s*#=_~\-–—]*(?:ends?|end of (?:release|statement|text)|-?30-?|#\s*#\s*#|x\s*x\s*x)[\s*#=_~\-–—.]*$/i;
// Screen-reader hints of links, gallery counters and player clocks: "…, opens new tab", "Image 1 of 4", "0:00 / 2:15".
const LINK_HINT = /\(?\bopens? (?:in )?(?:a )?new (?:tab|window)\)?\s*$/i;
const GALLERY_COUNTER = /^(?:(?:image|photo|picture|slide|video)\s+)?\d{1,3}\s*(?:of|\/)\s*\d{1,3}$/i;
const MEDIA_TIME = /^\d{1,2}:\d{2}(?::\d{2})?\s*\/\s*\d{1,2}:\d{2}(?::\d{2})?$/;
// "With inputs from agencies", "(With inputs from PTI)": the credit of a desk-written story.
const INPUTS = /^\(?\s*with (?:additional )?inputs? from\b/i;
// A document symbol or reference number on a line of its own ("SC/15600", "PR/2024/031").
const DOCUMENT_CODE = /^(?=[^\s]*\d)[A-Z][A-Z0-9]{0,8}(?:[/.-][A-Z0-9]+){1,4}$/;
const TICKER = /^(?:breaking(?:\s+news)?|just in|live|latest|developing(?:\s+story)?|news alert|alert|flash|watch live|live updates)\s*[:|–—-]\s*\S/i;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
const PHONE = /(?:\b(?:tel|phone|telephone|fax|mobile|cell|call|t|m|p)\b\.?\s*:?\s*|\+)\(?\d[\d\s().\/-]{6,}\d/i;
const STREET = /\b\d{1,5}[A-Za-z]?,?\s+(?:\p{Lu}[\p{L}.'-]*\s+){0,3}(?:St|Street|Ave|Avenue|Road|Rd|Blvd|Boulevard|Lane|Ln|Way|Drive|Dr|Square|Sq|Place|Pl|Broadway|Strasse|Straße|Rue|Avenida|Via|Calle)\b\.?|\b(?:P\.?\s?O\.?\s+Box|Suite|Floor|Room|Building)\s+\d/u;
const NEWSLETTER = /\b(?:in(?:to)? your inbox|newsletters?|sign up|subscribe)\b/i;
/** Words by which a page addresses its reader or speaks as the publisher ("your inbox", "support our work"). */
const READER = /\b(?:you|your|our|us|please)\b/i;
/** An appeal's opening imperative, at the line's start or after a label ("UNITED24 - Make a donation"). */
const APPEAL_VERB = /(?:^|[-–—:|]\s*)(?:make|support|donate|help|give|become|consider|join|subscribe|buy)\b/i;
const IMPERATIVE = /^(?:get|sign up|subscribe|receive|join|register|enter your|don['’]t miss|never miss|stay (?:informed|up to date|updated)|want (?:more|the latest))\b/i;
const TEASER_PREFIX = /^(?:explainer|analysis|opinion|watch|listen|podcast|video|profile|in pictures|in depth|timeline|factbox|q&a|quiz|poll|live)\s*[:|]\s*\S/i;
const COMMENTS_HEADING = /^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:thoughts?|responses?|replies|comments?)\s+(?:on|to)\b/i;
const CONTACT_LABEL = /^(?:for (?:more|further) (?:information|details)|for media (?:enquiries|inquiries)|for interviews|media (?:contacts?|enquiries|inquiries)|press (?:contacts?|enquiries|inquiries|office)|contacts?)\b.{0,160}$/i;
const ABOUT_LABEL = /^about\s+(?!(?:\d|a\b|an\b|how\b|what\b|why\b|when\b|who\b|this\b|that\b|these\b|those\b|half\b|one\b|two\b|three\b|ten\b|100\b))(.{2,80}?)\s*(?::\s*(.*))?$/i;

/**
 * What the furniture tests read of a lexicon, compiled: its lists in lower case as sets, the
 * appeal words as one expression. Compiling is a good part of reading a short page, so a reader
 * that reads many pages with one lexicon compiles it once ({@link DEFAULT_FURNITURE_VOCABULARY}).
 */
export interface FurnitureVocabulary {
  readonly lines: ReadonlySet<string>;
  readonly labels: ReadonlySet<string>;
  readonly listLabels: ReadonlySet<string>;
  readonly closing: ReadonlySet<string>;
  readonly openings: readonly string[];
  readonly notices: readonly string[];
  readonly links: readonly string[];
  readonly appeal: RegExp;
  readonly multiWordLists: readonly string[];
  readonly multiWordClosing: readonly string[];
}

/** Compiles the furniture vocabulary of `lex`. */
export function furnitureVocabulary(lex: ReaderLexicon): FurnitureVocabulary {
  // Lexicon entries are written in lower case; only a closing colon is taken off, as labelOf does for a line.
  const entry = (e: string) => e.toLowerCase().replace(/[\s:]+$/, '');
  const listLabels = new Set(lex.listLabels.map(entry));
  const closing = new Set(lex.closingLabels.map(entry));
  return {
    lines: new Set(lex.furnitureLines.map(entry)),
    labels: new Set(lex.sectionLabels.map(entry)),
    listLabels,
    closing,
    openings: lex.furnitureOpenings.map((o) => o.toLowerCase()),
    notices: lex.noticeOpenings.map((o) => o.toLowerCase()),
    links: lex.linkOpenings.map((o) => o.toLowerCase()),
    // (no g or y flag: `test` keeps no state in it, so one expression serves every page)
    appeal: new RegExp(String.raw`\b(?:${lex.appealWords.map(escapeRe).join('|')})\b`, 'i'),
    multiWordLists: [...listLabels].filter((l) => l.includes(' ')),
    multiWordClosing: [...closing].filter((l) => l.includes(' ')),
  };
}

/** The default lexicon's vocabulary, compiled once at load and never written. */
export const DEFAULT_FURNITURE_VOCABULARY: FurnitureVocabulary = furnitureVocabulary(DEFAULT_READER_LEXICON);

/**
 * The furniture tests for a lexicon. Their caches of lines belong to the one page being read;
 * the lexicon's compiled vocabulary may be shared (by default the default lexicon's is).
 */
export function furnitureTests(lex: ReaderLexicon, vocabulary?: FurnitureVocabulary): FurnitureTests {
  const v = vocabulary ?? (lex === DEFAULT_READER_LEXICON ? DEFAULT_FURNITURE_VOCABULARY : furnitureVocabulary(lex));
  const { lines, labels, listLabels, closing, openings, notices, links, appeal, multiWordLists, multiWordClosing } = v;
  // The reader asks about the same lines many times: their label, prose shape and items are computed once.
  const labelCache = new Map<string, string>();
  const proseCache = new Map<string, boolean>();
  const navCache = new Map<string, string[] | null>();
  const labelOf = (s: string) => memo(labelCache, s, baseLabelOf);
  const isProse = (s: string) => memo(proseCache, s, baseIsProse);
  const navItems = (s: string) => memo(navCache, s, baseNavItems);
  const known = (item: string) => {
    const l = labelOf(item);
    return lines.has(l) || labels.has(l) || listLabels.has(l) || closing.has(l) || COUNTER.test(l) || SOCIAL.has(l.replace(/[^a-z-]/g, ''));
  };

  function isNavLine(line: string): boolean {
    if (/^by\s/i.test(line)) return false;
    const items = navItems(line);
    if (!items) return false;
    if (items.every(known)) return true;
    // A pipe between a date and a time belongs to a byline or a stamp, which the reader reads as such.
    if (findDate(line)) return false;
    // Items start with a capital, a digit, or a letter of a script without case ("العربية").
    const capitalised = items.filter((it) => /^[\p{Lu}\p{Lo}\p{N}«‹"“#@]/u.test(it) || known(it)).length;
    return items.length >= 3 && capitalised === items.length && items.filter(known).length + capitalised >= items.length;
  }

  function isListLabel(line: string): boolean {
    const label = labelOf(line).replace(/\s*\(\d+\)$/, '');
    if (listLabels.has(label)) return true;
    // "Keep reading list of articles", "Related stories from the region": a label and a few words more.
    if (wordCount(line) <= 6 && !isProse(line) && multiWordLists.some((l) => label.startsWith(`${l} `))) return true;
    return wordCount(line) <= 7 && /^(?:more|latest|also|most read|most popular|more stories|more news) (?:from|on|in|at) \S/i.test(label) && !/[.!?]$/.test(line);
  }

  function isClosingLabel(line: string): boolean {
    const label = labelOf(line).replace(/\s*\(\d+\)$/, '');
    if (END_MARKER.test(line) || COMMENTS_HEADING.test(line)) return true;
    if (wordCount(line) > 30) return false;
    if (closing.has(label) || (COUNTER.test(label) && /comment|repl|respons/i.test(label))) return true;
    // "Leave a Reply Cancel reply": a closing label and its form's buttons.
    if (wordCount(line) <= 6 && !isProse(line) && multiWordClosing.some((l) => label.startsWith(`${l} `))) return true;
    const items = navItems(line);
    if (items && items.some((it) => closing.has(labelOf(it).replace(/\s*\(\d+\)$/, '')) || /^\d+\s+comments?$/i.test(it))) return true;
    if (CONTACT_LABEL.test(line) && (!isProse(line) || EMAIL.test(line) || PHONE.test(line))) return true;
    return aboutName(line) !== null;
  }

  function isFurniture(line: string, zone: Zone): boolean {
    const words = wordCount(line);
    const label = labelOf(line);
    // Consent walls and disclaimers can run to several sentences.
    if (words <= 80 && notices.some((o) => label.startsWith(o))) return true;
    if (words <= 100 && isConsentNotice(line)) return true;
    // Otherwise furniture is short: a long line can only be a photo caption with an agency credit.
    if (line.length > 500) return false;
    if (line.length > 200) return words <= 60 && PHOTO_SIGNATURE.test(line);
    if (!label) return !/\p{L}|\p{N}/u.test(line) || END_MARKER.test(line);
    const prose = isProse(line);
    if (PLACEHOLDER.test(line) || END_MARKER.test(line) || DOCUMENT_CODE.test(line)) return true;
    if (lines.has(label) || COUNTER.test(label)) return true;
    if (words <= 20 && line.length <= 160 && openings.some((o) => label.startsWith(o))) return true;
    if (words <= 8 && !prose && links.some((o) => label.startsWith(o + ' ') || label === o)) return true;
    if (words <= 12 && isShareBar(label)) return true;
    if (isNavLine(line)) return true;
    if (READING_TIME.test(label) || RELATIVE_TIME.test(label) || isTimeOnly(line)) return true;
    if (words <= 15 && PHOTO_CREDIT.test(line)) return true;
    if (words <= 40 && PAYWALL.test(line)) return true;
    if (words <= 60 && PHOTO_SIGNATURE.test(line)) return true;
    // "Reporting by Jane Roe" alone may be the byline above the article: the header reads it first.
    if (words <= 40 && WIRE_CREDITS.test(line) && ((zone !== 'any' && zone !== 'header') || !/^(?:reporting|writing) by\b/i.test(line) || /;|\bediting by\b/i.test(line))) return true;
    if (words <= 12 && (LINK_HINT.test(line) || GALLERY_COUNTER.test(line) || MEDIA_TIME.test(line))) return true;
    if (words <= 12 && INPUTS.test(line)) return true;
    if (words <= 30 && CONTRIBUTED.test(line)) return true;
    if (words <= 20 && FOLLOW.test(line)) return true;
    if (words <= 25 && !prose && !/^by\s/i.test(line) && (EMAIL.test(line) || PHONE.test(line))) return true;
    if (words <= 25 && NEWSLETTER.test(line) && (!prose || IMPERATIVE.test(line) || /in(?:to)? your inbox/i.test(line))) return true;
    if (zone === 'any') return false;
    if (zone === 'body') return !prose && words <= 20 && (TICKER.test(line) || TEASER_PREFIX.test(line) || isTeaser(line));
    // Outside the body a short parenthesised line is a credit or an editor's aside.
    if (WHOLE_PAREN.test(line) && words <= 25) return true;
    // (A sentence that speaks of membership or donations is news unless it addresses the reader:
    // "Turkey approved Sweden's NATO membership." is no appeal, "Please support our journalism" is.)
    if (words <= 20 && appeal.test(line) && (!prose || IMPERATIVE.test(line) || READER.test(line) || APPEAL_VERB.test(line))) return true;
    if (zone === 'tail' && words <= 25 && TICKER.test(line)) return true;
    if (zone === 'tail' && words <= 25 && (EMAIL.test(line) || PHONE.test(line) || (!prose && STREET.test(line)))) return true;
    if (zone === 'header') {
      if (labels.has(label)) return true;
      if (words <= 8 && BREADCRUMB.test(line)) return true;
    }
    return false;
  }

  function siteName(line: string): string | null {
    const m =
      /^join (?:the )?(.+?)(?:'s)? (?:mailing list|newsletter|community|email list)\b/i.exec(line) ??
      /^(?:subscribe|sign up) (?:to|for) (?:the )?(.+?)(?:'s)? (?:newsletter|mailing list|daily|briefing|alerts)\b/i.exec(line);
    if (!m) return null;
    const name = m[1].trim();
    return PRONOUNS.test(name) || wordCount(name) > 6 ? null : name;
  }

  function isShareLine(line: string): boolean {
    const items = navItems(line);
    return wordCount(line) <= 12 && (isShareBar(labelOf(line)) || (!!items && items.every((it) => SOCIAL.has(labelOf(it).replace(/[^a-z-]/g, '')))));
  }

  const isTicker = (line: string) => wordCount(line) <= 25 && TICKER.test(line);

  const isInterfaceWord = (line: string) => lines.has(labelOf(line)) || labels.has(labelOf(line));

  return { isFurniture, isNavLine, isTicker, isInterfaceWord, isShareLine, isListLabel, isClosingLabel, siteName };
}

/** `cache`'s value for `key`, computed by `f` the first time. */
function memo<T>(cache: Map<string, T>, key: string, f: (s: string) => T): T {
  let v = cache.get(key);
  if (v === undefined && !cache.has(key)) {
    v = f(key);
    cache.set(key, v);
  }
  return v as T;
}

/** The organisation an "About <name>" box names ("About the Relief Coalition:" → "Relief Coalition"), or null. */
export function aboutName(line: string): string | null {
  const m = ABOUT_LABEL.exec(line.trim());
  if (!m) return null;
  const name = m[1].replace(/^the\s+/i, '').trim();
  // "About us", "About the author", or a capitalised name; never a sentence ("About 40 people died").
  if (/^(?:us|me|the authors?|the writers?|the contributors?|this (?:site|blog|report|series))$/i.test(m[1])) return m[1];
  if (!/^\p{Lu}/u.test(name) || wordCount(name) > 10 || /[.!?]$/.test(name)) return null;
  if (m[2] === undefined && /\s\p{Ll}{4,}\s/u.test(` ${name} `.replace(/\s(?:of|and|the|for|in|on|at|de)\s/g, ' '))) return null;
  return name;
}

/** A teaser for another story inside the body: a question and a clause after it ("Who is X? A profile"). */
function isTeaser(line: string): boolean {
  return !/^["“‘'«]/.test(line) && /\?\s+\p{Lu}/u.test(line) && !/[.!?]["”’]?$/.test(line);
}

/** A consent notice: the site speaking of cookies and of what the reader agrees to. */
function isConsentNotice(line: string): boolean {
  return /\bcookies?\b/i.test(line) && /\b(?:we|our|this (?:web)?site)\b/i.test(line) && /\b(?:consent|accept|agree|partners|personali[sz]|privacy|preferences|experience)\b/i.test(line);
}

function isShareBar(label: string): boolean {
  const words = label.split(/[\s|/·•,]+/).filter(Boolean);
  return words.length >= 2 && words.every((w) => SOCIAL.has(w.replace(/[^a-z-]/g, '')));
}

/** `s` with regular-expression metacharacters escaped. */
export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
