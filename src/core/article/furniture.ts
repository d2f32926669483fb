/**
 * Page furniture: the lines of a scraped page that belong to the site, not to the article (share
 * bars, banners, newsletter boxes, section labels, photo credits, placeholders). Judged by
 * vocabulary and by the shape of the line, and by where it stands: some words (an appeal to donate,
 * a section label) mark furniture only outside the body, where a sentence of the article cannot be.
 */
import { labelOf, wordCount } from './line-shape.js';
import type { ReaderLexicon } from './reader-lexicon.js';

/** Where a line stands: before the headline or body, inside the body, or after the last paragraph. */
export type Zone = 'header' | 'body' | 'tail';

/** Furniture tests built from a lexicon. */
export interface FurnitureTests {
  /** True when `line` is furniture in `zone`. */
  isFurniture(line: string, zone: Zone): boolean;
  /** The site's own name when the line is one of its newsletter or follow boxes ("Join the X mailing list"). */
  siteName(line: string): string | null;
}

const SOCIAL = new Set([
  'facebook', 'twitter', 'x', 'whatsapp', 'email', 'e-mail', 'mail', 'linkedin', 'telegram', 'reddit', 'pinterest',
  'print', 'share', 'copy', 'link', 'messenger', 'tumblr', 'viber', 'vk', 'flipboard', 'pocket', 'sms', 'tweet',
  'comments', 'comment', 'save', 'gift', 'article', 'this', 'on', 'url', 'copied', 'instagram', 'youtube', 'threads',
]);
const PHOTO_CREDIT = /\b(getty images|shutterstock|afp via getty|via reuters|photo by|photograph by|file photo|image credit|photo credit|image source|credit:|\(photo|\(image|\(file\)|pictured above|in this photo)\b/i;
const READING_TIME = /^(?:reading time:?\s*)?\d+\s*(?:-|to)?\s*\d*\s*(?:min|mins|minutes?)(?:\s+read)?$/i;
const RELATIVE_TIME = /^(?:updated\s+|published\s+)?(?:\d+|an?)\s*(?:mins?|minutes?|hrs?|hours?|days?|weeks?)\s+ago$/i;
// Agency photo credits inside captions: "REUTERS/Jane Doe", "Pool/Kremlin via REUTERS", "(AP Photo/John Roe)".
const PHOTO_SIGNATURE = /\b(?:REUTERS|AFP|AP|EPA|EPA-EFE|ANADOLU|XINHUA)\/\s?\p{Lu}|\/[\p{L}.\- ]+ via (?:REUTERS|AFP|Getty Images|AP)\b|\((?:AP|AFP|Reuters) Photo\/[^)]*\)|\bAFP via Getty Images\b/u;
// Production credits at the end of wire copy: "(Reporting by …; Editing by …)".
const WIRE_CREDITS = /^\(?\s*(?:additional\s+)?(?:reporting|writing|editing|translation|translated|research|graphics|fact-checking)\s+by\b/i;
const BREADCRUMB = /^home\s*(?:[>/»›|]|\s+\p{Lu})/iu;
const PLACEHOLDER = /^\[[^\]]*\]$|^\{[^}]*\}$/;
const WHOLE_PAREN = /^\([^()]*\)$/;
const FOLLOW = /^["“]?follow .{1,60} on (?:twitter|x|facebook|instagram|telegram|threads|bluesky)\b/i;
const PRONOUNS = /^(our|my|your|us|this|these|their)$/i;

/** The furniture tests for a lexicon. */
export function furnitureTests(lex: ReaderLexicon): FurnitureTests {
  const lines = new Set(lex.furnitureLines.map(labelOf));
  const labels = new Set(lex.sectionLabels.map(labelOf));
  const openings = lex.furnitureOpenings.map((o) => o.toLowerCase());
  const appeal = new RegExp(String.raw`\b(?:${lex.appealWords.map(escapeRe).join('|')})\b`, 'i');

  function isFurniture(line: string, zone: Zone): boolean {
    // Furniture is short: a long line can only be a photo caption with an agency credit.
    if (line.length > 500) return false;
    if (line.length > 200) return wordCount(line) <= 60 && PHOTO_SIGNATURE.test(line);
    const label = labelOf(line);
    if (!label) return true;
    const words = wordCount(line);
    if (PLACEHOLDER.test(line)) return true;
    if (lines.has(label)) return true;
    if (words <= 20 && line.length <= 160 && openings.some((o) => label.startsWith(o))) return true;
    if (words <= 12 && isShareBar(label)) return true;
    if (READING_TIME.test(label) || RELATIVE_TIME.test(label)) return true;
    if (words <= 15 && PHOTO_CREDIT.test(line)) return true;
    if (words <= 60 && PHOTO_SIGNATURE.test(line)) return true;
    if (words <= 40 && WIRE_CREDITS.test(line)) return true;
    if (words <= 20 && FOLLOW.test(line)) return true;
    if (zone === 'body') return false;
    // Outside the body a short parenthesised line is a credit or an editor's aside.
    if (WHOLE_PAREN.test(line) && words <= 25) return true;
    if (words <= 20 && appeal.test(line)) return true;
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

  return { isFurniture, siteName };
}

function isShareBar(label: string): boolean {
  const words = label.split(/[\s|/·•,]+/).filter(Boolean);
  return words.length >= 2 && words.every((w) => SOCIAL.has(w.replace(/[^a-z-]/g, '')));
}

/** `s` with regular-expression metacharacters escaped. */
export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
