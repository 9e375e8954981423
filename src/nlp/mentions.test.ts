// One row per case: a sentence written for this test, and the mentions it must contain
// ([surface, type, canonical]). Rows list only what matters; other mentions may appear.
import { describe, expect, it } from 'vitest';
import { analyzeText } from './index.ts';

type Expect = [text: string, type: string, canonical: string];

const CASES: { name: string; text: string; has: Expect[]; hasNot?: string[] }[] = [
  { name: 'country, alias and capital metonym', text: 'Officials in Havana said the U.S. and America had no say.',
    has: [['Havana', 'GPE', 'Cuba'], ['U.S.', 'GPE', 'United States'], ['America', 'GPE', 'United States']] },
  { name: 'US and United States', text: 'Analysts expect the US to respond, and the United States later did.',
    has: [['US', 'GPE', 'United States'], ['United States', 'GPE', 'United States']] },
  { name: 'capitals as metonyms', text: 'Tehran and Caracas signed a deal while Washington watched.',
    has: [['Tehran', 'GPE', 'Iran'], ['Caracas', 'GPE', 'Venezuela'], ['Washington', 'GPE', 'United States']] },
  { name: 'a long name closed by its bracketed acronym is one name', text: 'The Strategic Framework for the Defence of the People of Azawad (CSP-DPA) said it held the town.',
    has: [['Strategic Framework for the Defence of the People of Azawad', 'ORG', 'Strategic Framework for the Defence of the People of Azawad'], ['CSP-DPA', 'ORG', 'CSP-DPA']] },
  { name: 'two names before one acronym stay two', text: 'Hamas and the Palestinian Islamic Jihad (PIJ) fired rockets at Ashkelon.',
    has: [['Hamas', 'ORG', 'Hamas'], ['Palestinian Islamic Jihad', 'ORG', 'Palestinian Islamic Jihad']] },
  { name: 'the Kremlin', text: 'A spokesman for the Kremlin declined to comment.', has: [['Kremlin', 'ORG', 'Russia']] },
  { name: 'demonyms as nationalities', text: 'Cubans and Iranians worked beside a Russian crew and some American contractors.',
    has: [['Cubans', 'NORP', 'Cuba'], ['Iranians', 'NORP', 'Iran'], ['Russian', 'NORP', 'Russia'], ['American', 'NORP', 'United States']] },
  { name: 'demonym inside an organisation name', text: 'The Venezuelan Armed Forces answer to the Iranian Foreign Ministry now, a rival claimed.',
    has: [['Venezuelan Armed Forces', 'ORG', 'Venezuelan Armed Forces'], ['Iranian Foreign Ministry', 'ORG', 'Iranian Foreign Ministry']],
    hasNot: ['Venezuelan', 'Iranian'] },
  { name: 'a name ending in a place word is a place, with the ordinal before it', text: 'Two patrol boats sailed past the Second Thomas Shoal and Harrow Reef on Tuesday.',
    has: [['Second Thomas Shoal', 'LOC', 'Second Thomas Shoal'], ['Harrow Reef', 'LOC', 'Harrow Reef']] },
  { name: 'ministers and secretaries by portfolio, two titled people joined by "and"', text: 'Talks were led by Defence Secretary Mara Quist and National Security Adviser Tomas Ek, with Finance Minister Ida Holm.',
    has: [['Defence Secretary Mara Quist', 'PERSON', 'Mara Quist'], ['National Security Adviser Tomas Ek', 'PERSON', 'Tomas Ek'], ['Finance Minister Ida Holm', 'PERSON', 'Ida Holm']],
    hasNot: ['Defence', 'Finance'] },
  { name: 'a dotted two-word title ("Lt. Gen.")', text: 'The briefing was given by Lt. Gen. Ivo Marsh on Friday.',
    has: [['Lt. Gen. Ivo Marsh', 'PERSON', 'Ivo Marsh']], hasNot: ['Gen'] },
  { name: 'church, military and international titles; "Brig." is no sentence end', text: 'Reporters met Commodore Ivo Marsh, Brig. Gen. Ana Toll and UN Secretary-General Omar Vey in the capital.',
    has: [['Commodore Ivo Marsh', 'PERSON', 'Ivo Marsh'], ['Brig. Gen. Ana Toll', 'PERSON', 'Ana Toll'], ['Secretary-General Omar Vey', 'PERSON', 'Omar Vey']] },
  { name: 'a dotted title right after a capitalised word', text: 'On Monday Lt. Col. Ivo Marsh spoke to reporters.',
    has: [['Lt. Col. Ivo Marsh', 'PERSON', 'Ivo Marsh']], hasNot: ['Lt', 'Monday Lt'] },
  { name: 'a page timestamp line names no one', text: 'Talks in Oslo\n\nUpdated Oct. 20, 2022, 6:41 p.m. ET\n\nNorway sanctioned Belarus on Monday.',
    has: [['Norway', 'GPE', 'Norway']], hasNot: ['Updated Oct', 'Updated', 'ET'] },
  { name: 'a dateline of two places names each', text: 'Talks in Mali\n\nMOSCOW/BAMAKO (Sahel Wire) - Russia sent troops to Mali on Monday.',
    has: [['MOSCOW', 'GPE', 'Russia'], ['BAMAKO', 'GPE', 'Mali']], hasNot: ['MOSCOW/BAMAKO'] },
  { name: 'ethnic groups are nationalities of no state', text: 'Tuareg rebels attacked a convoy, and Fulani herders fled south.',
    has: [['Tuareg', 'NORP', 'Tuareg'], ['Fulani', 'NORP', 'Fulani']] },
  { name: 'title stripped from canonical', text: 'On a visit, Admiral Craig Faller warned about drones.',
    has: [['Admiral Craig Faller', 'PERSON', 'Craig Faller']] },
  { name: 'lower-case title and surname', text: 'Reporters asked the admiral Craig faller about the ships.',
    has: [['admiral Craig faller', 'PERSON', 'Craig Faller']] },
  { name: 'abbreviated title', text: 'The plan was backed by Sen. Laura Pemberton of Ohio.',
    has: [['Sen. Laura Pemberton', 'PERSON', 'Laura Pemberton'], ['Ohio', 'GPE', 'Ohio']] },
  { name: 'multi-word lower-case title', text: 'The vote was called by interim president Delia Ramírez last week.',
    has: [['interim president Delia Ramírez', 'PERSON', 'Delia Ramírez']] },
  { name: 'all-caps and mixed-case acronyms', text: 'Agents of the IRGC met officers from the Bolivarian Intelligence Service (Sebin) and the Dgcim.',
    has: [['IRGC', 'ORG', 'IRGC'], ['Bolivarian Intelligence Service', 'ORG', 'Bolivarian Intelligence Service'], ['Sebin', 'ORG', 'SEBIN'], ['Dgcim', 'ORG', 'DGCIM']] },
  { name: 'sentence-initial common words are not names', text: 'Meanwhile, the talks stalled. According to aides, nothing moved. Later the aides left.',
    has: [], hasNot: ['Meanwhile', 'According', 'Later'] },
  { name: 'named operation', text: 'The navy launched operation Southern Spear in the Caribbean, after Operation Blue Tide ended.',
    has: [['operation Southern Spear', 'EVENT', 'Southern Spear'], ['Operation Blue Tide', 'EVENT', 'Blue Tide']] },
  { name: 'surname takes the full name seen earlier', text: 'Nicolás Maduro spoke on Monday. Maduro’s allies cheered.',
    has: [['Nicolás Maduro', 'PERSON', 'Nicolás Maduro'], ['Maduro', 'PERSON', 'Nicolás Maduro']] },
  { name: 'surname before the full name', text: 'Ortelli said little. Later, Marta Ortelli gave a speech in Caracas.',
    has: [['Ortelli', 'PERSON', 'Marta Ortelli'], ['Marta Ortelli', 'PERSON', 'Marta Ortelli']] },
  { name: 'accented names', text: 'Juan Guaidó and Delcy Rodríguez met Nicolás Pérez in Bogotá.',
    has: [['Juan Guaidó', 'PERSON', 'Juan Guaidó'], ['Delcy Rodríguez', 'PERSON', 'Delcy Rodríguez'], ['Nicolás Pérez', 'PERSON', 'Nicolás Pérez'], ['Bogotá', 'GPE', 'Colombia']] },
  { name: 'curly quotes and guillemets', text: '“Cubans run the guard,” said Elena Varga, citing «Radio Caribe News».',
    has: [['Cubans', 'NORP', 'Cuba'], ['Elena Varga', 'PERSON', 'Elena Varga'], ['Radio Caribe News', 'ORG', 'Radio Caribe News']] },
  { name: 'possessive of a country', text: 'Spain’s ABC newspaper printed the story first.',
    has: [['Spain', 'GPE', 'Spain'], ['ABC', 'ORG', 'ABC']] },
  { name: 'organisation cues', text: 'The State Department and the Central Bank of Norland disagreed, the Evening Post reported.',
    has: [['State Department', 'ORG', 'State Department'], ['Central Bank of Norland', 'ORG', 'Central Bank of Norland'], ['Evening Post', 'ORG', 'Evening Post']] },
  { name: 'headline words backed by the body', text: 'Ortega Courts Iran, Snubs Neighbours\n\nCarlos Ortega met envoys. Ortega smiled.',
    has: [['Ortega', 'PERSON', 'Carlos Ortega'], ['Iran', 'GPE', 'Iran']], hasNot: ['Courts', 'Snubs', 'Neighbours'] },
  { name: 'facility and location cues', text: 'Guards at Miraflores Palace watched tankers on Lake Maracaibo.',
    has: [['Miraflores Palace', 'FAC', 'Miraflores Palace'], ['Lake Maracaibo', 'LOC', 'Lake Maracaibo']] },
];

describe('findMentions (via analyzeText)', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const { mentions } = analyzeText(c.text);
      const got = mentions.map((m) => [m.text, m.type, m.canonical]);
      for (const e of c.has) expect(got, JSON.stringify(got)).toContainEqual(e);
      for (const surface of c.hasNot ?? []) expect(got.map((g) => g[0]), JSON.stringify(got)).not.toContain(surface);
      for (const m of mentions) {
        expect(m.text).toBe(c.text.slice(m.start, m.end));
        expect(m.rule.length).toBeGreaterThan(0);
      }
    });
  }
});
