import { describe, expect, it } from 'vitest';
import { analyzeText } from '../nlp/index.ts';
import { extractEvents } from './index.ts';
import { glossedMentions } from './gloss.ts';

const code = (text: string, language: string) =>
  extractEvents({ text, ...analyzeText(text), published: '2025-01-04', language, oneSided: true }).events;

describe('Spanish and French read through the gloss', () => {
  it('codes a Spanish arrest with its doer and target, offsets into the original text', () => {
    const text = 'Agentes de la Policía Nacional de Ostlandia detuvieron el viernes al presidente Tomás Ardila.';
    const e = code(text, 'es').find((x) => x.type === 'COERCE');
    expect(e, JSON.stringify(code(text, 'es'))).toBeDefined();
    expect(e!.source?.name).toBe('Policía Nacional de Ostlandia');
    expect(e!.target?.name).toBe('Tomás Ardila');
    expect(text.slice(e!.trigger.start, e!.trigger.end)).toBe('detuvieron');
  });
  it('reads a country named in the language as the English one, and "según" as "according to"', () => {
    const evs = code('Rusia envió tropas a Venezuela, según el diario El Tiempo.', 'es');
    const e = evs.find((x) => x.type === 'AID' || x.type === 'MOBILIZE');
    expect(e?.source?.name, JSON.stringify(evs)).toBe('Russia');
    expect(e?.attribution?.name).toBe('El Tiempo');
  });
  it('reads a capitalised "China" as the country (lower case "china" is the demonym) and ", que" as a relative clause', () => {
    const evs = code('Pekín, que reclama todo el golfo, niega que sus agentes hayan atacado a los pescadores de Vietnam.', 'es');
    expect(evs.some((x) => x.type === 'ACCUSE'), JSON.stringify(evs)).toBe(false);
    const e = evs.find((x) => x.type === 'ASSAULT');
    expect(e?.source?.name, JSON.stringify(evs)).toBe('China');
    expect(e?.negated).toBe(true);
    const named = code('Vietnam acusó a China de atacar a sus pescadores.', 'es').find((x) => x.type === 'ACCUSE');
    expect(named?.target?.name).toBe('China');
  });
  it('reads regular forms of event verbs the glossary lists ("abandonaron el país" is a withdrawal)', () => {
    const evs = code('Las tropas francesas abandonaron el país en agosto.', 'es');
    expect(evs.find((x) => x.type === 'RETREAT')?.source?.name, JSON.stringify(evs)).toBe('France');
  });
  it('reads a capital named with its article as its state ("La Habana" → Cuba), a country whose name holds one as written ("El Salvador"), and a bare capitalised article as no actor', () => {
    const names = (text: string, lang: string) => code(text, lang).map((x) => x.source?.name);
    expect(names('La Habana envió tropas a Ostlandia.', 'es')).toContain('Cuba');
    expect(names('El Salvador envió tropas a Ostlandia.', 'es')).toContain('El Salvador');
    expect(names('La policía detuvo a dos periodistas colombianos.', 'es')).toEqual(['police']);
    expect(code('Pékin a accusé Manille de provocation.', 'fr').map((x) => x.target?.name)).toEqual(['Philippines']);
  });
  it('cleans the English tagger\'s spans of the particles they open with or are made of, not of a place named with one', () => {
    const text = 'Según de China Meridional, La Habana y El Salvador.';
    const at = (w: string) => ({ start: text.indexOf(w), end: text.indexOf(w) + w.length, text: w, canonical: w });
    const spans = ['de China Meridional', 'La Habana', 'El Salvador', 'y'].map((w, index) => ({ index, sentence: 0, type: 'LOC' as const, rule: 'ner:test', ...at(w) }));
    expect(glossedMentions(text, spans, 'es').map((m) => [m.text, m.index, text.slice(m.start, m.end)])).toEqual([
      ['China Meridional', 0, 'China Meridional'], ['Habana', 1, 'Habana'], ['El Salvador', 2, 'El Salvador'],
    ]);
  });
  it('keeps English articles as they were (no gloss without a glossed language)', () => {
    const text = 'Police detained the president on Friday.';
    expect(JSON.stringify(code(text, 'en'))).toBe(JSON.stringify(extractEvents({ text, ...analyzeText(text), published: '2025-01-04', oneSided: true }).events));
  });
});
