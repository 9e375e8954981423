// Who leads which country, so "withdrew from Venezuela" can end "guards Maduro". Inferred from
// phrases that put a leader word, a person and a country close together ("Venezuelan President
// Nicolás Maduro", "Maduro, Venezuela's dictator"), plus the caller's `leaders` option.
import type { AnalyzedDocument, Entity } from '../types.ts';
import type { EntityResolver, ResolvedEntities } from './entities.ts';
import { countryFor, isNationalityWord } from './gazetteer.ts';
import { mentionKey } from './ids.ts';
import { nameKey, personName } from './names.ts';
import type { ResolveOptions } from './options.ts';

/** Most characters between a person mention and a country mention in one leader phrase. */
const MAX_GAP = 40;
/** Characters either side of the pair searched for the leader word. */
const MARGIN = 20;
/** "opposition leader Juan Guaidó" leads no country. */
const OPPOSITION = /\b(opposition|former|exiled|rebel)\b/i;

export class Leaders {
  /** Person entity id → country entity ids. */
  private readonly leads = new Map<string, Set<string>>();

  add(person: string, country: string): void {
    if (!this.leads.has(person)) this.leads.set(person, new Set());
    this.leads.get(person)!.add(country);
  }

  /** Same entity, or one leads the other. */
  related(a: string | null, b: string | null): boolean {
    if (!a || !b) return false;
    return a === b || !!this.leads.get(a)?.has(b) || !!this.leads.get(b)?.has(a);
  }

  /** Entities that stand for the same side as `id`: itself, its leader or the country it leads. */
  relatedTo(id: string): Set<string> {
    const out = new Set([id]);
    this.leads.get(id)?.forEach((c) => out.add(c));
    for (const [person, countries] of this.leads) if (countries.has(id)) out.add(person);
    return out;
  }
}

/** Leader links from the caller's option, names resolved by the entity resolver; call before entities finish. */
export function leaderOptionNodes(resolver: EntityResolver, options: ResolveOptions): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  for (const [person, country] of Object.entries(options.leaders)) {
    const p = resolver.nameNode('', person, { create: false, typeHint: 'PERSON' });
    const c = resolver.nameNode('', country, { create: false, typeHint: 'GPE' });
    if (p && c) pairs.push([p, c]);
  }
  return pairs;
}

export function inferLeaders(
  docs: AnalyzedDocument[],
  entities: ResolvedEntities,
  fromOptions: Array<[string, string]>,
  options: ResolveOptions,
): Leaders {
  const leaderWord = new RegExp(options.leaderPattern, 'i');
  const counts = new Map<string, Map<string, number>>();
  const count = (person: string, country: string) => {
    if (!counts.has(person)) counts.set(person, new Map());
    const perCountry = counts.get(person)!;
    perCountry.set(country, (perCountry.get(country) ?? 0) + 1);
  };
  const countryByKey = new Map(entities.entities.filter((e) => e.type === 'GPE').map((e) => [nameKey(e.name), e.id]));
  for (const doc of docs) {
    // "Venezuelan President Nicolás Maduro" as one mention: the nationality before the title names the country.
    for (const m of doc.mentions) {
      const id = entities.mentionEntity[mentionKey(doc.article.id, m.index)];
      if (!id || entities.byId.get(id)?.type !== 'PERSON') continue;
      const titles = personName(m.text, isNationalityWord).titles;
      const nationality = titles.find((t) => isNationalityWord(t));
      if (!nationality || !leaderWord.test(titles.join(' '))) continue;
      const country = countryFor(nationality);
      const countryId = country ? countryByKey.get(nameKey(country.country)) : undefined;
      if (countryId) count(id, countryId);
    }
    const text = doc.article.text;
    const bySentence = new Map<number, Array<{ start: number; end: number; entity: Entity }>>();
    for (const m of doc.mentions) {
      const id = entities.mentionEntity[mentionKey(doc.article.id, m.index)];
      const entity = id ? entities.byId.get(id) : undefined;
      if (!entity) continue;
      if (!bySentence.has(m.sentence)) bySentence.set(m.sentence, []);
      bySentence.get(m.sentence)!.push({ start: m.start, end: m.end, entity });
    }
    for (const list of bySentence.values()) {
      for (const p of list.filter((x) => x.entity.type === 'PERSON')) {
        for (const c of list.filter((x) => x.entity.type === 'GPE')) {
          const from = Math.min(p.start, c.start);
          const to = Math.max(p.end, c.end);
          const gap = Math.max(p.start, c.start) - Math.min(p.end, c.end);
          const window = text.slice(Math.max(0, from - MARGIN), to + MARGIN);
          if (gap > MAX_GAP || !leaderWord.test(window) || OPPOSITION.test(window)) continue;
          count(p.entity.id, c.entity.id);
        }
      }
    }
  }
  const leaders = new Leaders();
  for (const [person, perCountry] of counts) {
    // A person leads the country named with them most often in leader phrases.
    const best = Math.max(...perCountry.values());
    for (const [country, n] of perCountry) if (n === best) leaders.add(person, country);
  }
  for (const [p, c] of fromOptions) leaders.add(entities.idOf(p), entities.idOf(c));
  return leaders;
}
