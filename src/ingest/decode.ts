// Bytes → text: BOM sniffing, strict UTF-8 with a windows-1252 fallback, binary detection, and removal
// of invisible characters that would otherwise shift offsets or hide text (zero-width, bidi controls).

export type Decoded = { ok: true; text: string; encoding: string } | { ok: false; cause: string };

/** Zero-width and bidirectional control characters, plus stray BOMs inside the text. */
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;

/** Share of control characters (other than tab, newline, carriage return, form feed) that marks a file as binary. */
const BINARY_CONTROL_SHARE = 0.1;

export function removeInvisible(text: string): string {
  return text.replace(INVISIBLE, '');
}

/**
 * windows-1252 for bytes 0x80–0x9F (0x00–0x7F and 0xA0–0xFF equal their code points). Written out because
 * Node 20's TextDecoder('windows-1252') decodes this range as ISO-8859-1 C1 controls.
 */
const CP1252_HIGH =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out += String.fromCharCode(...Array.from(chunk, (b) => (b >= 0x80 && b <= 0x9f ? CP1252_HIGH.charCodeAt(b - 0x80) : b)));
  }
  return out;
}

function controlShare(text: string): number {
  let controls = 0;
  let total = 0;
  // Only the first 64k characters: enough to tell text from binary without scanning huge inputs twice.
  const limit = Math.min(text.length, 65536);
  for (let i = 0; i < limit; i++) {
    const c = text.charCodeAt(i);
    total++;
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0x7f) controls++;
  }
  return total === 0 ? 0 : controls / total;
}

function checkText(text: string, encoding: string): Decoded {
  if (text.includes('\u0000')) return { ok: false, cause: 'binary data (contains NUL characters)' };
  const share = controlShare(text);
  if (share > BINARY_CONTROL_SHARE) {
    return { ok: false, cause: `binary data (${Math.round(share * 100)}% control characters)` };
  }
  const cleaned = removeInvisible(text);
  if (cleaned.trim() === '') return { ok: false, cause: 'empty file' };
  return { ok: true, text: cleaned, encoding };
}

/** Labels that WHATWG maps to windows-1252 (browsers read "iso-8859-1" and "us-ascii" pages this way too). */
const WINDOWS_1252_LABELS = new Set([
  'windows-1252', 'cp1252', 'x-cp1252', 'iso-8859-1', 'iso8859-1', 'iso_8859-1', 'iso88591', 'latin1', 'l1',
  'us-ascii', 'ascii', 'ansi_x3.4-1968', 'iso-ir-100', 'csisolatin1', 'ibm819', 'cp819',
]);
const UTF8_LABELS = new Set(['utf-8', 'utf8', 'unicode-1-1-utf-8', 'x-unicode20utf8']);

/** A declared charset other than UTF-8 and windows-1252, decoded by the platform's TextDecoder (null when it has no such label). */
function decodeDeclared(bytes: Uint8Array, label: string): Decoded | null {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label);
  } catch {
    return null; // Unknown label: the caller falls back to sniffing.
  }
  const encoding = decoder.encoding;
  if (encoding === 'utf-8') return null;
  if (!encoding.startsWith('utf-16') && bytes.indexOf(0) !== -1) return { ok: false, cause: 'binary data (contains NUL bytes)' };
  return checkText(decoder.decode(bytes), encoding);
}

/**
 * Decodes a file's bytes; never throws. `declared` is a charset named by the source (an HTTP Content-Type,
 * a <meta charset>, an XML declaration): a byte-order mark still wins, as in browsers; "utf-8" keeps the
 * windows-1252 fallback for mislabelled pages; labels the platform does not know are ignored.
 */
export function decodeBytes(bytes: Uint8Array, declared?: string | null): Decoded {
  if (bytes.length === 0) return { ok: false, cause: 'empty file' };
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return checkText(new TextDecoder('utf-16le').decode(bytes.subarray(2)), 'utf-16le');
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return checkText(new TextDecoder('utf-16be').decode(bytes.subarray(2)), 'utf-16be');
  }
  const label = declared?.trim().toLowerCase().replace(/^["']|["']$/g, '') || null;
  const hasUtf8Bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if (label && !hasUtf8Bom && !UTF8_LABELS.has(label)) {
    if (WINDOWS_1252_LABELS.has(label)) {
      if (bytes.indexOf(0) !== -1) return { ok: false, cause: 'binary data (contains NUL bytes)' };
      return checkText(decodeWindows1252(bytes), 'windows-1252');
    }
    const result = decodeDeclared(bytes, label);
    if (result) return result;
  }
  // NUL bytes never occur in UTF-8 or windows-1252 text; BOM-less UTF-16 is treated as binary too.
  if (bytes.indexOf(0) !== -1) return { ok: false, cause: 'binary data (contains NUL bytes)' };
  const body = hasUtf8Bom ? bytes.subarray(3) : bytes;
  try {
    return checkText(new TextDecoder('utf-8', { fatal: true }).decode(body), 'utf-8');
  } catch {
    // Not valid UTF-8: legacy Western pages and exports are almost always windows-1252.
    return checkText(decodeWindows1252(body), 'windows-1252');
  }
}
