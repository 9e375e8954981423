// Country names → ISO 3166-1 alpha-2 codes (world-countries), for formats that want a code.
import { createRequire } from 'node:module';

interface WorldCountry {
  cca2: string;
  name: { common: string; official: string };
  altSpellings?: string[];
}

let table: Map<string, string> | null = null;
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** The alpha-2 code ("VE") of the first of `names` that names a country, else null. */
export function countryCode(names: Iterable<string>): string | null {
  if (!table) {
    const countries = createRequire(import.meta.url)('world-countries') as WorldCountry[];
    table = new Map();
    for (const c of countries) table.set(fold(c.name.common), c.cca2);
    for (const c of countries) if (!table.has(fold(c.name.official))) table.set(fold(c.name.official), c.cca2);
    for (const c of countries) {
      for (const alt of c.altSpellings ?? []) if (alt.length > 2 && !table.has(fold(alt))) table.set(fold(alt), c.cca2);
    }
  }
  for (const n of names) {
    const code = table.get(fold(n));
    if (code) return code;
  }
  return null;
}
