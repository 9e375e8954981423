import { describe, expect, it } from 'vitest';
import { BOILERPLATE_RULES, removeBoilerplate, TRAILING_HEADLINES_RULE } from './boilerplate.ts';

const BODY = [
  'The council approved the new budget on Tuesday after a long debate.',
  'Opposition members said the cuts to libraries went too far.',
  'The mayor defended the plan as the only way to balance the accounts.',
  'A final vote on the transport levy is expected before the summer.',
];

describe('boilerplate rules', () => {
  it.each(BOILERPLATE_RULES.map((r) => [r.id, r] as const))('%s removes its own example', (id, rule) => {
    // Tail and end rules apply near the end of the text; line and heading rules anywhere.
    const paragraphs = rule.scope === 'line' || rule.scope === 'heading' ? [BODY[0], rule.example, ...BODY.slice(1)] : [...BODY, rule.example];
    const { kept, removed } = removeBoilerplate(paragraphs);
    expect(kept).toEqual(BODY);
    expect(removed.map((r) => r.rule)).toContain(id);
  });

  it('removes a trailing run of unrelated headlines', () => {
    const { kept, removed } = removeBoilerplate([...BODY, ...TRAILING_HEADLINES_RULE.example.split('\n')]);
    expect(kept).toEqual(BODY);
    expect(removed.every((r) => r.rule === TRAILING_HEADLINES_RULE.id)).toBe(true);
  });

  it('removes a "Related" heading with the headline list under it, and an author box with what follows', () => {
    const { kept } = removeBoilerplate([
      BODY[0], 'Related articles', 'Budget talks stall in the capital', 'Libraries brace for cuts', ...BODY.slice(1),
      'About the author', 'She has covered city hall since the flood.',
    ]);
    expect(kept).toEqual(BODY);
  });

  it('removes a long paragraph printed twice', () => {
    const repeated = 'The mayor said the transport levy would fund new buses for the outer districts and repair two bridges.';
    expect(removeBoilerplate([repeated, ...BODY, repeated]).kept).toEqual([repeated, ...BODY]);
  });

  const kept: Array<[string, string]> = [
    ['a sentence that mentions sharing', 'Residents were asked to share their views on the plan.'],
    ['a sentence citing a newsletter', 'The figures first appeared in a newsletter published by the treasury in May.'],
    ['a quote that mentions photos', 'She said the photo showed the damage clearly, and the insurers accepted it.'],
    ['a journalist in the middle of the text', 'Ana Ruiz is a journalist who was detained in March, her lawyer said.'],
  ];
  it.each(kept)('keeps %s', (_name, sentence) => {
    const paragraphs = [BODY[0], sentence, ...BODY.slice(1)];
    expect(removeBoilerplate(paragraphs).kept).toEqual(paragraphs);
  });

  it('never empties a text made only of short lines', () => {
    const lines = ['Budget passes', 'Libraries cut'];
    expect(removeBoilerplate(lines).kept).toEqual(lines);
  });
});
