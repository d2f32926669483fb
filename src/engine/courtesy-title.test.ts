/**
 * A description with a courtesy title ("the Rt. Hon. Prime Minister") over the shipped parse is
 * the person first named with that title, not the last holder of the office named.
 */
import { describe, expect, it } from 'vitest';
import { readText } from '../core/article/read-text.js';
import { createEngine } from './engine.js';

describe('a description carrying a courtesy title', () => {
  it('is the person first named with the same title', async () => {
    const text =
      'Visit news\n\nMarch 3, 2024\n\nThe Rt. Hon. Prime Minister Ram Bahadur Thapa of Nepal arrived in New Delhi and held talks with Prime Minister Narendra Modi of India on Monday. Later, the Rt. Hon. Prime Minister said that the talks had gone well.';
    const engine = await createEngine({ upTo: 'actors' });
    const analysis = engine.analyzeArticle(readText(text));
    const later = analysis.text.lastIndexOf('Prime Minister said');
    const who = analysis.actors.find((a) => a.mentions.some((m) => m.start <= later && m.end >= later + 'Prime Minister'.length));
    expect(who?.name).toBe('Ram Bahadur Thapa');
  });
});
