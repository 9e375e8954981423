// Building the page without ever parsing data as HTML: every string becomes a text node, every
// attribute is set by name (event-handler attributes refused), links only to our own routes or
// to http(s) addresses.
export type Child = Node | string | number | null | undefined | false | Child[];

export interface Attrs {
  [name: string]: string | number | boolean | null | undefined | ((e: Event) => void);
}

const SVG_NS = 'http://www.w3.org/2000/svg';

function setAttrs(el: Element, attrs: Attrs | null | undefined): void {
  if (!attrs) return;
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === 'function') {
      if (!name.startsWith('on')) throw new Error(`dom: function given for attribute ${name}`);
      el.addEventListener(name.slice(2).toLowerCase(), value);
      continue;
    }
    if (/^on/i.test(name) || name === 'style' || name === 'srcdoc') throw new Error(`dom: attribute ${name} is not allowed`);
    if ((name === 'href' || name === 'src' || name === 'xlink:href') && !safeUrl(String(value))) continue;
    el.setAttribute(name, value === true ? '' : String(value));
  }
}

/** Our own hash routes and plain http(s) addresses only. */
export function safeUrl(url: string): boolean {
  return url.startsWith('#') || /^https?:\/\/[^\s]+$/i.test(url);
}

export function append(parent: Node, ...children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) append(parent, ...c);
    else if (c instanceof Node) parent.appendChild(c);
    else parent.appendChild(document.createTextNode(String(c)));
  }
}

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs?: Attrs | null, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  setAttrs(el, attrs);
  append(el, ...children);
  return el;
}

export function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs?: Attrs | null, ...children: Child[]): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, tag);
  setAttrs(el, attrs);
  append(el, ...children);
  return el;
}

/** A search snippet: text with matches wrapped in [[ ]] becomes text and <mark> nodes. */
export function snippet(text: string): Node {
  const out = document.createDocumentFragment();
  const parts = text.split(/(\[\[.*?\]\])/);
  for (const p of parts) {
    if (p.startsWith('[[') && p.endsWith(']]')) out.appendChild(h('mark', null, p.slice(2, -2)));
    else if (p) out.appendChild(document.createTextNode(p));
  }
  return out;
}

/** A sentence with the first occurrence of its trigger marked. */
export function withTrigger(sentence: string, trigger: string | null | undefined, cls = ''): Node {
  const at = trigger ? sentence.indexOf(trigger) : -1;
  if (!trigger || at < 0) return document.createTextNode(sentence);
  const out = document.createDocumentFragment();
  append(out, sentence.slice(0, at), h('mark', { class: `trigger ${cls}` }, trigger), sentence.slice(at + trigger.length));
  return out;
}

export function clear(el: Element): void {
  while (el.firstChild) el.removeChild(el.firstChild);
}

const mounted: Array<() => void> = [];

/** Runs fn once the view being built is in the document (layout needs real sizes). */
export function onMount(fn: () => void): void {
  mounted.push(fn);
}

/** Called by the router after it put the new view in place. */
export function flushMounted(): void {
  for (const fn of mounted.splice(0)) fn();
}

/** Forgets callbacks of a view that was never put in place. */
export function dropMounted(): void {
  mounted.length = 0;
}
