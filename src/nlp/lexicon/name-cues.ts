// Head words that decide the type of a capitalised name ("Iranian Foreign Ministry" → ORG because
// of "Ministry"). A cue counts as the last word of a name or just before "of" ("Ministry of Defense").
import type { EntityType } from '../../types.ts';

export interface NameCue {
  id: string;
  type: EntityType;
  words: string[];
  example: string;
}

export const NAME_CUES: NameCue[] = [
  { id: 'cue:org-government', type: 'ORG', example: 'Iranian Foreign Ministry',
    words: ['Ministry', 'Department', 'Office', 'Agency', 'Administration', 'Bureau', 'Directorate', 'Commission',
      'Committee', 'Council', 'Assembly', 'Parliament', 'Congress', 'Senate', 'Cabinet', 'Government', 'Court',
      'Tribunal', 'Authority', 'House', 'Secretariat', 'Prosecutor', 'Treasury', 'Embassy', 'Consulate', 'Mission'] },
  { id: 'cue:org-military', type: 'ORG', example: 'U.S. Southern Command',
    words: ['Command', 'Corps', 'Force', 'Forces', 'Army', 'Navy', 'Guard', 'Guards', 'Militia', 'Militias',
      'Brigade', 'Brigades', 'Battalion', 'Regiment', 'Division', 'Fleet', 'Marines', 'Police', 'Service',
      'Services', 'Intelligence', 'Cartel', 'Gang', 'Front', 'Movement', 'Group'] },
  { id: 'cue:org-political', type: 'ORG', example: 'United Socialist Party',
    words: ['Party', 'Alliance', 'Coalition', 'Union', 'Federation', 'League', 'Organization', 'Organisation',
      'Association', 'Foundation', 'Fund', 'Institute', 'Center', 'Centre', 'Society', 'Network', 'Initiative',
      'Nations', 'Bloc', 'Club', 'Board', 'Trust', 'Team'] },
  { id: 'cue:org-business', type: 'ORG', example: 'Mahan Air',
    words: ['Bank', 'Company', 'Corporation', 'Corp', 'Corp.', 'Inc', 'Inc.', 'Ltd', 'Ltd.', 'Group', 'Holdings',
      'Airlines', 'Airways', 'Air', 'Petroleum', 'Oil', 'Energy', 'Industries', 'Partners', 'Capital', 'Exchange',
      'Motors', 'Systems', 'Technologies', 'Pharmaceuticals', 'Telecom'] },
  { id: 'cue:org-media', type: 'ORG', example: 'PanAm Post',
    words: ['News', 'Times', 'Journal', 'Post', 'Press', 'Herald', 'Tribune', 'Gazette', 'Telegraph', 'Guardian',
      'Daily', 'Magazine', 'Television', 'TV', 'Radio', 'Channel', 'Broadcasting', 'Media', 'Reuters', 'Wire',
      'Agency', 'Informe', 'Review', 'Monitor', 'Observer'] },
  { id: 'cue:org-education', type: 'ORG', example: 'Central University',
    words: ['University', 'College', 'Academy', 'School', 'Hospital'] },
  { id: 'cue:fac', type: 'FAC', example: 'Miraflores Palace',
    words: ['Palace', 'Airport', 'Base', 'Prison', 'Bridge', 'Tower', 'Towers', 'Stadium', 'Square', 'Port',
      'Harbor', 'Harbour', 'Refinery', 'Dam', 'Plant', 'Station', 'Building', 'Cathedral', 'Mosque', 'Fort',
      'Highway', 'Canal', 'Pipeline'] },
  { id: 'cue:loc', type: 'LOC', example: 'Lake Maracaibo',
    words: ['Lake', 'River', 'Sea', 'Ocean', 'Gulf', 'Bay', 'Strait', 'Straits', 'Mountains', 'Mountain', 'Mount',
      'Peninsula', 'Desert', 'Island', 'Islands', 'Valley', 'Coast', 'Basin', 'Hemisphere', 'Region', 'Province',
      'Border', 'Channel', 'Shoal', 'Shoals', 'Reef', 'Reefs', 'Atoll', 'Cay'] },
];

const CUE_BY_WORD = new Map<string, NameCue>();
for (const cue of NAME_CUES) for (const w of cue.words) if (!CUE_BY_WORD.has(w)) CUE_BY_WORD.set(w, cue);

/** The cue of the word as written or in title case ("MINISTRY", "ministry" → "Ministry"). */
export function cueFor(word: string): NameCue | undefined {
  const cue = CUE_BY_WORD.get(word);
  // A word already in (ASCII) title case is its own title case: the one lookup has answered.
  if (cue !== undefined || isAsciiTitleCase(word)) return cue;
  return CUE_BY_WORD.get(word.charAt(0).toUpperCase() + word.slice(1).toLowerCase());
}

function isAsciiTitleCase(word: string): boolean {
  const c = word.charCodeAt(0);
  if (!(c >= 0x41 && c <= 0x5a)) return false;
  for (let i = 1; i < word.length; i++) {
    const d = word.charCodeAt(i);
    if (!(d >= 0x61 && d <= 0x7a)) return false;
  }
  return true;
}
// Cue words that also start a name ("Lake Maracaibo", "Mount Avila").
export const LEADING_LOC_CUES = new Set(['Lake', 'Mount', 'Gulf', 'Bay', 'Port', 'Fort', 'Cape', 'Isla', 'Sierra']);

// Words that name a military or police operation when followed by a capitalised name.
export const OPERATION_WORDS = new Set(['operation', 'Operation', 'OPERATION', 'Operación', 'operación']);
