// Plain, linear-time HTML → text: drops scripts, styles and page chrome, turns block elements into
// paragraph breaks and decodes entities. Used on Readability's output and as the fallback extractor
// when a page is too deep or too broken for a DOM (no recursion anywhere, so no stack overflow).

const LATIN1_NAMES = (
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 ' +
  'acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml ' +
  'Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde ' +
  'Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ' +
  'ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide ' +
  'oslash ugrave uacute ucirc uuml yacute thorn yuml'
).split(' ');

/** Named HTML entities news pages actually use; anything else is left as written. */
const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'",
  ndash: '\u2013', mdash: '\u2014', lsquo: '\u2018', rsquo: '\u2019', sbquo: '\u201A', ldquo: '\u201C',
  rdquo: '\u201D', bdquo: '\u201E', hellip: '\u2026', bull: '\u2022', trade: '\u2122', euro: '\u20AC',
  thinsp: '\u2009', ensp: '\u2002', emsp: '\u2003', OElig: '\u0152', oelig: '\u0153', Scaron: '\u0160',
  scaron: '\u0161', Yuml: '\u0178', dagger: '\u2020', prime: '\u2032', zwj: '', zwnj: '', lrm: '', rlm: '',
};
LATIN1_NAMES.forEach((name, i) => (NAMED_ENTITIES[name] = String.fromCharCode(160 + i)));

function fromCodePoint(code: number, original: string): string {
  if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return original;
  return String.fromCodePoint(code);
}

/** Decodes numeric references and the named entities above (HTML is lenient: a missing ";" is tolerated for numbers). */
export function decodeHtmlEntities(text: string): string {
  return text.replace(/&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});?/g, (all, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return fromCodePoint(code, all);
    }
    const named = NAMED_ENTITIES[ref];
    return named === undefined || !all.endsWith(';') ? all : named;
  });
}

/** Elements whose whole content is never article text. */
const DROPPED_ELEMENTS = ['script', 'style', 'noscript', 'template', 'svg', 'head', 'iframe', 'object', 'figcaption'];
/** Page chrome, dropped only by the fallback extractor (Readability already removes it). */
const CHROME_ELEMENTS = ['nav', 'header', 'footer', 'aside', 'form', 'button', 'menu'];

const BLOCK_TAGS =
  'p|div|section|article|main|h[1-6]|ul|ol|li|dl|dt|dd|table|thead|tbody|tr|blockquote|pre|figure|header|footer|nav|aside|address|hr|center|form|fieldset';
const BLOCK_TAG = new RegExp(`<\\/?(?:${BLOCK_TAGS})\\b[^>]*>`, 'gi');

function dropElements(html: string, names: string[]): string {
  let out = html;
  for (const name of names) {
    // Non-greedy up to the first matching close tag: linear, and good enough for content that is dropped anyway.
    out = out.replace(new RegExp(`<${name}\\b[^>]*>[\\s\\S]*?<\\/${name}\\s*>`, 'gi'), ' ');
    out = out.replace(new RegExp(`<${name}\\b[^>]*\\/>`, 'gi'), ' ');
  }
  return out;
}

/** Collapses spaces inside lines and blank-line runs, keeping paragraphs as "\n\n". */
export function tidyParagraphs(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[\s\u00A0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export interface HtmlToTextOptions {
  /** Also drop nav/header/footer/aside/form (for raw pages; not needed after Readability). */
  dropChrome?: boolean;
}

export function htmlToText(html: string, options: HtmlToTextOptions = {}): string {
  let out = html.replace(/<!--[\s\S]*?-->/g, ' ').replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1');
  out = dropElements(out, options.dropChrome ? [...DROPPED_ELEMENTS, ...CHROME_ELEMENTS] : DROPPED_ELEMENTS);
  out = out
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(BLOCK_TAG, '\n\n')
    .replace(/<\/?[A-Za-z!?][^>]*>/g, '');
  return tidyParagraphs(decodeHtmlEntities(out));
}

/** Deepest element nesting, by a cheap tag scan (void and self-closed tags ignored). */
export function maxNestingDepth(html: string): number {
  const VOID = /^(area|base|br|col|embed|hr|img|input|link|meta|param|source|track|wbr)$/i;
  let depth = 0;
  let max = 0;
  for (const m of html.matchAll(/<(\/?)([A-Za-z][A-Za-z0-9-]*)[^>]*?(\/?)>/g)) {
    if (VOID.test(m[2]) || m[3] === '/') continue;
    if (m[1] === '/') depth = Math.max(0, depth - 1);
    else if (++depth > max) max = depth;
  }
  return max;
}
