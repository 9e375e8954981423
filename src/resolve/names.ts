// The one name normaliser used for mentions, actor names, speakers and cited sources.

/** Honorifics and offices stripped from the front of a person's name. Multi-word ones first. */
const TITLES: string[][] = [
  ['vice', 'president'], ['prime', 'minister'], ['foreign', 'minister'], ['defense', 'minister'], ['defence', 'minister'],
  ['interior', 'minister'], ['secretary', 'of', 'state'], ['secretary', 'general'], ['attorney', 'general'],
  ['defense', 'secretary'], ['state', 'secretary'], ['head', 'of', 'state'], ['supreme', 'leader'], ['opposition', 'leader'],
  ['rear', 'admiral'], ['vice', 'admiral'], ['lieutenant', 'general'], ['major', 'general'], ['brigadier', 'general'],
  ['first', 'lady'], ['de', 'facto'], ['under', 'secretary'], ['crown', 'prince'], ['field', 'marshal'], ['president', 'elect'],
  ['president'], ['admiral'], ['adm'], ['general'], ['gen'], ['minister'], ['secretary'], ['senator'], ['sen'], ['rep'],
  ['representative'], ['mr'], ['mrs'], ['ms'], ['dr'], ['prof'], ['professor'], ['sir'], ['dame'], ['colonel'], ['col'],
  ['captain'], ['capt'], ['lieutenant'], ['lt'], ['major'], ['maj'], ['commander'], ['cmdr'], ['sergeant'], ['sgt'],
  ['chancellor'], ['king'], ['queen'], ['prince'], ['princess'], ['pope'], ['ambassador'], ['amb'], ['governor'], ['gov'],
  ['mayor'], ['judge'], ['justice'], ['leader'], ['dictator'], ['chairman'], ['chairwoman'], ['director'], ['deputy'],
  ['former'], ['late'], ['interim'], ['acting'], ['ex'], ['journalist'], ['reporter'], ['analyst'], ['spokesman'],
  ['spokeswoman'], ['spokesperson'], ['comandante'], ['presidente'], ['general', 'en', 'jefe'], ['undersecretary'],
  ['commodore'], ['marshal'], ['premier'], ['emir'], ['sheikh'], ['envoy'],
];

/**
 * Common Chinese, Korean and Vietnamese surnames, written first in those names. (Short ones that
 * are also English words, "He", "Do", "Long", are left out.)
 */
const SURNAME_FIRST = new Set(
  ('wang li zhang liu chen yang huang zhao wu zhou xu sun zhu hu guo gao lin luo zheng liang xie tang han feng deng cao ' +
    'peng zeng xiao tian dong yuan pan cai jiang du ye cheng wei su ding ren shen yao jin cui zhong tan fan qian dai mao qin ' +
    'xi hou shi bai kong meng qiu xue yan duan lei wen zhai ' +
    'kim lee park choi jung kang cho yoon jang lim seo shin kwon hwang ahn yoo moon ' +
    'nguyen tran pham hoang phan vu vo dang bui ngo duong').split(' '),
);

/** Name particles that are never a surname on their own. */
const PARTICLES = new Set(['el', 'al', 'de', 'la', 'del', 'los', 'las', 'van', 'von', 'der', 'da', 'dos', 'das', 'di', 'bin', 'ibn', 'ben', 'y', 'le']);

/** Small words skipped when taking the initials of an organisation's name. */
const INITIALS_SKIP = new Set(['of', 'the', 'and', 'for', 'de', 'del', 'la', 'el', 'y', 'a', 'an', 'in', 'on', 'to', '&']);

/**
 * Accent-, case- and punctuation-folded form: NFKD, combining marks dropped, lowercase, curly
 * quotes straightened, periods dropped ("U.S." → "us"), hyphens and other punctuation to spaces.
 */
export function fold(text: string): string {
  // Names recur across thousands of mentions: short strings are folded once.
  if (text.length > FOLD_CACHE_MAX_LENGTH) return foldUncached(text);
  let folded = foldCache.get(text);
  if (folded === undefined) {
    if (foldCache.size >= FOLD_CACHE_SIZE) foldCache.clear();
    foldCache.set(text, (folded = foldUncached(text)));
  }
  return folded;
}

const FOLD_CACHE_MAX_LENGTH = 80;
const FOLD_CACHE_SIZE = 100_000;
const foldCache = new Map<string, string>();

