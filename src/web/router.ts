// Hash routing: "#/entity/ent-1?as_of=2020" → { name: "entity", id: "ent-1", query }.
export interface Route {
  name: string;
  id: string | null;
  query: URLSearchParams;
}

export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#\/?/, '');
  const q = raw.indexOf('?');
  const path = q < 0 ? raw : raw.slice(0, q);
  const query = new URLSearchParams(q < 0 ? '' : raw.slice(q + 1));
  const [name = '', ...rest] = path.split('/');
  let id: string | null = null;
  if (rest.length) {
    try {
      id = decodeURIComponent(rest.join('/'));
    } catch {
      id = rest.join('/');
    }
  }
  return { name: name || 'home', id, query };
}

export function href(name: string, query: Record<string, string | number | null | undefined> = {}, id?: string): string {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== null && v !== undefined && v !== '') search.set(k, String(v));
  const qs = search.toString();
  return `#/${name}${id ? `/${encodeURIComponent(id)}` : ''}${qs ? `?${qs}` : ''}`;
}
