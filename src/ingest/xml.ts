// A small, strict XML parser for feeds. It never expands entities beyond the five predefined ones and
// numeric references: a DOCTYPE (with any <!ENTITY> declarations) is skipped unread, so entity bombs
// and external entities (file://, http://) are inert. Iterative, so deep nesting cannot overflow the stack.

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

export class XmlError extends Error {
  constructor(message: string, offset: number) {
    super(`malformed XML at offset ${offset}: ${message}`);
    this.name = 'XmlError';
  }
}

const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes only the predefined entities and character references; any other "&name;" stays as written. */
export function decodeXmlEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z_][\w.-]{0,31});/g, (all, ref: string) => {
    if (ref[0] !== '#') return PREDEFINED[ref] ?? all;
    const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    const valid = code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff));
    return valid ? String.fromCodePoint(code) : all;
  });
}

const NAME = /[A-Za-z_:][-\w.:]*/y;
const ATTRIBUTE = /\s+([A-Za-z_:][-\w.:]*)\s*=\s*(?:"([^"<]*)"|'([^'<]*)')/y;

function skipDoctype(xml: string, start: number): number {
  // Skips "<!DOCTYPE ... [ internal subset ] >", honouring quoted strings; nothing inside is interpreted.
  let i = start + 9;
  let inSubset = false;
  while (i < xml.length) {
    const c = xml[i];
    if (c === '"' || c === "'") {
      const end = xml.indexOf(c, i + 1);
      if (end === -1) break;
      i = end + 1;
      continue;
    }
    if (c === '[') inSubset = true;
    else if (c === ']') inSubset = false;
    else if (c === '>' && !inSubset) return i + 1;
    i++;
  }
  throw new XmlError('unterminated DOCTYPE', start);
}

export function parseXml(xml: string): XmlElement {
  const root: XmlElement = { name: '#document', attrs: {}, children: [] };
  const stack: XmlElement[] = [root];
  let i = 0;
  const expect = (marker: string, from: number, what: string) => {
    const end = xml.indexOf(marker, from);
    if (end === -1) throw new XmlError(`unterminated ${what}`, from);
    return end;
  };
  while (i < xml.length) {
    const top = stack[stack.length - 1];
    if (xml[i] !== '<') {
      const end = xml.indexOf('<', i);
      const raw = xml.slice(i, end === -1 ? xml.length : end);
      if (stack.length === 1) {
        if (raw.trim()) throw new XmlError('text outside the root element', i);
      } else top.children.push(decodeXmlEntities(raw));
      i = end === -1 ? xml.length : end;
    } else if (xml.startsWith('<?', i)) {
      i = expect('?>', i + 2, 'processing instruction') + 2;
    } else if (xml.startsWith('<!--', i)) {
      i = expect('-->', i + 4, 'comment') + 3;
    } else if (xml.startsWith('<![CDATA[', i)) {
      const end = expect(']]>', i + 9, 'CDATA section');
      if (stack.length === 1) throw new XmlError('CDATA outside the root element', i);
      top.children.push(xml.slice(i + 9, end));
      i = end + 3;
    } else if (xml.startsWith('<!DOCTYPE', i) || xml.startsWith('<!doctype', i)) {
      i = skipDoctype(xml, i);
    } else if (xml.startsWith('</', i)) {
      NAME.lastIndex = i + 2;
      const name = NAME.exec(xml)?.[0];
      const end = expect('>', i + 2, 'end tag');
      if (!name || xml.slice(i + 2 + name.length, end).trim() !== '') throw new XmlError('bad end tag', i);
      if (stack.length === 1 || top.name !== name) {
        throw new XmlError(`</${name}> does not close <${stack.length === 1 ? '(none)' : top.name}>`, i);
      }
      stack.pop();
      i = end + 1;
    } else {
      NAME.lastIndex = i + 1;
      const name = NAME.exec(xml)?.[0];
      if (!name) throw new XmlError('bad start tag', i);
      let j = i + 1 + name.length;
      const attrs: Record<string, string> = {};
      for (;;) {
        ATTRIBUTE.lastIndex = j;
        const a = ATTRIBUTE.exec(xml);
        if (!a) break;
        attrs[a[1]] = decodeXmlEntities(a[2] ?? a[3] ?? '');
        j = ATTRIBUTE.lastIndex;
      }
      while (j < xml.length && /\s/.test(xml[j])) j++;
      const selfClosing = xml.startsWith('/>', j);
      if (!selfClosing && xml[j] !== '>') throw new XmlError(`bad start tag <${name}>`, i);
      if (stack.length === 1 && root.children.length > 0) throw new XmlError('more than one root element', i);
      const element: XmlElement = { name, attrs, children: [] };
      top.children.push(element);
      if (!selfClosing) stack.push(element);
      i = j + (selfClosing ? 2 : 1);
    }
  }
  if (stack.length > 1) throw new XmlError(`<${stack[stack.length - 1].name}> is never closed`, xml.length);
  const element = root.children.find((c): c is XmlElement => typeof c !== 'string');
  if (!element) throw new XmlError('no root element', 0);
  return element;
}

/** Child elements, optionally only those with this name (names compared as written, prefix included). */
export function childElements(element: XmlElement, name?: string): XmlElement[] {
  return element.children.filter((c): c is XmlElement => typeof c !== 'string' && (name === undefined || c.name === name));
}

export function childElement(element: XmlElement, ...names: string[]): XmlElement | undefined {
  for (const name of names) {
    const found = element.children.find((c): c is XmlElement => typeof c !== 'string' && c.name === name);
    if (found) return found;
  }
  return undefined;
}

/** Concatenated text of an element and its descendants, iteratively. */
export function textOf(element: XmlElement | undefined): string {
  if (!element) return '';
  const parts: string[] = [];
  const stack: XmlNode[] = [element];
  while (stack.length) {
    const node = stack.pop()!;
    if (typeof node === 'string') parts.push(node);
    else for (let k = node.children.length - 1; k >= 0; k--) stack.push(node.children[k]);
  }
  return parts.join('');
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Re-serialises an element's children as markup (for Atom type="xhtml" content), iteratively. */
export function innerXml(element: XmlElement): string {
  const out: string[] = [];
  const stack: Array<XmlNode | { close: string }> = [...element.children].reverse();
  while (stack.length) {
    const node = stack.pop()!;
    if (typeof node === 'string') out.push(escapeXml(node));
    else if ('close' in node) out.push(`</${node.close}>`);
    else {
      const attrs = Object.entries(node.attrs).map(([k, v]) => ` ${k}="${escapeXml(v)}"`).join('');
      out.push(`<${node.name}${attrs}>`);
      stack.push({ close: node.name });
      for (let k = node.children.length - 1; k >= 0; k--) stack.push(node.children[k]);
    }
  }
  return out.join('');
}
