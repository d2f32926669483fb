import { describe, expect, it } from 'vitest';
import { detectLanguage, languageName } from './detect-language.js';

// Short news-like sentences written for this test.
const SAMPLES: Record<string, string> = {
  en: 'The foreign ministers of the two countries met on Monday and said that they would resume talks on the border after a pause of several months.',
  fr: "Les ministres des affaires étrangères des deux pays se sont rencontrés lundi et ont annoncé que les négociations sur la frontière reprendront dans les prochains jours.",
  de: 'Die Außenminister der beiden Länder haben sich am Montag getroffen und erklärt, dass die Gespräche über die Grenze nach einer Pause wieder aufgenommen werden.',
  es: 'Los ministros de exteriores de los dos países se reunieron el lunes y dijeron que las negociaciones sobre la frontera se reanudarán tras una pausa de varios meses.',
  it: 'I ministri degli esteri dei due paesi si sono incontrati lunedì e hanno detto che i negoziati sul confine riprenderanno dopo una pausa di diversi mesi.',
  pt: 'Os ministros das relações exteriores dos dois países reuniram-se na segunda-feira e disseram que as negociações sobre a fronteira serão retomadas após uma pausa.',
  ru: 'Министры иностранных дел двух стран встретились в понедельник и заявили, что переговоры о границе возобновятся после перерыва в несколько месяцев.',
  uk: 'Міністри закордонних справ двох країн зустрілися в понеділок і заявили, що переговори щодо кордону відновляться після перерви.',
  ar: 'التقى وزيرا خارجية البلدين يوم الاثنين وقالا إن المحادثات بشأن الحدود ستستأنف بعد توقف دام عدة أشهر.',
  zh: '两国外交部长星期一举行会晤，并表示在暂停数月之后将恢复有关边界问题的谈判。',
  ja: '両国の外相は月曜日に会談し、数か月の中断の後、国境に関する交渉を再開すると述べた。',
};

describe('detectLanguage', () => {
  it.each(Object.entries(SAMPLES))('recognises %s', (code, text) => {
    expect(detectLanguage(text).code).toBe(code);
  });

  it('reads a short English text full of "a" as English, never as a Romance language', () => {
    const text = 'A quick recap. Amrit Pal Sandhu, a Canadian citizen whom India had designated a terrorist, was shot dead outside a temple in June. Canada blamed India.';
    expect(detectLanguage(text).code).toBe('en');
    expect(detectLanguage('A ministra da defesa e a equipa do governo visitaram a base na segunda-feira com os militares.').code).toBe('pt');
  });

  it('answers null when the text is too short to tell', () => {
    expect(detectLanguage('Kyiv').code).toBeNull();
    expect(detectLanguage('Obama met Putin in Geneva on Monday.').code).toBeNull();
    expect(detectLanguage('').code).toBeNull();
  });

  it('counts every script letter, in ASCII and out of it, for the share of the dominant script', () => {
    // Cyrillic text quoting Latin names, accented Latin letters among them: the share is Cyrillic letters over all letters.
    const text = `${SAMPLES.ru} Генсек NATO Jens Stoltenberg и министр Zoë Müller (Berlin) 2024.`;
    const cyrillic = text.match(/\p{Script=Cyrillic}/gu)?.length ?? 0;
    const latin = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
    const guess = detectLanguage(text);
    expect(guess.code).toBe('ru');
    expect(guess.confidence).toBeCloseTo(cyrillic / (cyrillic + latin), 12);
  });

  it('names languages for messages', () => {
    expect(languageName('fr')).toBe('French');
    expect(languageName('xx')).toBe('xx');
  });
});
