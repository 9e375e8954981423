import { describe, expect, it } from 'vitest';
import { toParagraphs } from './paragraphs.ts';
import { estimatePublished } from './published.ts';
import { loadDatedEvents, loadOfficeTerms, matchEvents, matchOffices } from './world-dates.ts';

const estimate = (text: string) => estimatePublished(toParagraphs(text), 'en', { maxYear: 2024 });
const validIso = (d: string) => /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(d) && !Number.isNaN(Date.parse(d.padEnd(10, '-01').slice(0, 10)));

describe('world knowledge dates undated texts', () => {
  it('a named past event is a lower bound', () => {
    expect(estimate('Diplomats met again in a quiet villa. Nobody has trusted the ceasefire since Russia annexed Crimea, one of them said.')).toBe('2014');
  });
  it('a current office holder confines the text to the term', () => {
    expect(estimate('Prime Minister Theresa May told reporters the talks were going well.')).toBe('2016');
  });
  it('a current office holder and an earlier event combine', () => {
    expect(estimate('President Obama spoke at the memorial. Hurricane Katrina had flooded the city years before.')).toBe('2009');
    expect(estimate('President Obama praised the troops who carried out the raid in which bin Laden was killed.')).toBe('2011');
  });
  it('"former President" bounds nothing', () => {
    expect(estimate('Former President Obama spoke at the library opening.')).toBeNull();
    expect(estimate('The ex-president Obama and the then-President Clinton were both invited.')).toBeNull();
  });
  it('a later explicit date wins over an office term that had ended', () => {
    expect(estimate('President Obama signed the law. The museum reopened in 2019 after repairs.')).toBe('2019');
  });
  it('a later explicit date wins over an earlier event', () => {
    expect(estimate('The port was rebuilt after the Beirut port explosion. The new cranes arrived in 2023.')).toBe('2023');
  });
  it('events spoken of in the future do not count', () => {
    expect(estimate('Analysts fear Russia will invade Ukraine.')).toBeNull();
  });
  it('words the entry rules out make the sentence speak of something else', () => {
    expect(matchEvents('The embassy doubled its reward for any tip that helps in the capture of Maduro.').map((e) => e.id)).not.toContain('maduro-captured');
    expect(matchEvents('Troops captured Maduro in a night raid on Caracas.').map((e) => e.id)).toContain('maduro-captured');
  });
  it('given names that are not the holder\'s make the mention someone else\'s', () => {
    expect(matchOffices('Assembly President Jorge Rodríguez opened the session.').map((o) => o.holder)).not.toContain('Delcy Rodríguez');
    expect(matchOffices('Interim President Delcy Rodríguez opened the session.').map((o) => o.holder)).toContain('Delcy Rodríguez');
    expect(matchOffices('President Donald J. Trump opened the session.').map((o) => o.holder)).toContain('Donald Trump');
  });
  it('recent events date recent texts (2025-2026)', () => {
    const recent = (text: string) => estimatePublished(toParagraphs(text), 'en', { maxYear: 2026 });
    expect(recent('Interim president Delcy Rodríguez chose new bodyguards after the raid that captured Maduro.')).toBe('2026');
    expect(recent('The navy said Operation Southern Spear had sunk a dozen boats; President Donald Trump praised it.')).toBe('2025');
    // A month-precise named event and talk of the last few days: that month.
    expect(recent('Pope Leo XIV met the delegation on Saturday, days after the Twelve-Day War ended.')).toBe('2025-06');
  });
  it('no world knowledge and no dates: null', () => {
    expect(estimate('The council met and voted on the plan.')).toBeNull();
  });
});

describe('world-date data', () => {
  const events = loadDatedEvents();
  const offices = loadOfficeTerms();
  it('has enough breadth', () => {
    expect(events.length).toBeGreaterThanOrEqual(100);
    expect(offices.length).toBeGreaterThanOrEqual(40);
  });
  it('events are well-formed and each example matches its own patterns', () => {
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
    for (const e of events) {
      expect(validIso(e.date), e.id).toBe(true);
      expect(e.all.length, e.id).toBeGreaterThan(0);
      for (const group of e.all) for (const w of group) expect(w, e.id).toBe(w.toLowerCase());
      expect(matchEvents(e.example).map((x) => x.id), e.id).toContain(e.id);
    }
  });
  it('office terms are well-formed and match "Title Name"', () => {
    for (const o of offices) {
      expect(o.titles.length, o.name).toBeGreaterThan(0);
      for (const [from, to] of o.terms) {
        expect(validIso(from), o.name).toBe(true);
        if (to !== null) expect(validIso(to) && to >= from, o.name).toBe(true);
      }
      const found = matchOffices(`${o.titles[0]} ${o.name} said so.`);
      expect(found.length, o.name).toBe(1);
      expect(found[0].intervals, o.name).toEqual(expect.arrayContaining(o.terms));
    }
  });
});