function foldUncached(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/\./g, '')
    .replace(/[^\p{L}\p{N}'&\s]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Folded name without a leading "the" and without a trailing possessive ("Maduro's" → "maduro"). */
export function nameKey(text: string): string {
  let key = fold(text);
  key = key.replace(/^the\s+/, '');
  key = key.replace(/'s$|'$/, '').replace(/'s\s/g, ' ');
  key = key.replace(/'/g, '');
  return key.replace(/\s+/g, ' ').trim();
}

export interface PersonName {
  /** Folded key without titles: "craig faller". */
  key: string;
  /** The titles removed, as folded words: ["admiral"]. */
  titles: string[];
  /** The original text without its titles, case and accents kept: "Craig Faller". */
  display: string;
}

/** Strips leading titles ("President", "Admiral", "former Vice President") from a person's name. */
export function personName(text: string, isNationality: (foldedWord: string) => boolean = () => false): PersonName {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const folded = words.map((w) => nameKey(w));
  const titles: string[] = [];
  let at = folded[0] === 'the' ? 1 : 0;
  const titleAt = (i: number) => TITLES.find((t) => t.length < folded.length - i && t.every((w, k) => folded[i + k] === w));
  for (;;) {
    // "Venezuelan President Nicolás Maduro": a nationality directly before a title goes with it.
    if (isNationality(folded[at] ?? '') && titleAt(at + 1)) {
      titles.push(folded[at]);
      at += 1;
    }
    const title = titleAt(at);
    if (!title) break;
    titles.push(title.join(' '));
    at += title.length;
  }
  if (titles.length === 0) at = 0;
  const display = words.slice(at).join(' ').replace(/['’]s$/, '');
  return { key: nameKey(display), titles, display };
}

/**
 * Keys a full name can be cited by alone: every run of its tokens after the first name
 * ("tareck el aissami" → "el aissami", "aissami"; "nicolas maduro moros" → "maduro", "maduro moros", "moros").
 */
export function surnameKeys(fullKey: string): string[] {
  const tokens = fullKey.split(' ');
  if (tokens.length < 2) return [];
  const keys = new Set<string>();
  // "Chen Xiaodong … Chen said", "Kim Jong Un … Kim": Chinese, Korean and Vietnamese names put the surname first.
  if (tokens.length <= 3 && SURNAME_FIRST.has(tokens[0])) keys.add(tokens[0]);
  for (let i = 1; i < tokens.length; i++) {
    for (let j = i + 1; j <= tokens.length; j++) {
      const run = tokens.slice(i, j);
      if (run.length === 1 && PARTICLES.has(run[0])) continue;
      if (PARTICLES.has(run[run.length - 1])) continue;
      keys.add(run.join(' '));
    }
  }
  return [...keys];
}

/** An acronym as written: 2–10 characters, at least two capitals, no spaces ("SEBIN", "IRGC", "U.S."). */
export function isAcronym(text: string): boolean {
  const t = text.trim();
  if (!/^[\p{Lu}][\p{L}\p{N}.&-]{1,11}$/u.test(t)) return false;
  const capitals = t.replace(/[^\p{Lu}]/gu, '').length;
  const lowers = t.replace(/[^\p{Ll}]/gu, '').length;
  return capitals >= 2 && capitals > lowers;
}

/** Initials of the capitalised words, folded: "Islamic Revolutionary Guard Corps" → "irgc". */
export function initials(text: string): string {
  const words = text.replace(/^the\s+/i, '').split(/[\s-]+/).filter(Boolean);
  let out = '';
  for (const w of words) {
    if (INITIALS_SKIP.has(w.toLowerCase())) continue;
    if (!/^\p{Lu}/u.test(w)) return '';
    out += w[0];
  }
  return out.length >= 2 ? nameKey(out) : '';
}

export const tokenCount = (key: string): number => (key ? key.split(' ').length : 0);

/** Count of letters carrying diacritics; used to prefer "Nicolás" over "Nicolas" as a display name. */
export function diacriticCount(text: string): number {
  let n = 0;
  for (const ch of text) if (ch.normalize('NFKD').length > 1) n++;
  return n;
}

// ---------------------------------------------------------------- proper names vs generic nouns

/** Nouns that name a kind of actor, not a particular one: never an entity on their own. */
const GENERIC_ACTOR_NOUNS = new Set([
  'official', 'officials', 'officer', 'officers', 'leader', 'leaders', 'commander', 'commanders', 'force', 'forces',
  'agency', 'agencies', 'soldier', 'soldiers', 'troop', 'troops', 'military', 'militaries', 'army', 'armies', 'police',
  'government', 'governments', 'regime', 'authorities', 'authority', 'opposition', 'ministry', 'minister', 'ministers',
  'president', 'spokesman', 'spokeswoman', 'spokesperson', 'source', 'sources', 'report', 'reports', 'article', 'media',
  'advisor', 'advisors', 'adviser', 'advisers', 'agent', 'agents', 'guard', 'guards', 'member', 'members', 'people',
  'personnel', 'staff', 'team', 'unit', 'units', 'group', 'groups', 'country', 'countries', 'state', 'states', 'nation',
  'administration', 'security', 'intelligence', 'analyst', 'analysts', 'expert', 'experts', 'diplomat', 'diplomats',
  'he', 'she', 'it', 'they', 'we', 'who', 'which', 'that', 'this', 'these', 'those', 'someone', 'anyone',
]);

/** Small words a proper name may contain in lowercase: "Bank of America", "Primer Informe del Sur". */
const NAME_FUNCTION_WORDS = new Set(['of', 'the', 'and', 'for', 'de', 'del', 'la', 'las', 'los', 'el', 'y', 'da', 'do', 'dos', 'du', 'des', 'van', 'von', 'der', 'al', 'bin', 'ibn', 'on', 'in', '&']);

/**
 * True when a plain name (an actor or cited source with no tagged mention) reads as a proper name:
 * every word capitalised except small function words, at least one capitalised word that is no
 * generic noun ("Officials", "Leader"), at least two letters. "officials", "the agency", "G" and
 * "satellite images and a later piece in The Daily Planet" are not.
 */
export function looksLikeProperName(name: string): boolean {
  const words = name.trim().replace(/^the\s+/i, '').split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 8) return false;
  let distinctive = 0;
  for (const raw of words) {
    const w = raw.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (!w) continue;
    if (NAME_FUNCTION_WORDS.has(w.toLowerCase())) continue;
    if (!/^[\p{Lu}\p{N}]/u.test(w)) return false;
    if (!GENERIC_ACTOR_NOUNS.has(w.toLowerCase())) distinctive++;
  }
  return distinctive > 0 && fold(name).replace(/[^\p{L}]/gu, '').length >= 2;
}

/** Words before "of (the)" that name members or parts of an organisation: "Officers of the National Police". */
const MEMBER_HEADS = new RegExp(
  '^(?:(?:[Nn]either|[Ee]ither|[Bb]oth|[Aa]ll|[Ss]ome|[Mm]any|[Ss]everal)\\s+(?:of\\s+)?(?=[Tt]he\\s+\\p{Lu})' +
    '|(?:[Ss]enior |[Tt]op |[Hh]igh-ranking )?(?:[Oo]fficers?|[Oo]fficials?|[Mm]embers?|[Aa]gents?|[Tt]roops|[Ss]oldiers|[Uu]nits?|[Pp]ersonnel|[Ss]taff|' +
    '[Rr]epresentatives?|[Ss]pokes(?:man|woman|person)|[Ll]eaders?|[Cc]ommanders?|[Hh]eads?|[Cc]hiefs?)\\s+of\\s+(?=[Tt]he\\s+\\p{Lu}|\\p{Lu}))',
  'u',
);
/** Trailing words a tagger sometimes takes into an organisation's name: "Treasury on Tuesday". */
const TRAILING_TIME =
  /\s+(?:on|in|last|this|next)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|week|month|year|\d{4})\b.*$/i;

/**
 * The name an organisation mention stands for, without words around it that are no part of it:
 * "Neither the Ostravian Foreign Ministry" → "the Ostravian Foreign Ministry", "Officers of the
 * Marenian National Police" → "the Marenian National Police", "Norvanian Treasury on Tuesday" →
 * "Norvanian Treasury". Returns the input when nothing is trimmed or too little would remain.
 */
export function trimOrgName(name: string): string {
  const whole = name.trim();
  let out = whole.replace(MEMBER_HEADS, '').replace(TRAILING_TIME, '').trim();
  if (out !== whole) out = out.replace(/^[Tt]he\s+/, '');
  if (!/\p{Lu}/u.test(out.replace(/^the\s+/i, ''))) return name.trim();
  return out || name.trim();
}

/**
 * "Caracas-Havana", "Cuban-Venezuelan": two places or nationalities joined by a hyphen describe a
 * relation between them, not an actor of its own. `isPlace` says whether one part names a place.
 */
export function isHyphenatedPair(text: string, isPlace: (part: string) => boolean): boolean {
  const parts = text.trim().split(/\s*[-–]\s*/);
  if (parts.length !== 2 || parts.some((p) => !/^\p{Lu}/u.test(p) || /\s/.test(p))) return false;
  return parts.every(isPlace);
}

/** Words for "group" in an organisation's name ("Wagner Group", "Grupo Wagner", "PMC Wagner"). */
export const GROUP_HEADS = new Set(['group', 'grupo', 'groupe', 'gruppe', 'gruppa', 'pmc']);

/** A name key holding a word for "group": an organisation, whatever a tagger voted. */
export const isGroupName = (key: string): boolean => key.split(' ').some((w) => GROUP_HEADS.has(w)) && key.includes(' ');
