// Language: metadata wins; otherwise franc-min's trigram guess, mapped from ISO 639-3 to 639-1.
import { franc } from 'franc-min';

/** ISO 639-3 → 639-1 for the languages franc-min knows that have a two-letter code. */
const ISO_639_1: Record<string, string> = {
  eng: 'en', spa: 'es', por: 'pt', fra: 'fr', deu: 'de', ita: 'it', rus: 'ru', ukr: 'uk', pol: 'pl',
  nld: 'nl', swe: 'sv', ces: 'cs', slk: 'sk', ron: 'ro', hun: 'hu', bul: 'bg', srp: 'sr', hrv: 'hr',
  bos: 'bs', slv: 'sl', bel: 'be', tur: 'tr', azj: 'az', uzn: 'uz', kaz: 'kk', arb: 'ar', pes: 'fa',
  urd: 'ur', hin: 'hi', ben: 'bn', pan: 'pa', guj: 'gu', mar: 'mr', tel: 'te', tam: 'ta', kan: 'kn',
  mal: 'ml', ori: 'or', npi: 'ne', sin: 'si', mya: 'my', tha: 'th', vie: 'vi', ind: 'id', zlm: 'ms',
  tgl: 'tl', cmn: 'zh', jpn: 'ja', kor: 'ko', ell: 'el', heb: 'he', amh: 'am', som: 'so', swh: 'sw',
  hau: 'ha', yor: 'yo', ibo: 'ig', zul: 'zu', xho: 'xh', afr: 'af', nso: 'nso', kin: 'rw', run: 'rn',
  mlg: 'mg', ckb: 'ckb', kmr: 'ku', hat: 'ht', fin: 'fi', dan: 'da', nob: 'nb', cat: 'ca', glg: 'gl',
  aka: 'ak', ful: 'ff', sna: 'sn', nya: 'ny', tuk: 'tk', uig: 'ug', sun: 'su', jav: 'jv', ceb: 'ceb',
  ilo: 'ilo', skr: 'skr', mad: 'mad', bho: 'bho', mai: 'mai', mag: 'mag', hne: 'hne', khk: 'mn', plt: 'mg',
};

/** Below this many characters trigram guesses are noise; franc answers "und". */
const MIN_DETECTABLE_LENGTH = 40;

/** "en-US", "EN", "eng" → "en"; null when the tag is unusable. */
export function normalizeLanguageTag(tag: string | null | undefined): string | null {
  const primary = /^\s*([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)*\s*$/.exec(tag ?? '')?.[1].toLowerCase();
  if (!primary || primary === 'und') return null;
  return primary.length === 3 ? ISO_639_1[primary] ?? primary : primary;
}

export function detectLanguage(text: string): string {
  // The first 5,000 characters are plenty for trigrams and keep long articles fast.
  const code = franc(text.slice(0, 5000), { minLength: MIN_DETECTABLE_LENGTH });
  return code === 'und' ? 'und' : ISO_639_1[code] ?? code;
}
