import { describe, expect, it } from 'vitest';
import { decodeBytes } from './decode.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
const utf16 = (s: string, endian: 'le' | 'be') => {
  const out = new Uint8Array(2 + s.length * 2);
  out.set(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out.set(endian === 'le' ? [c & 0xff, c >> 8] : [c >> 8, c & 0xff], 2 + i * 2);
  }
  return out;
};

describe('decodeBytes', () => {
  const ok: Array<[string, Uint8Array, string, string]> = [
    ['plain UTF-8', utf8('Ciudad de México'), 'Ciudad de México', 'utf-8'],
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Hola')]), 'Hola', 'utf-8'],
    ['UTF-16 LE with BOM', utf16('Señor Ruiz', 'le'), 'Señor Ruiz', 'utf-16le'],
    ['UTF-16 BE with BOM', utf16('Señor Ruiz', 'be'), 'Señor Ruiz', 'utf-16be'],
    // 0x93/0x94 are curly quotes and 0xE9 is "é" in windows-1252, and invalid as UTF-8.
    ['invalid UTF-8 read as windows-1252', new Uint8Array([0x93, 0x43, 0x61, 0x66, 0xe9, 0x94]), '\u201CCafé\u201D', 'windows-1252'],
    ['zero-width and bidi controls removed', utf8('a\u200Bb\u202Ec\u2066d\uFEFFe'), 'abcde', 'utf-8'],
  ];
  it.each(ok)('%s', (_name, bytes, text, encoding) => {
    expect(decodeBytes(bytes)).toEqual({ ok: true, text, encoding });
  });

  const failures: Array<[string, Uint8Array, RegExp]> = [
    ['NUL bytes', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x14]), /^binary data/],
    ['mostly control characters', new Uint8Array([1, 2, 3, 4, 5, 6, 7, 65, 66]), /^binary data/],
    ['zero bytes', new Uint8Array([]), /^empty file$/],
    ['whitespace only', utf8(' \n\t \r\n '), /^empty file$/],
    ['only invisible characters', utf8('\u200B\u200B\n'), /^empty file$/],
  ];
  it.each(failures)('%s', (_name, bytes, cause) => {
    const result = decodeBytes(bytes);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.cause).toMatch(cause);
  });
});

describe('decodeBytes with a declared charset', () => {
  const rows: Array<[string, Uint8Array, string, string, string]> = [
    ['iso-8859-1 read as windows-1252', new Uint8Array([0x93, 0x43, 0x61, 0x66, 0xe9, 0x94]), 'ISO-8859-1', '\u201CCafé\u201D', 'windows-1252'],
    ['koi8-r', new Uint8Array([0xed, 0xcf, 0xd3, 0xcb, 0xd7, 0xc1]), 'koi8-r', 'Москва', 'koi8-r'],
    ['a BOM beats the declaration', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Señor')]), 'windows-1252', 'Señor', 'utf-8'],
    ['an unknown label is ignored', utf8('Señor'), 'x-no-such-charset', 'Señor', 'utf-8'],
    ['utf-8 keeps the windows-1252 fallback', new Uint8Array([0x43, 0x61, 0x66, 0xe9]), 'utf-8', 'Café', 'windows-1252'],
  ];
  it.each(rows)('%s', (_name, bytes, declared, text, encoding) => {
    expect(decodeBytes(bytes, declared)).toEqual({ ok: true, text, encoding });
  });
});
