import { describe, expect, it } from 'vitest';
import { normalizeDate } from './iso-date.ts';
import { toParagraphs } from './paragraphs.ts';
import { estimatePublished } from './published.ts';

const estimate = (text: string, language = 'en') => estimatePublished(toParagraphs(text), language, { maxYear: 2024 });

describe('estimatePublished', () => {
  const cases: Array<[string, string, string | null]> = [
    ['a labelled dateline', 'Dam inspection ordered\nPublished: March 3, 2024\nEngineers found cracks in the old dam in 2019, officials said.', '2024-03-03'],
    ['a byline with a date', 'By Ana Ruiz | 12 June 2023\nThe inquiry into the collapse heard from six witnesses over the course of the week.', '2023-06-12'],
    ['a wire dateline', 'LIMA, May 4, 2022 (Example Wire) - Farmers blocked two highways in protest at fuel prices and new taxes on imports.', '2022-05-04'],
    ['the latest stated year, at year precision', 'The company was founded in 1998. It moved its headquarters in 2011. Since 2016 it has made losses.', '2016'],
    ['month precision when the text speaks of recent days', 'The strike began in February 2021. Workers marched again on Wednesday, union leaders said.', '2021-02'],
    ['year precision without recent-day language', 'The strike began in February 2021. It was the largest in the sector for a decade.', '2021'],
    ['future dates do not count', 'The bridge opened in 2015. A second bridge will open in 2023, the ministry said.', '2015'],
    ['years after the current one do not count', 'The treaty was signed in 2009 and expires in 2031.', '2009'],
    ['"this year" names no year', 'Earlier this year the plant cut jobs. In September the owners sold it.', null],
    ['numbers that are not years', 'The fund paid out $2019 to 1500 people, or 2020% of the target.', null],
    ['no dates at all', 'The council met and voted on the plan.', null],
    ['a yearless day in the lead falls after the latest dated event', 'Police detained the mayor of the port city on January 3 at his home, hours after a court ordered his arrest.\nHe had won the July 2024 election by a wide margin, observers said.', '2025-01'],
    ['a yearless wire dateline takes its year from the text', 'LIMA, Nov 13 (Example Wire) - Farmers blocked two highways in protest at fuel prices and new taxes, the third such protest since 2024 began.', '2024-11-13'],
    ['a yearless day in the lead with nothing else dated says nothing', 'Police detained the mayor of the port city on January 3 at his home, hours after a court ordered his arrest.', null],
    ['a current office holder outdates an old stated year', 'President Ferdinand Marcos Jr. told troops the outpost, held since 1999, would be defended.', '2022'],
    ['Spanish dates via chrono', 'El gobierno anunció el 3 de marzo de 2024 nuevas medidas. Las protestas comenzaron en 2023.', '2024'],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(estimate(text, /gobierno/.test(text) ? 'es' : 'en')).toBe(expected);
  });
});

describe('normalizeDate', () => {
  const cases: Array<[string, string | null]> = [
    ['2024-03-05T23:30:00-05:00', '2024-03-05'],
    ['2024-03', '2024-03'],
    ['2024', '2024'],
    ['Tue, 05 Mar 2024 23:30:00 -0500', '2024-03-05'],
    ['March 5, 2024', '2024-03-05'],
    ['2024-02-30', null],
    ['yesterday', null],
    ['', null],
  ];
  it.each(cases)('%j → %j', (input, expected) => {
    expect(normalizeDate(input)).toBe(expected);
  });
});
