// A strict little XML reader for tests: elements, attributes, text, comments, the declaration,
// the five named entities and character references. Throws on anything malformed.
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const NAME = /^[A-Za-z_][\w.:-]*/;

function decode(s: string, at: number): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos|[^;]*);?/g, (m, e: string) => {
    if (!m.endsWith(';')) throw new Error(`xml: bare & near offset ${at}`);
    if (e.startsWith('#x')) return String.fromCodePoint(parseInt(e.slice(2), 16));
    if (e.startsWith('#')) return String.fromCodePoint(parseInt(e.slice(1), 10));
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
    if (!(e in named)) throw new Error(`xml: unknown entity &${e}; near offset ${at}`);
    return named[e];
  });
}

export function parseXml(src: string): XmlElement {
  let i = 0;
  const fail = (why: string): never => { throw new Error(`xml: ${why} at offset ${i}`); };
  const skipMisc = () => {
    for (;;) {
      while (/\s/.test(src[i] ?? '')) i++;
      if (src.startsWith('<?', i)) { const e = src.indexOf('?>', i); if (e < 0) fail('unclosed <?'); i = e + 2; }
      else if (src.startsWith('<!--', i)) { const e = src.indexOf('-->', i); if (e < 0) fail('unclosed comment'); i = e + 3; }
      else return;
    }
  };
  const element = (): XmlElement => {
    if (src[i] !== '<') fail('expected <');
    i++;
    const name = NAME.exec(src.slice(i))?.[0] ?? fail('bad element name');
    i += name.length;
    const attrs: Record<string, string> = {};
    for (;;) {
      const ws = /^\s*/.exec(src.slice(i))![0].length;
      i += ws;
      if (src.startsWith('/>', i)) { i += 2; return { name, attrs, children: [], text: '' }; }
      if (src[i] === '>') { i++; break; }
      if (!ws) fail('expected whitespace before attribute');
      const an = NAME.exec(src.slice(i))?.[0] ?? fail('bad attribute name');
      i += an.length;
      if (src[i] !== '=') fail('expected =');
      const q = src[++i];
      if (q !== '"' && q !== "'") fail('expected quote');
      const end = src.indexOf(q, i + 1);
      if (end < 0) fail('unclosed attribute');
      const raw = src.slice(i + 1, end);
      if (raw.includes('<')) fail('< in attribute');
      if (an in attrs) fail(`duplicate attribute ${an}`);
      attrs[an] = decode(raw, i);
      i = end + 1;
    }
    const children: XmlElement[] = [];
    let text = '';
    for (;;) {
      if (i >= src.length) fail(`unclosed <${name}>`);
      if (src.startsWith('</', i)) {
        i += 2;
        if (!src.startsWith(name, i)) fail(`mismatched </…> for <${name}>`);
        i += name.length;
        while (/\s/.test(src[i])) i++;
        if (src[i] !== '>') fail('expected >');
        i++;
        return { name, attrs, children, text };
      }
      if (src.startsWith('<!--', i)) { const e = src.indexOf('-->', i); i = e + 3; continue; }
      if (src[i] === '<') { children.push(element()); continue; }
      const next = src.indexOf('<', i);
      const raw = src.slice(i, next < 0 ? src.length : next);
      if (raw.includes('>') && raw.includes(']]>')) fail(']]> in text');
      text += decode(raw, i);
      i += raw.length;
    }
  };
  skipMisc();
  const root = element();
  skipMisc();
  if (i !== src.length) fail('content after the root element');
  return root;
}

export function* walk(e: XmlElement): Generator<XmlElement> {
  yield e;
  for (const c of e.children) yield* walk(c);
}

/** `<xs:element name="…">` declared in XSD text. */
export function declaredElements(xsd: string): Set<string> {
  return new Set([...xsd.matchAll(/<xs:element\s+name="([^"]+)"/g)].map((m) => m[1]));
}
