import { describe, expect, it } from 'vitest';
import type { RawArticle } from '../types.ts';
import { prepareArticle } from './index.ts';

const raw = (text: string, extra: Partial<RawArticle> = {}): RawArticle => ({
  file: 'story.txt', url: null, title: 'Port reopens', text, byline: null, outlet: null, published: null, language: null, format: 'txt', ...extra,
});

const ENGLISH = 'The port of Valmera reopened on Monday after a week of storms, and the first ships began to unload grain and fuel.';
const SPANISH = 'El puerto de Valmera reabrió el lunes después de una semana de tormentas, y los primeros barcos comenzaron a descargar grano.';

describe('prepareArticle', () => {
  it('gives the same id to the same text under two file names, and a different id to different text', () => {
    const a = prepareArticle(raw(ENGLISH, { file: 'a.txt' }));
    const b = prepareArticle(raw(`${ENGLISH}\n\nShare on Facebook`, { file: 'copy/b.html' }));
    expect(a.id).toMatch(/^[0-9a-f]{16}$/);
    expect(b.id).toBe(a.id);
    expect(prepareArticle(raw(SPANISH)).id).not.toBe(a.id);
  });

  it('normalises whitespace and Unicode, keeping paragraph breaks', () => {
    const article = prepareArticle(raw('  First\u00A0 paragraph.  \r\n\r\n\r\n Cafe\u0301 second\u200B paragraph. '));
    expect(article.text).toBe('First paragraph.\n\nCafé second paragraph.');
  });

  it('dates an otherwise undated text by its copyright line, which boilerplate removal drops', () => {
    const article = prepareArticle(raw(`${ENGLISH}\n\nValley Monitor, independent reporting since 2011. All content © 2024 Valley Monitor.`));
    expect(article.text).not.toContain('©');
    expect(article.published).toBe('2024');
    expect(article.publishedFrom).toBe('text');
  });

  it("puts a wire's yearless dateline in its credit's year, not in a year its history names", () => {
    const body = 'LIMA, June 18 (Example Wire) - Chilean coast guard crews boarded two Peruvian fishing boats near the disputed bank on Monday and seized their catch, the navy said in a statement.\n\nThe boats were supplying a small outpost that Lima built on the bank in 1999 to assert its claim.\n\n(c) 2024 Example Wire. All rights reserved.';
    const article = prepareArticle(raw(body));
    expect(article.published).toBe('2024-06-18');
  });

  it("dates a wire to its credit's year when the text names only offices, and finds the dateline under a long headline", () => {
    const body = 'ROME, March 12 (Example Wire) - President Sergio Mattarella summoned the cabinet on Tuesday after the coalition collapsed, his office said in a statement.\n\nPrime Minister Giorgia Meloni said she would not resign and that the government would seek a confidence vote.\n\n(c) 2025 Example Wire';
    expect(prepareArticle(raw(body)).published).toBe('2025-03-12');
  });

  it('reads the day from a head line that is a place in capitals and a date, or a name, a section and a date', () => {
    expect(prepareArticle(raw(`Harbour Chronicle\n\nPUERTO MONTT, July 28, 2024\n\n${ENGLISH}`)).published).toBe('2024-07-28');
    expect(prepareArticle(raw(`El Faro del Sur - Internacional - 25 de junio de 2024\n\n${SPANISH}`)).published).toBe('2024-06-25');
  });

  it('detects the language, and metadata wins', () => {
    expect(prepareArticle(raw(ENGLISH)).language).toBe('en');
    expect(prepareArticle(raw(SPANISH)).language).toBe('es');
    expect(prepareArticle(raw(ENGLISH, { language: 'pt-BR' })).language).toBe('pt');
    expect(prepareArticle(raw('Too short.')).language).toBe('und');
  });

  it('takes date and outlet from metadata when given', () => {
    const article = prepareArticle(raw(`${ENGLISH}\n\n© 2020 Other Paper`, { published: '2024-03-05T10:00:00Z', outlet: 'Harbour Daily' }));
    expect(article).toMatchObject({ published: '2024-03-05', publishedFrom: 'metadata', outlet: 'Harbour Daily', outletFrom: 'metadata' });
  });

  it('estimates date and outlet from the text otherwise', () => {
    const article = prepareArticle(raw(`By Jo Park, Harbour Daily News\n\n${ENGLISH} Trade fell sharply in 2022.`));
    expect(article).toMatchObject({ published: '2022', publishedFrom: 'text', outlet: 'Harbour Daily News', outletFrom: 'text', byline: 'Jo Park' });
  });

  it('says null when neither metadata nor text tells', () => {
    expect(prepareArticle(raw(ENGLISH))).toMatchObject({ published: null, publishedFrom: null, outlet: null, outletFrom: null });
  });
});
