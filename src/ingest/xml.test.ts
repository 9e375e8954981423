import { describe, expect, it } from 'vitest';
import { childElement, parseXml, textOf } from './xml.ts';

describe('parseXml', () => {
  it('decodes only the predefined entities and character references', () => {
    const root = parseXml('<a>&lt;b&gt; &amp; &quot;q&quot; &apos;s&apos; &#233; &#xE9; &nbsp; &custom;</a>');
    expect(textOf(root)).toBe('<b> & "q" \'s\' é é &nbsp; &custom;');
  });

  it('never expands DOCTYPE entities (billion laughs, external files)', () => {
    const xml = `<?xml version="1.0"?>
<!DOCTYPE lolz [
  <!ENTITY lol "lol">
  <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY xxe SYSTEM "file:///etc/passwd">
]>
<lolz>&lol2; &xxe;</lolz>`;
    expect(textOf(parseXml(xml))).toBe('&lol2; &xxe;');
  });

  it('keeps CDATA raw and reads attributes', () => {
    const root = parseXml('<feed lang="es"><t><![CDATA[<p>x & y</p>]]></t></feed>');
    expect(root.attrs.lang).toBe('es');
    expect(textOf(childElement(root, 't'))).toBe('<p>x & y</p>');
  });

  it('handles very deep nesting without recursion', () => {
    const depth = 200_000;
    const root = parseXml('<a>'.repeat(depth) + 'deep' + '</a>'.repeat(depth));
    expect(textOf(root)).toBe('deep');
  });

  const malformed: Array<[string, string]> = [
    ['mismatched end tag', '<a><b></a></b>'],
    ['unclosed element', '<a><b>'],
    ['two roots', '<a/><b/>'],
    ['text outside root', 'hello'],
    ['unterminated comment', '<a><!-- x</a>'],
  ];
  it.each(malformed)('rejects %s with a specific error', (_name, xml) => {
    expect(() => parseXml(xml)).toThrow(/^malformed XML at offset \d+: /);
  });
});
