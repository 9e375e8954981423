// The one name normaliser used for mentions, actor names, speakers and cited sources.

/** Honorifics and offices stripped from the front of a person's name. Multi-word ones first. */
const TITLES: string[][] = [
  ['vice', 'president'], ['prime', 'minister'], ['foreign', 'minister'], ['defense', 'minister'], ['defence', 'minister'],
  ['interior', 'minister'], ['secretary', 'of', 'state'], ['secretary', 'general'], ['attorney', 'general'],
  ['defense', 'secretary'], ['state', 'secretary'], ['head', 'of', 'state'], ['supreme', 'leader'], ['opposition', 'leader'],
  ['rear', 'admiral'], ['vice', 'admiral'], ['lieutenant', 'general'], ['major', 'general'], ['brigadier', 'general'],
  ['first', 'lady'], ['de', 'facto'],
  ['president'], ['admiral'], ['adm'], ['general'], ['gen'], ['minister'], ['secretary'], ['senator'], ['sen'], ['rep'],
  ['representative'], ['mr'], ['mrs'], ['ms'], ['dr'], ['prof'], ['professor'], ['sir'], ['dame'], ['colonel'], ['col'],
  ['captain'], ['capt'], ['lieutenant'], ['lt'], ['major'], ['maj'], ['commander'], ['cmdr'], ['sergeant'], ['sgt'],
  ['chancellor'], ['king'], ['queen'], ['prince'], ['princess'], ['pope'], ['ambassador'], ['amb'], ['governor'], ['gov'],
  ['mayor'], ['judge'], ['justice'], ['leader'], ['dictator'], ['chairman'], ['chairwoman'], ['director'], ['deputy'],
  ['former'], ['late'], ['interim'], ['acting'], ['ex'], ['journalist'], ['reporter'], ['analyst'], ['spokesman'],
  ['spokeswoman'], ['spokesperson'], ['comandante'], ['presidente'], ['general', 'en', 'jefe'],
];

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
