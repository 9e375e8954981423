// Table tests for datelines, demonyms of places no gazetteer knows, state cues, type votes and
// non-English sentence openers. Every name here is invented for the test (as an unseen article's
// would be), so only the rules — never a gazetteer entry — can get them right.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../index.ts';
import { findDateline, matchDatelineWords } from './dateline.ts';
import { demonymBases, derivesFrom, looksNonEnglish } from './place-evidence.ts';
import { splitSentences } from '../sentences.ts';

describe('demonym morphology', () => {
  const ROWS: [demonym: string, base: string, derives: boolean][] = [
    ['Zembrians', 'Zembria', true], // X-ians ↔ X-ia
    ['Zembrian', 'Zembria', true],
    ['Kalbarian', 'Kalbar', true], // X-ian ↔ X
    ['Tolvean', 'Tolvea', true], // X-ean ↔ X-ea
    ['Drosnean', 'Drosne', true], // X-ean ↔ X-e
    ['Quelmans', 'Quelma', true], // X-ans ↔ X-a
    ['Kolvanese', 'Kolvan', true], // X-ese ↔ X
    ['Tarqi', 'Tarq', true], // X-i ↔ X
    ['Bali', 'Bal', false], // a base under four letters is never proposed
    ['Bastarqis', 'Bastarq', true], // X-is ↔ X
    ['Vellish', 'Velland', true], // X-ish ↔ X-land
    ['Finnmish', 'Finnmland', true],
    ['Zembrian', 'Zembrana', false],
    ['Moravel', 'Morav', false], // no demonym ending
  ];
  for (const [d, b, ok] of ROWS) it(`${d} ${ok ? '←' : '↚'} ${b}`, () => expect(derivesFrom(d, b)).toBe(ok));
  it('never proposes the word itself', () => expect(demonymBases('Zembrian')).not.toContain('Zembrian'));
});

describe('dateline matcher', () => {
  const ROWS: [text: string, place: string | null, agency: string | null, body: string | null][] = [
    ['KORVETA CITY, Feb 2 (Reuters) - Officials said on Tuesday that talks failed.', 'KORVETA CITY', 'Reuters', 'Officials'],
    ['SANTA VELMA, Nov 13 (ABC) – The army has moved.', 'SANTA VELMA', 'ABC', 'The'],
    ['DRAVOSK (AP) — Protesters gathered outside the palace.', 'DRAVOSK', 'AP', 'Protesters'],
    ['DRAVOSK — Protesters gathered outside the palace.', 'DRAVOSK', null, 'Protesters'],
    ['Velmora, Zembria, March 3, 2024 (Wire) - Troops arrived.', 'Velmora', 'Wire', 'Troops'],
    ['Officials - who spoke on condition of anonymity - said little.', null, null, null],
    ['UPDATE - Talks resume.', null, null, null],
    ['The minister arrived in Dravosk on Monday.', null, null, null],
  ];
  for (const [text, place, agency, body] of ROWS) {
    it(text.slice(0, 40), () => {
      const d = findDateline(text, splitSentences(text));
      if (place === null) return expect(d).toBeNull();
      expect(d?.place.text).toBe(place);
      expect(d?.agency?.text ?? null).toBe(agency);
      expect(text.slice(d!.bodyStart).split(' ')[0]).toBe(body);
    });
  }
  it('only at the start of one of the first paragraphs', () => {
    const text = 'A headline here\n\nFirst paragraph without one.\n\nSecond one.\n\nThird.\n\nFourth.\n\nFifth.\n\nKORVETA, Feb 2 (Reuters) - Too late.';
    expect(findDateline(text, splitSentences(text))).toBeNull();
  });
  it('after a headline, byline and caption, and with two places joined by a slash', () => {
    const text = 'A headline here\n\nBy Jo Park\n\nPhoto: the harbour at dawn.\n\nKORVETA/LIMBO — Zembria sent two envoys, officials said.';
    expect(findDateline(text, splitSentences(text))?.place.text).toBe('KORVETA/LIMBO');
  });
  it('a label line in capitals ("OUTLET NAME - Section") is no dateline', () => {
    const text = 'A headline here\n\nKORVETA DISPATCH - National Security\n\nLIMBO - Zembria sent two envoys to Korvania, officials said.';
    expect(findDateline(text, splitSentences(text))?.place.text).toBe('LIMBO');
  });
  it('token matcher reports the body token', () => expect(matchDatelineWords(['LIMBO', '(', 'AP', ')', '-', 'Rain'])?.body).toBe(5));
});

