// Reads the block-style YAML subset the FollowTheMoney schema files use (nested mappings, lists of
// scalars, quoted and folded scalars, comments) for tests. Not a general YAML parser.
export type Yaml = string | Yaml[] | { [k: string]: Yaml };

interface Line { indent: number; text: string }

export function parseYaml(src: string): Yaml {
  const lines: Line[] = [];
  for (const raw of src.split(/\r?\n/)) {
    const text = raw.replace(/\s+#.*$/, '').replace(/^\s*#.*$/, '');
    if (!text.trim()) continue;
    lines.push({ indent: raw.length - raw.trimStart().length, text: text.trim() });
  }
  let i = 0;
  const scalar = (s: string): string => {
    const q = /^(["'])(.*)\1$/.exec(s);
    return q ? q[2] : s;
  };
  const block = (indent: number): Yaml => {
    if (i < lines.length && lines[i].text.startsWith('- ')) {
      const list: Yaml[] = [];
      while (i < lines.length && lines[i].indent === indent && lines[i].text.startsWith('- ')) {
        list.push(scalar(lines[i].text.slice(2).trim()));
        i++;
      }
      return list;
    }
    const map: { [k: string]: Yaml } = {};
    while (i < lines.length && lines[i].indent === indent) {
      const m = /^([^:]+):\s*(.*)$/.exec(lines[i].text);
      if (!m) throw new Error(`yaml-lite: cannot read line ${JSON.stringify(lines[i].text)}`);
      const [, key, rest] = m;
      i++;
      if (rest === '>' || rest === '|' || rest === '>-' || rest === '|-') {
        const parts: string[] = [];
        while (i < lines.length && lines[i].indent > indent) parts.push(lines[i++].text);
        map[scalar(key)] = parts.join(' ');
      } else if (rest !== '') {
        map[scalar(key)] = scalar(rest);
      } else if (i < lines.length && lines[i].indent > indent && !/^[\w$.-]+:(\s|$)/.test(lines[i].text) && !lines[i].text.startsWith('- ')) {
        const parts: string[] = []; // a plain scalar over several lines
        while (i < lines.length && lines[i].indent > indent) parts.push(lines[i++].text);
        map[scalar(key)] = parts.join(' ');
      } else if (i < lines.length && (lines[i].indent > indent || (lines[i].indent === indent && lines[i].text.startsWith('- ')))) {
        map[scalar(key)] = block(lines[i].indent);
      } else {
        map[scalar(key)] = '';
      }
    }
    return map;
  };
  return block(lines.length ? lines[0].indent : 0);
}
