// Head words that decide the type of a capitalised name ("Iranian Foreign Ministry" → ORG because
// of "Ministry"). A cue counts as the last word of a name or just before "of" ("Ministry of Defense").
import type { EntityType } from '../../types.ts';
import { memoByText } from '../memo.ts';

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
      'Border', 'Channel'] },
];

const CUE_BY_WORD = new Map<string, NameCue>();
for (const cue of NAME_CUES) for (const w of cue.words) if (!CUE_BY_WORD.has(w)) CUE_BY_WORD.set(w, cue);

// By word form, the cue of the word as written or in title case ("MINISTRY", "ministry"), or null.
const cueOfForm = memoByText((word) => CUE_BY_WORD.get(word) ?? CUE_BY_WORD.get(word.charAt(0).toUpperCase() + word.slice(1).toLowerCase()) ?? null);

export function cueFor(word: string): NameCue | undefined {
  return cueOfForm(word) ?? undefined;
}

// Cue words that also start a name ("Lake Maracaibo", "Mount Avila").
export const LEADING_LOC_CUES = new Set(['Lake', 'Mount', 'Gulf', 'Bay', 'Port', 'Fort', 'Cape', 'Isla', 'Sierra']);

// Words that name a military or police operation when followed by a capitalised name.
export const OPERATION_WORDS = new Set(['operation', 'Operation', 'OPERATION', 'Operación', 'operación']);
