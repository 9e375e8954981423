// Outlet estimated from the text, when metadata has none: only credit lines that say who published the
// article — never outlets the article merely cites ("according to Reuters", "told The Wall Street Journal"):
// those sit inside sentences, and every rule here needs a short, line-anchored credit.
import { RIGHTS_RESERVED } from './boilerplate.ts';
import { wordCount } from './paragraphs.ts';

export interface OutletRule {
  id: string;
  pattern: RegExp;
  /** Where the line may sit: first paragraphs, last paragraphs, or anywhere. */
  where: 'head' | 'tail' | 'anywhere';
  /** The capture must look like a publication name, not a person (for patterns that also fit people). */
  needsOutletShape: boolean;
  /** Stricter: the capture holds a word for a publication ("Review", "Chronicle", "Faro"). */
  needsOutletWord?: boolean;
  example: string;
}

/**
 * A syndication notice ("This article first appeared on X") names where the text came from. By default it is
 * taken as the origin, not this copy's publisher (the seeds' gold annotates it that way); see `syndicationIsOutlet`.
 */
export const SYNDICATION_RULE: OutletRule = {
  id: 'syndication-notice',
  pattern: /^this (?:post|article|story|piece) (?:was )?(?:originally |first )(?:posted|published|appeared)\s+(?:on|in|at|by)\s+(.+?)(?:\s+[–—|-]\s+view original.*)?\.?$/i,
  where: 'anywhere',
  needsOutletShape: false,
  example: 'This article first appeared on Example Weekly.',
};