type Expect = [text: string, type: string, canonical: string];
const CASES: { name: string; text: string; has: Expect[]; hasNot?: string[]; notTyped?: [string, string][]; lacks?: Expect[]; persons?: string[] }[] = [
  { name: 'dateline place is a place, agency an organisation, never a person',
    text: 'Zembria sends envoys to Korvania\n\nSANTA VELMA, Nov 13 (ZNA) - Zembria has sent two envoys to Korvania, officials said.',
    has: [['SANTA VELMA', 'GPE', 'Santa Velma'], ['ZNA', 'ORG', 'ZNA']], notTyped: [['SANTA VELMA', 'PERSON']] },
  { name: 'dateline place named in the body too',
    text: 'DRAVOSK, Feb 2 (Reuters) - Talks began on Monday.\n\nThe delegates met in Dravosk for a second day.',
    has: [['DRAVOSK', 'GPE', 'Dravosk'], ['Dravosk', 'GPE', 'Dravosk']] },
  { name: 'demonym of an unknown country in the same document',
    text: 'Zembria has deployed troops. Zembrian officers trained the guard, and two Zembrians were hurt.',
    has: [['Zembria', 'GPE', 'Zembria'], ['Zembrian', 'NORP', 'Zembria'], ['Zembrians', 'NORP', 'Zembria']] },
  { name: 'X-ese and X-ish demonyms',
    text: 'Kolvan accused Velland of spying. Kolvanese diplomats left, and Vellish police watched.',
    has: [['Kolvan', 'GPE', 'Kolvan'], ['Kolvanese', 'NORP', 'Kolvan'], ['Velland', 'GPE', 'Velland'], ['Vellish', 'NORP', 'Velland']] },
  { name: "X's foreign ministry and the government of X",
    text: "Talks stalled after Drosnia's foreign ministry objected. Later the government of Quelmar said it would wait.",
    has: [['Drosnia', 'GPE', 'Drosnia'], ['Quelmar', 'GPE', 'Quelmar']] },
  { name: 'a person’s government stays a person',
    text: "Boris Talvenko spoke on Monday. Talvenko's government denied the report.",
    has: [['Talvenko', 'PERSON', 'Boris Talvenko']] },
  { name: 'a person’s surname is no place for a demonym-shaped adjective',
    text: 'Marta Kelvin spoke. Critics called the plan Kelvinian in scope.',
    has: [['Marta Kelvin', 'PERSON', 'Marta Kelvin']], lacks: [['Kelvinian', 'NORP', 'Kelvin'], ['Kelvin', 'GPE', 'Kelvin']] },
  { name: 'demonym opening a person read as one name splits off',
    text: 'Zembria protested. The Zembrian Defence Minister Ana Roth flew home.',
    has: [], persons: ['Ana Roth'], notTyped: [['Zembrian Defence Minister Ana Roth', 'ORG']] },
  { name: 'Spanish sentence openers are not names',
    text: 'Detenida la ministra Ana Roth en la capital. Mientras tanto, las calles de la ciudad amanecieron en calma. Según la agencia, los escoltas no opusieron resistencia.',
    has: [['Ana Roth', 'PERSON', 'Ana Roth']], hasNot: ['Detenida', 'Mientras', 'Según'] },
];

describe('place evidence in findMentions', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const { mentions } = analyzeText(c.text);
      const got = mentions.map((m) => [m.text, m.type, m.canonical]);
      for (const e of c.has) expect(got, JSON.stringify(got)).toContainEqual(e);
      for (const s of c.hasNot ?? []) expect(got.map((g) => g[0]), JSON.stringify(got)).not.toContain(s);
      for (const e of c.lacks ?? []) expect(got, JSON.stringify(got)).not.toContainEqual(e);
      for (const p of c.persons ?? []) expect(got.filter((g) => g[1] === 'PERSON' && g[2] === p).length, JSON.stringify(got)).toBeGreaterThan(0);
      for (const [s, t] of c.notTyped ?? []) expect(got.filter((g) => g[0] === s && g[1] === t), JSON.stringify(got)).toEqual([]);
      for (const m of mentions) expect(m.text).toBe(c.text.slice(m.start, m.end));
    });
  }
  it('language test', () => {
    expect(looksNonEnglish([['Las', 'calles', 'de', 'la', 'ciudad', 'y', 'los', 'barrios', 'en', 'calma', 'que', 'se']])).toBe(true);
    expect(looksNonEnglish([['The', 'streets', 'of', 'La', 'Paz', 'and', 'El', 'Alto', 'were', 'calm']])).toBe(false);
  });
});
