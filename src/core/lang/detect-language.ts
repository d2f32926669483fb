/**
 * A small language detector for article bodies: the dominant script first, then, for the Latin
 * script, the share of each language's function words, and for shared non-Latin scripts the letters
 * only one language uses. Enough to tell an English article from one in another language; it does
 * not try to label short snippets (it answers null when it cannot tell).
 */
import { LANGUAGE_NAMES, STOPWORDS } from './language-profiles.js';

/** The detector's answer. */
export interface LanguageGuess {
  /** ISO 639-1 code, or null when the text is too short or too mixed to tell. */
  readonly code: string | null;
  /** Share of the evidence behind the answer (function-word share for Latin-script languages). */
  readonly confidence: number;
}

const SAMPLE = 20_000;
const SCRIPTS: readonly [string, RegExp][] = [
  ['Latin', /\p{Script=Latin}/gu],
  ['Cyrillic', /\p{Script=Cyrillic}/gu],
  ['Greek', /\p{Script=Greek}/gu],
  ['Arabic', /\p{Script=Arabic}/gu],
  ['Hebrew', /\p{Script=Hebrew}/gu],
  ['Han', /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu],
  ['Hangul', /\p{Script=Hangul}/gu],
  ['Devanagari', /\p{Script=Devanagari}/gu],
  ['Bengali', /\p{Script=Bengali}/gu],
  ['Thai', /\p{Script=Thai}/gu],
  ['Georgian', /\p{Script=Georgian}/gu],
  ['Armenian', /\p{Script=Armenian}/gu],
];
const SINGLE_SCRIPT: Readonly<Record<string, string>> = {
  Greek: 'el', Hebrew: 'he', Hangul: 'ko', Devanagari: 'hi', Bengali: 'bn', Thai: 'th', Georgian: 'ka', Armenian: 'hy',
};

function count(text: string, re: RegExp): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text)) n++;
  return n;
}

/** Guesses the language of `text`. */
export function detectLanguage(text: string): LanguageGuess {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  const counts = SCRIPTS.map(([name, re]) => [name, count(sample, re)] as const);
  const letters = counts.reduce((n, [, c]) => n + c, 0);
  if (letters < 20) return { code: null, confidence: 0 };
  const [script, n] = counts.reduce((a, b) => (b[1] > a[1] ? b : a));
  const share = n / letters;
  if (script in SINGLE_SCRIPT) return { code: SINGLE_SCRIPT[script], confidence: share };
  if (script === 'Cyrillic') return { code: cyrillic(sample), confidence: share };
  if (script === 'Arabic') return { code: arabic(sample), confidence: share };
  if (script === 'Han') {
    const kana = count(sample, /[\p{Script=Hiragana}\p{Script=Katakana}]/gu);
    return { code: kana / n > 0.05 ? 'ja' : 'zh', confidence: share };
  }
  return latin(sample);
}

function latin(text: string): LanguageGuess {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  // A dozen words hold too few function words to tell languages apart ("Obama met Putin in Geneva"
  // has Dutch "met" and "in"): no verdict, so a short snippet is never refused.
  if (words.length < 15) return { code: null, confidence: 0 };
  let best: string | null = null;
  let bestScore = 0;
  const scores = new Map<string, number>();
  for (const [code, list] of Object.entries(STOPWORDS)) {
    const set = new Set(list.split(' '));
    let hits = 0;
    for (const w of words) if (set.has(w)) hits++;
    const score = hits / words.length;
    scores.set(code, score);
    if (score > bestScore) {
      best = code;
      bestScore = score;
    }
  }
  // English close behind another language in a short text (a few words both lists hold) is no
  // proof of another language: no verdict, so English news is never refused on a guess.
  if (best !== 'en' && words.length < 80 && (scores.get('en') ?? 0) >= 0.7 * bestScore) return { code: null, confidence: bestScore };
  // Below this share even a list of names or a headline in English would be a guess.
  return bestScore >= 0.08 ? { code: best, confidence: bestScore } : { code: null, confidence: bestScore };
}

function cyrillic(text: string): string {
  if (/[іїєґІЇЄҐ]/.test(text)) return 'uk';
  if (/[ђјљњћџЂЈЉЊЋЏ]/.test(text)) return 'sr';
  if (!/[ыэЫЭ]/.test(text) && /ъ/.test(text)) return 'bg';
  return 'ru';
}

function arabic(text: string): string {
  if (/[ٹڈڑںےۓ]/.test(text)) return 'ur';
  if (/[پچژگ]/.test(text)) return 'fa';
  return 'ar';
}

/** The English name of a language code ("fr" → "French"); the code itself when unknown. */
export function languageName(code: string): string {
  return LANGUAGE_NAMES[code] ?? code;
}
