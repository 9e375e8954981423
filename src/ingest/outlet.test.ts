import { describe, expect, it } from 'vitest';
import { estimateOutlet, OUTLET_RULES, SYNDICATION_RULE } from './outlet.ts';
import { toParagraphs } from './paragraphs.ts';

const BODY = 'The port reopened on Monday after the storm, officials said, and ships began to unload.';

describe('estimateOutlet', () => {
  it.each(OUTLET_RULES.map((r) => [r.id, r] as const))('%s finds the outlet in its example', (id, rule) => {
    const paragraphs = rule.where === 'head' ? [rule.example, BODY] : [BODY, rule.example];
    expect(estimateOutlet(paragraphs)).toMatchObject({ outlet: expect.stringMatching(/^Example /), rule: id });
  });

  const cases: Array<[string, string, string | null]> = [
    ['a team credit at the end', `${BODY}\nFiled under:\nBy the Northern Ledger Editorial Team`, 'Northern Ledger'],
    ['a byline naming the publication', `Port reopens\nBy Jo Park, Harbour Daily News\n${BODY}`, 'Harbour Daily News'],
    ['a copyright line', `${BODY}\nCopyright © 2021 Valley Herald, All rights reserved.`, 'Valley Herald'],
    ['an outlet only cited in a sentence', `${BODY} The minister told Example Wire that repairs would take weeks, according to Reuters.`, null],
    ['an outlet credited as the source of a quote', `${BODY}\n"We are ready," the captain told The Coastal Times on Sunday.`, null],
    ['a byline naming only a person', `By Jo Park\n${BODY}`, null],
    ['a byline with a role', `By Jo Park, Staff Writer\n${BODY}`, null],
    ['nothing', BODY, null],
    ['a section label is no outlet; the name line above it is', `Harbour Review\nInterview | 24 June 2024\n${BODY}`, 'Harbour Review'],
    ['a German head line: name | date | byline', `Ostmark Bote | 3. März 2024 | Von Ana Ruiz\n${BODY}`, 'Ostmark Bote'],
    ['a credit line with a section', `*Valley Herald · Politics desk*\n${BODY}`, 'Valley Herald'],
    ['a footer describing the publication', `${BODY}\nValley Herald is an independent news site for the valley. Sign up for our morning briefing and follow us on social media.`, 'Valley Herald'],
    ['a footer describing something else', `${BODY}\nThe port authority is an independent body.`, null],
    ['a footer tagline', `${BODY}\nCoast Courier — news from the harbour towns. Newsletter every weekday at 7 a.m.`, 'Coast Courier'],
    ['a wire dateline with an abbreviation the text spells out', `PORTO, June 2 (VNA) - ${BODY} Vale News Agency counted 40 ships.`, 'Vale News Agency'],
    ['a wire dateline with a known wire', `PORTO, June 2 (AFP) - ${BODY}`, 'Agence France-Presse'],
    ['a byline whose next segment is the publication', `By Jo Park | Valley Direct | 11 March 2024\n${BODY}`, 'Valley Direct'],
    ['a footer asking to follow the publication', `${BODY}\nFollow Valley Direct on WhatsApp and Facebook.`, 'Valley Direct'],
    ['a footer asking to follow "us" names no one', `${BODY}\nFollow us on WhatsApp and Facebook.`, null],
    ['a footer describing what it publishes', `${BODY}\nValley Pulse: the region's news, every morning.`, 'Valley Pulse'],
    ['a copyright after a tagline, in Spanish', `${BODY}\nEl Observador del Valle. Todos los derechos reservados`, null],
  ];
  it.each(cases)('%s', (_name, text, outlet) => {
    expect(estimateOutlet(toParagraphs(text)).outlet).toBe(outlet);
  });

  it('reads the people of a wire credit as the byline', () => {
    expect(estimateOutlet(toParagraphs(`${BODY}\n(Reporting by the Valley bureau; Editing by Jo Park)`)).byline).toBe('Jo Park');
  });

  it('a credit line ending its sentence names the person without the full stop', () => {
    expect(estimateOutlet(toParagraphs(`${BODY}\nAdditional reporting by Rafael Cruz.`)).byline).toBe('Rafael Cruz');
    expect(estimateOutlet(toParagraphs(`${BODY}\nReporting by Juan Soto Jr.`)).byline).toBe('Juan Soto Jr.');
  });

  it('reads the person in a byline', () => {
    expect(estimateOutlet(toParagraphs(`By Jo Park, Harbour Daily News\n${BODY}`)).byline).toBe('Jo Park');
  });

  it('takes a syndication notice as the origin, not the outlet, unless asked', () => {
    const paragraphs = [BODY, SYNDICATION_RULE.example];
    expect(estimateOutlet(paragraphs).outlet).toBeNull();
    expect(estimateOutlet(paragraphs, { syndicationIsOutlet: true }).outlet).toBe('Example Weekly');
  });
});