export const OUTLET_RULES: OutletRule[] = [
  {
    id: 'editorial-team',
    pattern: /^(?:by )?(?:the )?(.+?) (?:editorial (?:team|staff|board|desk)|newsroom|news desk)\.?$/i,
    where: 'anywhere',
    needsOutletShape: false,
    example: 'By the Example Daily Editorial Team',
  },
  {
    id: 'byline-with-outlet',
    pattern: /^[Bb][Yy]\s+[\p{Lu}][\p{L}.'’-]+(?:\s+[\p{Lu}][\p{L}.'’-]+){0,3}\s*(?:,|\||–|—| - | for )\s*(.+?)\.?$/u,
    where: 'head',
    needsOutletShape: true,
    example: 'By Ana Ruiz, Example Daily',
  },
  {
    id: 'copyright',
    pattern: new RegExp(String.raw`(?:^|\.\s+|\ball (?:content|contents|material)\s+)(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?(.+?)(?:[.,]?\s*(?:${RIGHTS_RESERVED}).*)?\.?$`, 'i'),
    where: 'anywhere',
    needsOutletShape: false,
    example: '© 2024 Example News. All rights reserved.',
  },
  {
    // "By Ana Ruiz · Example Direct · March 3, 2024": the segment after the author is the publication
    // (unless it is a role or a date).
    id: 'byline-segments',
    pattern: /^by\s+[^·•|]+?\s*[·•|]\s*([^·•|]+?)\s*(?:[·•|].*)?$/iu,
    where: 'head',
    needsOutletShape: false,
    example: 'By Ana Ruiz · Example Direct · March 3, 2024',
  },
  {
    // "Ostsee Rundschau | 21. Dezember 2024 | Von Henrike Albers": a name, a dated segment, then a byline.
    id: 'name-date-byline',
    pattern: /^([^·•|]+?)\s*[·•|]\s*[^·•|]*\d{4}[^·•|]*[·•|]\s*(?:by|von|por|par|di)\s+\p{Lu}.*$/iu,
    where: 'head',
    needsOutletShape: false,
    example: 'Example Bote | 3. März 2024 | Von Ana Ruiz',
  },
  {
    // "Example Chronicle" alone on a line at the head, above the dateline or the date.
    id: 'name-line',
    pattern: /^((?:(?:The|El|La|Le|Der|Die|Il|O)\s+)?\p{Lu}[\p{L}'’&.-]*(?:\s+(?:\p{Lu}[\p{L}'’&.-]*|of|del|de|la|du|des|the|and|&)){0,5})$/u,
    where: 'head',
    needsOutletShape: true,
    needsOutletWord: true,
    example: 'Example Chronicle',
  },
  {
    // "El Faro del Pacífico - Internacional - 25 de junio de 2024": a name, a section, a date.
    id: 'name-section-date',
    pattern: /^([^-–—|·•]+?)\s+[-–—]\s+(?:[^-–—|·•]+\s+[-–—]\s+)?[^-–—|·•]*\d{4}\s*$/u,
    where: 'head',
    needsOutletShape: true,
    needsOutletWord: true,
    example: 'Example Review - World - 3 March 2024',
  },
  {
    // "Example Daily | Politics", "Example Daily · Security desk": the first segment, when it reads as a publication.
    id: 'credit-line',
    pattern: /^([^·•|]+?)\s*[·•|].*$/u,
    where: 'head',
    needsOutletShape: true,
    example: 'Example Daily · Security desk',
  },
  {
    // "Follow Example Radio on WhatsApp and Facebook."
    id: 'follow-on-platform',
    pattern: /^(?:follow|like|find|join)\s+(?!us\b)(.+?)\s+on\s+(?:whatsapp|facebook|twitter|x|instagram|telegram|tiktok|youtube|linkedin|threads|bluesky)\b/iu,
    where: 'tail',
    needsOutletShape: false,
    example: 'Follow Example Radio on WhatsApp and Facebook.',
  },
  {
    // A footer that describes the publication: "Example Daily is an independent news site ...".
    id: 'self-description',
    pattern:
      /^((?:the\s+)?[\p{Lu}][\p{L}\p{N}'’&.-]*(?:\s+(?:[\p{Lu}][\p{L}\p{N}'’&.-]*|of|the|del|de|la|y|and|&)){0,6})\s+is\s+(?:an?\s+|the\s+)?(?:independent|reader[- ](?:funded|supported)|non-?profit|news|online|daily|weekly|digital|publication|newspaper|magazine|site|website|outlet|media|owned|published)\b/u,
    where: 'tail',
    needsOutletShape: true,
    example: 'Example Daily is an independent news site covering the region.',
  },
  {
    // A footer tagline: "Example Courier — news from the coast", "El Heraldo Ejemplo — Redacción internacional".
    id: 'tagline',
    pattern: /^([^—–|:]{2,50}?)\s+[—–|]\s+(?:news|noticias|redacci[oó]n|reporting|journalism|independent|your|since\s+\d{4})\b/iu,
    where: 'tail',
    needsOutletShape: true,
    example: 'Example Courier — news from the coast, every weekday.',
  },
  {
    // "Example Pulse: the region's news, every morning.", "Example Monitor, independent reporting since 2011.":
    // a title-case name, then what it publishes.
    id: 'tagline-described',
    pattern: /^((?:The\s+)?\p{Lu}[\p{L}\p{N}'’&.-]*(?:\s+\p{Lu}[\p{L}\p{N}'’&.-]*){0,4})\s*[:,]\s+(?:[\p{L}'’]+\s+){0,3}(?:news|noticias|reporting|journalism)\b/u,
    where: 'tail',
    needsOutletShape: false,
    example: 'Example Pulse: the region\'s news, every morning.',
  },
  {
    // A wire dateline's credit: "LIMA, March 3 (Example Wire) -"; an abbreviation is spelled out from the text.
    id: 'wire-dateline',
    pattern: /^[\p{Lu}][\p{Lu} .'-]{1,40}(?:,\s*[\p{L} .]{2,30})?,\s*[^()]{3,40}?\s*\(([^)]{2,40})\)\s*[-–—]/u,
    where: 'head',
    needsOutletShape: false,
    example: 'LIMA, March 3 (Example Wire) - Farmers blocked two highways.',
  },
  { id: 'published-by', pattern: /^(?:published|posted) by\s+(.+?)\.?$/i, where: 'anywhere', needsOutletShape: true, example: 'Published by Example Media' },
  { id: 'source-line', pattern: /^(?:source|fuente|source de l['’]article)\s*:\s*(.+?)\.?$/i, where: 'anywhere', needsOutletShape: false, example: 'Source: Example Wire' },
];

/** Credit lines are short; longer paragraphs are sentences, where outlets are cited, not credited. */
const MAX_CREDIT_WORDS = 12;
const HEAD_PARAGRAPHS = 6;
const TAIL_PARAGRAPHS = 8;

/** Words that say "publication": a capture like "Jane Doe" (a person) lacks them. */
const OUTLET_WORD = /\b(?:news|times|post|press|media|journal|herald|tribune|tv|radio|agency|daily|gazette|magazine|review|network|observer|guardian|telegraph|express|mail|report|online|wire|weekly|monitor|chronicle|standard|today|world|courier|ledger|dispatch|sentinel|bulletin|inquirer|examiner|insider|digest|star|mirror|independent|register|diario|noticias|periódico|prensa|heraldo|correo|nacional|universal|tiempo|semana|jornal|zeitung|rundschau|anzeiger|kurier|nachrichten|allgemeine|blatt|courrier|écho|echo|faro|voz|mundo|journal|le monde)\b|\.(?:com|net|org|co|es|info)\b/i;
const ROLE = /\b(?:staff|writer|reporter|correspondent|editor|contributor|columnist|journalist|photographer|special to)\b/i;
const DATE_LIKE = /\b(?:\d{1,2}:\d{2}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}|\d{4})\b/i;

function cleanName(capture: string): string | null {
  const name = capture.replace(/^[\s"“'‘]+|[\s"”'’.,;:|–—-]+$/g, '').replace(/\s+/g, ' ');
  if (name.length < 2 || name.length > 60 || wordCount(name) > 8) return null;
  if (!/^[\p{L}\p{N}]/u.test(name) || ROLE.test(name) || DATE_LIKE.test(name)) return null;
  return name;
}

/** Section and genre labels that head a page ("Interview | 24 June 2024"), no publication. */
const SECTION_LABELS = new Set(['interview', 'opinion', 'analysis', 'comment', 'commentary', 'feature', 'features', 'politics', 'world', 'news', 'business', 'editorial', 'exclusive', 'explainer', 'live', 'update', 'breaking', 'international', 'internacional', 'actualité', 'actualidad', 'security', 'defence', 'defense', 'asia', 'africa', 'europe', 'americas']);

function looksLikeOutlet(name: string): boolean {
  if (SECTION_LABELS.has(name.toLowerCase())) return false;
  return OUTLET_WORD.test(name) || wordCount(name) === 1;
}

export interface OutletEstimate {
  outlet: string | null;
  rule: string | null;
  /** The person named in a "By …" byline, when one was found. */
  byline: string | null;
}

export interface OutletOptions {
  /** Take "This article first appeared on X" as the outlet. Default false: X is the origin, not this copy's publisher. */
  syndicationIsOutlet?: boolean;
}

/** Reads credit lines in rule order; `paragraphs` should be the text before boilerplate removal (credits are boilerplate). */
export function estimateOutlet(paragraphs: string[], options: OutletOptions = {}): OutletEstimate {
  const rules = options.syndicationIsOutlet ? [...OUTLET_RULES, SYNDICATION_RULE] : OUTLET_RULES;
  const byline = paragraphs
    .slice(0, HEAD_PARAGRAPHS)
    .map((p) => /^[Bb][Yy]\s+([\p{Lu}][\p{L}.'’-]+(?:\s+[\p{Lu}][\p{L}.'’-]+){0,3})\s*(?:$|[,|–—·•]| - | for )/u.exec(p.replace(/^[*_\s]+/, ''))?.[1])
    .find((name) => name && !/^the$/i.test(name.split(' ')[0])) ?? wireCredits(paragraphs.slice(-TAIL_PARAGRAPHS));
  for (const rule of rules) {
    const zone =
      rule.where === 'head' ? paragraphs.slice(0, HEAD_PARAGRAPHS) : rule.where === 'tail' ? paragraphs.slice(-TAIL_PARAGRAPHS) : paragraphs;
    for (const paragraph of zone) {
      const line = paragraph.replace(/^[*•·\-–—\s]+/, '');
      // A footer's first sentence may describe the outlet; what follows is a newsletter pitch.
      const credit = rule.id === 'self-description' || rule.id.startsWith('tagline') ? line.split(/(?<=[.!?])\s+/)[0] : line;
      // A wire dateline opens the lead paragraph itself; the pattern anchors it to the start.
      if (rule.id !== 'wire-dateline' && wordCount(credit) > MAX_CREDIT_WORDS) continue;
      const capture = rule.pattern.exec(credit)?.slice(1).find(Boolean);
      let name = capture ? cleanName(capture) : null;
      if (name && rule.id === 'wire-dateline') name = spelledOut(name, paragraphs);
      if (name && rule.needsOutletWord && !OUTLET_WORD.test(name)) continue;
      if (name && (!rule.needsOutletShape || looksLikeOutlet(name))) return { outlet: name, rule: rule.id, byline };
    }
  }
  return { outlet: null, rule: null, byline };
}

/** The wire services' own names for the abbreviations their datelines carry. */
const WIRE_NAMES: Record<string, string> = {
  AP: 'Associated Press', AFP: 'Agence France-Presse', UPI: 'United Press International', DPA: 'Deutsche Presse-Agentur',
  EFE: 'EFE', ANSA: 'ANSA', PTI: 'Press Trust of India', IANS: 'IANS', TASS: 'TASS', RIA: 'RIA Novosti', REUTERS: 'Reuters',
};

/** Known wire abbreviations by name; else "MPA" → "Meridian Press Agency" when the text spells it out; else as written. */
function spelledOut(abbreviation: string, paragraphs: string[]): string {
  if (!/^[\p{Lu}]{2,6}$/u.test(abbreviation)) return abbreviation;
  if (WIRE_NAMES[abbreviation]) return WIRE_NAMES[abbreviation];
  const letters = [...abbreviation];
  const words = `(?:the\\s+)?${letters.map((l) => `${l}[\\p{L}'’-]+`).join('\\s+(?:(?:of|for|de|del|the)\\s+)?')}`;
  const found = new RegExp(`(?<![\\p{L}])${words}(?![\\p{L}])`, 'u').exec(paragraphs.join('\n'));
  return found ? found[0].replace(/^the\s+/i, '') : abbreviation;
}

/** The people a wire credit names: "(Reporting by Ana Ruiz; Editing by Jo Park)" → "Ana Ruiz, Jo Park". */
function wireCredits(paragraphs: string[]): string | null {
  for (const p of paragraphs) {
    if (!/^\(?(?:additional )?(?:reporting|writing|editing) by\b/i.test(p) || wordCount(p) > 30) continue;
    const names = [...p.matchAll(/(?:reporting|writing|editing) by ([^;)]+)/gi)]
      .flatMap((m) => m[1].split(/\s*(?:,|\band\b)\s*/))
      // ("… by Rafael Cruz." ends the sentence; "Jr." keeps its period.)
      .map((n) => n.trim().replace(/(?<!\b(?:Jr|Sr|St))\.$/u, ''))
      .filter((n) => /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}$/u.test(n));
    if (names.length) return names.join(', ');
  }
  return null;
}
