// A wire dateline's place is where the report was filed, never an event's actor; the event is
// coded from the sentence after the dash. Names are invented for the test.
import { describe, expect, it } from 'vitest';
import { extractEvents } from './index.ts';
import { analyzeText } from '../nlp/index.ts';

const ROWS: { text: string; type: string; source: string; target: string | null }[] = [
  { text: 'Troops land in Korvania\n\nSANTA VELMA, Nov 13 (ZNA) - Zembria has sent 200 soldiers to Korvania, officials said.', type: 'AID', source: 'Zembria', target: 'Korvania' },
  { text: 'DRAVOSK (AP) — Quelmar imposed sanctions on Drosnia on Monday.', type: 'SANCTION', source: 'Quelmar', target: 'Drosnia' },
];

describe('datelines in the event coder', () => {
  for (const r of ROWS) {
    it(r.text.slice(0, 50), () => {
      const { sentences, mentions } = analyzeText(r.text);
      const { events } = extractEvents({ text: r.text, sentences, mentions, published: '2024-11-13' });
      const e = events.find((x) => x.type === r.type);
      expect(e, JSON.stringify(events)).toBeDefined();
      expect(e!.source?.name).toBe(r.source);
      if (r.target) expect(e!.target?.name).toBe(r.target);
      for (const x of events) for (const a of [x.source, x.target]) expect(a?.name ?? '').not.toMatch(/SANTA VELMA|Santa Velma|DRAVOSK|Dravosk/);
    });
  }
});
