// One colour per PLOVER type (cooperative: blues and greens; conflictual: ambers, reds, purples)
// and per entity type. build.ts turns these into CSS classes (.t-AID, .k-PERSON); the graph uses
// them directly. Chosen for contrast on white (text on the colour is white).
export const PLOVER_COLORS: Record<string, string> = {
  AGREE: '#1b7f5f', CONSULT: '#2a6fb0', SUPPORT: '#2e8b3e', CONCEDE: '#5b7c1e',
  COOPERATE: '#0f7c8c', AID: '#1f5fa8', RETREAT: '#6b6f2a', REQUEST: '#4b5fb4',
  ACCUSE: '#b35a00', REJECT: '#9c4a1a', THREATEN: '#c0392b', PROTEST: '#a6326e',
  SANCTION: '#8e44ad', MOBILIZE: '#7a4b1f', COERCE: '#b0243f', ASSAULT: '#7d1020',
};

export const ENTITY_COLORS: Record<string, string> = {
  PERSON: '#2a6fb0', ORG: '#7b4fa0', GPE: '#1b7f5f', NORP: '#a66300', FAC: '#6b6f2a', LOC: '#53616e', EVENT: '#b0243f',
};

export const FALLBACK_COLOR = '#53616e';

export function ploverColor(type: string): string {
  return PLOVER_COLORS[type] ?? FALLBACK_COLOR;
}

/** CSS rules for the colour classes. */
export function colorCss(): string {
  const rules = Object.entries(PLOVER_COLORS).map(([t, c]) => `.t-${t}{--type:${c}}`);
  rules.push(...Object.entries(ENTITY_COLORS).map(([t, c]) => `.k-${t}{--kind:${c}}`));
  return `${rules.join('\n')}\n`;
}
