// The UI's client for the JSON API: same origin, GET only, errors surfaced with the API's message.
export class ApiFailure extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

export async function api<T = any>(path: string, params: Record<string, string | number | null | undefined> = {}): Promise<T> {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined && v !== '') search.set(k, String(v));
  const qs = search.toString();
  const res = await fetch(`/api/${path}${qs ? `?${qs}` : ''}`, { headers: { accept: 'application/json' } });
  const body = await res.json().catch(() => null);
  if (!res.ok) throw new ApiFailure(res.status, body?.error?.message ?? `HTTP ${res.status}`);
  return body as T;
}

/** Path segment for an id (ids may hold ":" and other characters). */
export const seg = (id: string) => encodeURIComponent(id);
