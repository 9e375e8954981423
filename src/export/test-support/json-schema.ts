// A small JSON Schema (draft 2020-12) checker for tests: the keywords the STIX 2.1 schemas use,
// with `$ref` resolved to files on disk. Not a general validator (no $dynamicRef, no formats).
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

type Schema = boolean | Record<string, unknown>;

export class SchemaSet {
  private readonly cache = new Map<string, Schema>();

  load(path: string): Schema {
    const full = resolve(path);
    let s = this.cache.get(full);
    if (s === undefined) {
      s = JSON.parse(readFileSync(full, 'utf8')) as Schema;
      this.cache.set(full, s);
    }
    return s;
  }

  /** Problems of `value` against the schema file at `path`; [] when it conforms. */
  validate(value: unknown, path: string): string[] {
    const errors: string[] = [];
    this.check(value, this.load(path), resolve(path), '$', errors);
    return errors;
  }

  private check(v: unknown, s: Schema, file: string, at: string, errors: string[]): void {
    if (s === true) return;
    if (s === false) { errors.push(`${at}: not allowed`); return; }
    const k = s as Record<string, any>;
    if (typeof k.$ref === 'string') {
      const [rel, frag] = k.$ref.split('#');
      const target = rel ? resolve(dirname(file), rel) : file;
      let sub: Schema = this.load(target);
      if (frag) for (const p of frag.split('/').filter(Boolean)) sub = (sub as Record<string, any>)[p];
      this.check(v, sub, target, at, errors);
    }
    if (k.type !== undefined) {
      const types: string[] = Array.isArray(k.type) ? k.type : [k.type];
      if (!types.some((t) => isType(v, t))) { errors.push(`${at}: want ${types.join('|')}, got ${JSON.stringify(v)?.slice(0, 60)}`); return; }
    }
    if (k.enum && !k.enum.some((e: unknown) => JSON.stringify(e) === JSON.stringify(v))) errors.push(`${at}: ${JSON.stringify(v)} not in enum`);
    if ('const' in k && JSON.stringify(k.const) !== JSON.stringify(v)) errors.push(`${at}: want ${JSON.stringify(k.const)}`);
    if (typeof v === 'string') {
      if (k.pattern && !re(k.pattern).test(v)) errors.push(`${at}: ${JSON.stringify(v)} does not match ${k.pattern}`);
      if (k.minLength !== undefined && [...v].length < k.minLength) errors.push(`${at}: shorter than ${k.minLength}`);
      if (k.maxLength !== undefined && [...v].length > k.maxLength) errors.push(`${at}: longer than ${k.maxLength}`);
    }
    if (typeof v === 'number') {
      if (k.minimum !== undefined && v < k.minimum) errors.push(`${at}: below ${k.minimum}`);
      if (k.maximum !== undefined && v > k.maximum) errors.push(`${at}: above ${k.maximum}`);
    }
    if (Array.isArray(v)) {
      if (k.minItems !== undefined && v.length < k.minItems) errors.push(`${at}: fewer than ${k.minItems} items`);
      if (k.items !== undefined) v.forEach((x, i) => this.check(x, k.items, file, `${at}[${i}]`, errors));
    }
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
      const o = v as Record<string, unknown>;
      for (const r of (k.required ?? []) as string[]) if (!(r in o)) errors.push(`${at}: missing required "${r}"`);
      if (k.minProperties !== undefined && Object.keys(o).length < k.minProperties) errors.push(`${at}: fewer than ${k.minProperties} properties`);
      for (const [name, x] of Object.entries(o)) {
        let known = false;
        if (k.properties && name in k.properties) { known = true; this.check(x, k.properties[name], file, `${at}.${name}`, errors); }
        for (const [pat, sub] of Object.entries((k.patternProperties ?? {}) as Record<string, Schema>)) {
          if (re(pat).test(name)) { known = true; this.check(x, sub, file, `${at}.${name}`, errors); }
        }
        if (!known && k.additionalProperties !== undefined) this.check(x, k.additionalProperties, file, `${at}.${name}`, errors);
        if (k.propertyNames) this.check(name, k.propertyNames, file, `${at}.<name ${name}>`, errors);
      }
    }
    for (const sub of (k.allOf ?? []) as Schema[]) this.check(v, sub, file, at, errors);
    if (k.anyOf) {
      const ok = (k.anyOf as Schema[]).some((sub) => this.passes(v, sub, file));
      if (!ok) errors.push(`${at}: matches none of anyOf`);
    }
    if (k.oneOf) {
      const n = (k.oneOf as Schema[]).filter((sub) => this.passes(v, sub, file)).length;
      if (n !== 1) errors.push(`${at}: matches ${n} of oneOf, want exactly 1`);
    }
    if (k.not !== undefined && this.passes(v, k.not, file)) errors.push(`${at}: matches a "not" schema`);
    if (k.if !== undefined) {
      if (this.passes(v, k.if, file)) { if (k.then !== undefined) this.check(v, k.then, file, at, errors); }
      else if (k.else !== undefined) this.check(v, k.else, file, at, errors);
    }
  }

  private passes(v: unknown, s: Schema, file: string): boolean {
    const e: string[] = [];
    this.check(v, s, file, '$', e);
    return e.length === 0;
  }
}

const regexps = new Map<string, RegExp>();
/** JSON Schema patterns are ECMA-262 regexes; the STIX ones use escapes only valid without /u. */
function re(pattern: string): RegExp {
  let r = regexps.get(pattern);
  if (!r) regexps.set(pattern, (r = new RegExp(pattern)));
  return r;
}

function isType(v: unknown, t: string): boolean {
  switch (t) {
    case 'object': return v !== null && typeof v === 'object' && !Array.isArray(v);
    case 'array': return Array.isArray(v);
    case 'string': return typeof v === 'string';
    case 'number': return typeof v === 'number';
    case 'integer': return Number.isInteger(v);
    case 'boolean': return typeof v === 'boolean';
    case 'null': return v === null;
    default: return false;
  }
}
