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

/** The languages with function-word lists, in `STOPWORDS` order (ties go to the earlier one). */
const STOP_CODES: readonly string[] = Object.keys(STOPWORDS);
/** Function word → the indices (into {@link STOP_CODES}) of the languages whose list holds it. Built once: read only. */
const STOP_INDEX: ReadonlyMap<string, readonly number[]> = (() => {
  const index = new Map<string, number[]>();
  STOP_CODES.forEach((code, c) => {
    for (const w of new Set(STOPWORDS[code].split(' '))) {
      const cs = index.get(w);
      if (cs) cs.push(c);
      else index.set(w, [c]);
    }
  });
  return index;
})();

/**
 * The text with its ASCII characters left out (runs of the rest joined by spaces): ASCII holds no
 * letter of the scripts counted but Latin's A–Z/a–z, which {@link asciiLetters} counts without a
 * regular expression, so the script expressions scan only what is left — for English, a few quote
 * marks and dashes. The space keeps separated characters (lone surrogates) from joining.
 */
function nonAscii(text: string): string {
  const runs: string[] = [];
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      runs.push(text.slice(start, i));
      start = -1;
    }
  }
  if (start >= 0) runs.push(text.slice(start));
  return runs.join(' ');
}

/** Number of ASCII letters in `text`. */
function asciiLetters(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i) | 32;
    if (c >= 97 && c <= 122) n++;
  }
  return n;
}

function count(text: string, re: RegExp): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text)) n++;
  return n;
}

/** Guesses the language of `text`. */
export function detectLanguage(text: string): LanguageGuess {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  const rest = nonAscii(sample);
  const latinAscii = asciiLetters(sample);
  const counts = SCRIPTS.map(([name, re]) => [name, count(rest, re) + (name === 'Latin' ? latinAscii : 0)] as const);
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
  const hitsOf = new Array<number>(STOP_CODES.length).fill(0);
  for (const w of words) {
    const cs = STOP_INDEX.get(w);
    if (cs) for (const c of cs) hitsOf[c]++;
  }
  for (let c = 0; c < STOP_CODES.length; c++) {
    const code = STOP_CODES[c];
    const hits = hitsOf[c];
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
