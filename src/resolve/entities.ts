// Entity resolution across documents: one entity per actor, from mentions and actor names.
//
// Order of work: (1) each mention gets a node key from its normalised canonical name (accents,
// case, titles, leading "the", possessives folded; nationalities and capitals to their country);
// (2) surname-only and titled person mentions link to the unique full name with that surname,
// within the document first, then in the corpus; (3) acronyms join their expansion (in
// parentheses, or by initials); (4) actor and speaker names resolve through the same steps and may
// create entities; (5) every set of joined nodes becomes one Entity with a reason per alias.
import type { ActorRef, AnalyzedDocument, Entity, EntityType, Mention } from '../types.ts';
import { countryFor, demonymOf, isNationalityWord } from './gazetteer.ts';
import { byCodeUnit, entityId, mentionKey } from './ids.ts';
import { GROUP_HEADS, initials, isAcronym, isHyphenatedPair, looksLikeProperName, nameKey, personName, surnameKeys, tokenCount, trimOrgName } from './names.ts';
import type { ResolveOptions } from './options.ts';
import { UnionFind } from './union-find.ts';
import { demonymBases, isWorldRegion } from '../nlp/index.ts';
import { accentFold, chooseName, guessType, isSubsequence, spellingVariant, voteType, voteTypeOf, type NodeInfo } from './entity-naming.ts';

/** Mention keys that name no one: tagger noise such as a lone "The". */
const NOT_A_NAME = new Set(['the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'his', 'her', 'their', 'this', 'that']);

/** Why an alias belongs to its entity; `{name}` is replaced by the entity's final name. */
type Reason = string;

interface MentionNode {
  key: string;
  display: string;
  personish: boolean;
  /** Reason this mention's surface/canonical belongs under its display, if they differ. */
  reason: Reason | null;
}

export interface ResolvedEntities {
  entities: Entity[];
  mentionEntity: Record<string, string>;
  /** Entity id for a node key handed out by `EntityResolver`. */
  idOf(nodeKey: string): string;
  byId: Map<string, Entity>;
}

export class EntityResolver {
  private readonly nodes = new Map<string, NodeInfo>();
  private readonly sets = new UnionFind();
  /** Union reasons, by the node that joined: "SEBIN" → "acronym in parentheses after …". */
  private readonly unionReasons = new Map<string, Reason>();
  private readonly aliasReasons = new Map<string, Reason>();
  /** `${docId}:${mentionIndex}` → node key. */
  private readonly mentionNodes = new Map<string, string>();
  private readonly personsByDoc = new Map<string, Set<string>>();
  private surnameIndex = new Map<string, Set<string>>();
  private readonly docs: AnalyzedDocument[];
  private readonly distinctNouns: Set<string>;
  /** Keys of every place and nationality mention in the corpus, for telling "Kestria-Valdoria" apart. */
  private readonly placeKeys = new Set<string>();

  constructor(docs: AnalyzedDocument[], private readonly options: ResolveOptions) {
    this.docs = docs;
    this.distinctNouns = new Set(options.distinctGroupNouns.map((w) => w.toLowerCase()));
    for (const doc of docs) {
      for (const m of doc.mentions) {
        if (m.type === 'GPE' || m.type === 'LOC' || m.type === 'NORP') this.placeKeys.add(nameKey(m.canonical || m.text));
      }
    }
    for (const doc of docs) {
      for (const m of doc.mentions) this.addMention(doc, m);
    }
    this.linkDemonyms();
    this.linkFullNames();
    this.buildSurnameIndex();
    for (const doc of docs) {
      for (const m of doc.mentions) this.linkSurname(doc.article.id, m);
    }
    for (const doc of docs) this.linkBareBodies(doc);
    for (const doc of docs) this.linkParenthesisedAcronyms(doc);
    this.linkInitials();
    this.linkSpellingVariants();
    this.linkGroupNames();
    this.linkArticleVariants();
  }

  // ------------------------------------------------------------ mentions → nodes

  private addMention(doc: AnalyzedDocument, m: Mention): void {
    if (this.isRelationPair(m.text)) return;
    // World regions ("Latin America", "the Middle East") are where things happen, not who acts.
    if ((m.type === 'LOC' || m.type === 'GPE' || m.type === 'NORP' || m.type === 'PERSON') && isWorldRegion(m.canonical || m.text)) return;
    const placed = this.placeMention(m, doc.article.text);
    if (!placed.key || NOT_A_NAME.has(placed.key)) return;
    const node = this.node(placed.key, placed.display);
    node.types.set(m.type, (node.types.get(m.type) ?? 0) + 1);
    if (m.type === 'LOC' && m.rule.includes('gazetteer:')) node.knownLoc = true;
    node.displays.set(placed.display, (node.displays.get(placed.display) ?? 0) + 1);
    node.aliases.add(m.text.trim());
    if (m.canonical) node.aliases.add(m.canonical.trim());
    node.documents.add(doc.article.id);
    node.mentions++;
    this.mentionNodes.set(mentionKey(doc.article.id, m.index), placed.key);
    if (placed.reason) this.noteAlias(m.text.trim(), placed.reason);
    if (m.canonical && m.canonical !== placed.display && m.canonical !== m.text) {
      this.noteAlias(m.canonical.trim(), `canonical ${m.canonical} (${m.rule}) folded to {name}`);
    }
  }

  private placeMention(m: Mention, text: string): MentionNode {
    // "Officers of the National Police", "Treasury on Tuesday": the organisation without the words around it.
    const trim = (s: string) => (m.type === 'PERSON' ? s.trim() : trimOrgName(s));
    const surface = trim(m.text);
    const canonical = trim(m.canonical || m.text);
    // "Ukraine's Foreign Ministry", "the Iranian Foreign Ministry" when the mention holds only "Foreign Ministry":
    // every country has one, so the country before it is part of the name.
    if (m.type !== 'PERSON' && GENERIC_BODY.test(canonical)) {
      const before = /(\p{Lu}[\p{L}.-]+)(?:['’]s)?\s+$/u.exec(text.slice(Math.max(0, m.start - 40), m.start));
      const country = before ? countryFor(before[1]) : null;
      const demonym = country ? demonymOf(country.country) : null;
      if (demonym) {
        const display = `${demonym} ${canonical.replace(/^the\s+/i, '')}`;
        return { key: nameKey(display), display, personish: false, reason: `the country before it: ${before![0].trim()} → {name}` };
      }
    }
    if (this.isDistinctGroup(surface)) {
      const display = surface.replace(/^the\s+/i, '');
      return { key: nameKey(display), display, personish: false, reason: null };
    }
    if (this.options.foldDemonymsAndCapitals) {
      const hit = countryFor(canonical) ?? countryFor(surface);
      // Places and nationalities fold to their country; so does a country or capital name the tagger
      // took for something else (a dateline's "BAMAKO" as LOC, "Washington" or "the Kremlin" as ORG).
      const folds = hit && (m.type === 'GPE' || m.type === 'NORP' || (m.type !== 'PERSON' && hit.how !== 'demonym') || hit.how === 'country name');
      if (hit && folds) {
        const bySurface = countryFor(surface);
        const reason =
          nameKey(surface) === nameKey(hit.country)
            ? null
            : bySurface
              ? `${bySurface.how} of {name}`
              : `canonical ${canonical} (${m.rule})`;
        return { key: nameKey(hit.country), display: hit.country, personish: false, reason };
      }
    }
    const asPerson = personName(canonical, isNationalityWord);
    const surfaceTitles = personName(surface, isNationalityWord).titles;
    if (m.type === 'PERSON' || (asPerson.titles.length > 0 && m.type !== 'ORG' && m.type !== 'GPE')) {
      const titles = asPerson.titles.length ? asPerson.titles : surfaceTitles;
      let reason: Reason | null = null;
      if (titles.length) reason = `title stripped (${titles.join(' ')}) → {name}`;
      else if (canonical !== surface && nameKey(canonical) !== nameKey(surface)) reason = `canonical ${canonical} (${m.rule})`;
      return { key: asPerson.key, display: asPerson.display, personish: true, reason };
    }
    const reason = canonical !== surface && nameKey(canonical) !== nameKey(surface) ? `canonical ${canonical} (${m.rule})` : null;
    return { key: countryLedKey(canonical), display: canonical, personish: false, reason };
  }

  private node(key: string, display: string): NodeInfo {
    let node = this.nodes.get(key);
    if (!node) {
      node = { key, types: new Map(), displays: new Map(), aliases: new Set(), documents: new Set(), refDocuments: new Set(), mentions: 0, references: 0, standalone: false, typeHint: null };
      this.nodes.set(key, node);
      this.sets.add(key);
    }
    if (display && !node.displays.has(display)) node.displays.set(display, 0);
    return node;
  }

  private noteAlias(alias: string, reason: Reason): void {
    if (!this.aliasReasons.has(alias)) this.aliasReasons.set(alias, reason);
  }

  /** "Caracas-Havana", "Cuban-Venezuelan": a relation between two places, no actor (unless the whole is a country). */
  isRelationPair(text: string): boolean {
    if (countryFor(text)) return false;
    const isPlace = (part: string) =>
      !!countryFor(part) ||
      isNationalityWord(nameKey(part)) ||
      this.placeKeys.has(nameKey(part)) ||
      demonymBases(part).some((b) => this.placeKeys.has(nameKey(b)));
    return isHyphenatedPair(text, isPlace);
  }

  /**
   * An actor or cited name with no tagged mention becomes an entity only when it reads as a proper
   * name ("Axios", "Meridian Press Agency"), a country or a group the text keeps apart ("Russian
   * contractors"); "officials", "the agency", "force" or a whole attribution phrase do not.
   */
  mayCreateFromName(name: string): boolean {
    if (this.isRelationPair(name) || isWorldRegion(name)) return false;
    return this.isDistinctGroup(name) || !!countryFor(name) || looksLikeProperName(name);
  }

  /** "Russian contractors": a nationality followed by a noun for a group apart from the state. */
  isDistinctGroup(text: string): boolean {
    const words = nameKey(text).split(' ');
    if (words.length < 2) return false;
    const hasNationality = words.some((w) => isNationalityWord(w));
    return hasNationality && words.some((w) => this.distinctNouns.has(w));
  }

  // ------------------------------------------------------------ demonyms of unknown places

  /**
   * "Zembrans" (a nationality no gazetteer knows, typed NORP) joins "Zembra" (a place) named in
   * another document: the regular demonym patterns of nlp's place evidence, across the corpus.
   */
  private linkDemonyms(): void {
    const sorted = [...this.nodes].sort((a, b) => byCodeUnit(a[0], b[0]));
    for (const [key, node] of sorted) {
      if (tokenCount(key) !== 1 || (node.types.get('NORP') ?? 0) === 0) continue;
      if ([...node.types].some(([t, c]) => c > 0 && t !== 'NORP')) continue;
      const display = [...node.displays.keys()].find((d) => /^\p{Lu}\p{Ll}+$/u.test(d));
      if (!display) continue;
      const bases = demonymBases(display).map((b) => nameKey(b)).filter((b) => {
        const n = this.nodes.get(b);
        return !!n && ((n.types.get('GPE') ?? 0) > 0 || (n.types.get('LOC') ?? 0) > 0);
      });
      if (bases.length !== 1) continue;
      if (this.sets.union(bases[0], key)) {
        this.unionReasons.set(key, `demonym of ${this.bestDisplay(bases[0])}`);
        this.noteAlias(display, `demonym of {name}`);
      }
    }
  }

  /** Marks the node an event actor resolved to: a place that acts is a state (GPE). */
  noteActor(key: string | null): void {
    const node = key ? this.nodes.get(key) : undefined;
    if (node) node.acts = true;
  }

  // ------------------------------------------------------------ persons

  private isPersonNode(key: string): boolean {
    return voteType(this.nodes.get(key)!) === 'PERSON';
  }

  /** "Nicolás Maduro" joins "Nicolás Maduro Moros" when it is the only longer name that contains it. */
  private linkFullNames(): void {
    const full = [...this.nodes.keys()].filter((k) => tokenCount(k) >= 2 && this.isPersonNode(k)).sort(byCodeUnit);
    for (const short of full) {
      const st = short.split(' ');
      const longer = full.filter((long) => {
        const lt = long.split(' ');
        return lt.length > st.length && lt[0] === st[0] && isSubsequence(st, lt);
      });
      if (longer.length === 1 && this.sets.union(short, longer[0])) {
        this.unionReasons.set(short, `shorter form of ${this.bestDisplay(longer[0])}`);
      }
    }
    // "Basher Assad" and "Bashar al-Assad": same surname, first names one letter apart (not at the end,
    // so "Mario" and "Maria" stay two people), and no other full name with that surname is as close.
    for (const a of full) {
      const variants = full.filter((b) => b !== a && spellingVariant(a, b));
      if (variants.length === 1 && byCodeUnit(a, variants[0]) < 0 && this.sets.union(a, variants[0])) {
        this.unionReasons.set(variants[0], `spelling variant of ${this.bestDisplay(a)}`);
      }
    }
  }

  private buildSurnameIndex(): void {
    this.surnameIndex = new Map();
    for (const [key, node] of [...this.nodes].sort((a, b) => byCodeUnit(a[0], b[0]))) {
      if (tokenCount(key) < 2 || !this.isPersonNode(key)) continue;
      for (const doc of node.documents) {
        let set = this.personsByDoc.get(doc);
        if (!set) this.personsByDoc.set(doc, (set = new Set()));
        set.add(this.sets.find(key));
      }
      for (const s of surnameKeys(key)) {
        let set = this.surnameIndex.get(s);
        if (!set) this.surnameIndex.set(s, (set = new Set()));
        set.add(this.sets.find(key));
      }
    }
  }

  /** The full-name node a surname-only key stands for in this document, with the reason; null when none or ambiguous. */
  private surnameTarget(docId: string, key: string): { target: string; reason: Reason } | null {
    const own = this.nodes.has(key) ? this.sets.find(key) : null;
    const candidates = [...(this.surnameIndex.get(key) ?? [])].filter((c) => c !== own);
    if (candidates.length === 0) return null;
    const inDoc = candidates.filter((c) => this.personsByDoc.get(docId)?.has(c));
    if (inDoc.length === 1) return { target: inDoc[0], reason: `surname of {name}, named in full in the same document` };
    if (inDoc.length > 1) return null;
    if (candidates.length === 1) return { target: candidates[0], reason: `surname of {name}, the only full name with it in the corpus` };
    return null;
  }

  private linkSurname(docId: string, m: Mention): void {
    const mk = mentionKey(docId, m.index);
    const key = this.mentionNodes.get(mk);
    if (!key) return;
    // Only whether it reads as a person matters here: no text needed.
    const placed = this.placeMention(m, '');
    if (!placed.personish) return;
    const link = this.surnameTarget(docId, key);
    if (!link) return;
    this.moveMention(docId, m, placed, key, link);
  }

  /** Rebinds one mention from the node it was placed on to `link.target`, moving its counts. */
  private moveMention(docId: string, m: Mention, placed: MentionNode, key: string, link: { target: string; reason: Reason }): void {
    this.mentionNodes.set(mentionKey(docId, m.index), link.target);
    // Move the mention's counts from its own node to the full name's.
    const from = this.nodes.get(key)!;
    const to = this.nodes.get(link.target)!;
    from.mentions--;
    from.types.set(m.type, (from.types.get(m.type) ?? 1) - 1);
    from.displays.set(placed.display, (from.displays.get(placed.display) ?? 1) - 1);
    to.mentions++;
    to.types.set(m.type, (to.types.get(m.type) ?? 0) + 1);
    to.aliases.add(m.text.trim());
    to.documents.add(docId);
    // A titled surname ("Admiral Faller") was first noted as "title stripped"; say both.
    const titles = personName(m.text, isNationalityWord).titles;
    this.aliasReasons.set(m.text.trim(), titles.length ? `title stripped (${titles.join(' ')}), then ${link.reason}` : link.reason);
    if (placed.display !== m.text.trim()) {
      to.aliases.add(placed.display);
      this.noteAlias(placed.display, link.reason);
    }
  }

  /**
   * "The Department of Foreign Affairs rejected …" in an article that names the "Philippine Department
   * of Foreign Affairs", "Congress" beside "US Congress": a body named bare is the one country's body of
   * that name the same article names. (Per mention: another article's bare "Foreign Ministry" may be another's.)
   */
  private linkBareBodies(doc: AnalyzedDocument): void {
    const docId = doc.article.id;
    const bodies = (m: Mention) => m.type === 'ORG';
    const keys = new Set<string>();
    for (const m of doc.mentions) {
      const key = bodies(m) ? this.mentionNodes.get(mentionKey(docId, m.index)) : undefined;
      if (key) keys.add(key);
    }
    for (const m of doc.mentions) {
      const key = bodies(m) ? this.mentionNodes.get(mentionKey(docId, m.index)) : undefined;
      if (!key || countryFor(key)) continue;
      const qualified = [...keys].filter((k) => k.endsWith(` ${key}`) && namesCountry(k.slice(0, -key.length - 1)) && (tokenCount(key) >= 2 || tokenCount(k) === 2));
      if (qualified.length !== 1) continue;
      const target = this.sets.find(qualified[0]);
      if (target === this.sets.find(key)) continue;
      this.moveMention(docId, m, this.placeMention(m, ''), key, { target: qualified[0], reason: `the one country's ${m.text.trim()} the same document names: {name}` });
    }
  }

  // ------------------------------------------------------------ acronyms

  /** "Coastal Border Protection Agency (CBPA)" and "CBPA (Coastal Border Protection Agency)". */
  private linkParenthesisedAcronyms(doc: AnalyzedDocument): void {
    const text = doc.article.text;
    for (const m of doc.mentions) {
      const key = this.mentionNodes.get(mentionKey(doc.article.id, m.index));
      if (!key || m.type === 'PERSON') continue;
      const after = /^\s*\(\s*([^()]{2,80}?)\s*\)/.exec(text.slice(m.end, m.end + 90));
      if (!after) continue;
      const inner = after[1];
      const surface = m.text.trim();
      let partner: string | null = null;
      let reason = '';
      // A short form in parentheses after a long name: "SEBIN", or as some copy writes it, "Sebin".
      const shortForm = isAcronym(inner) || (/^\p{Lu}\p{Ll}{2,8}$/u.test(inner) && tokenCount(nameKey(surface)) >= 3);
      if (shortForm && !isAcronym(surface) && tokenCount(nameKey(surface)) >= 2) {
        partner = inner;
        reason = `acronym in parentheses after ${surface}`;
      } else if (isAcronym(surface) && !isAcronym(inner) && initials(inner) !== '' && tokenCount(nameKey(inner)) >= 2) {
        partner = inner;
        reason = `expansion in parentheses after ${surface}`;
      }
      if (!partner) continue;
      const partnerKey = nameKey(partner);
      if (!partnerKey) continue;
      const node = this.node(partnerKey, partner);
      node.standalone = true;
      node.aliases.add(partner);
      node.documents.add(doc.article.id);
      node.refDocuments.add(doc.article.id);
      if (this.sets.union(key, partnerKey)) {
        this.unionReasons.set(partnerKey, reason);
        this.noteAlias(partner, reason);
      }
    }
  }

  /**
   * "Office of Counter-Terrorism Policy" and "Office of Counterterrorism Policy": organisation
   * names of three or more words that differ only in where words are split or hyphenated.
   */
  private linkSpellingVariants(): void {
    const byCompact = new Map<string, string>();
    for (const [key, node] of [...this.nodes].sort((a, b) => byCodeUnit(a[0], b[0]))) {
      if (tokenCount(key) < 3 || voteType(node) === 'PERSON') continue;
      const compact = key.replace(/ /g, '');
      const first = byCompact.get(compact);
      if (!first) {
        byCompact.set(compact, key);
        continue;
      }
      if (this.sets.union(first, key)) {
        const reason = `spelling variant of ${[...this.nodes.get(first)!.displays.keys()][0] ?? first}`;
        this.unionReasons.set(key, reason);
        for (const display of node.displays.keys()) this.noteAlias(display, reason);
      }
    }
  }

  /**
   * "Grupo Wagner", "the Wagner Group" and "Wagner" (an organisation): one name with or without the
   * word for "group", in any of the languages the corpus mixes. Places and people never join this way.
   */
  private linkGroupNames(): void {
    const sorted = [...this.nodes].sort((a, b) => byCodeUnit(a[0], b[0]));
    const byCore = new Map<string, string>();
    for (const [key, node] of sorted) {
      // A name with a word for "group" is an organisation, whatever the tagger voted ("Grupo Wagner").
      const core = groupCore(key);
      if (!core) continue;
      const first = byCore.get(core);
      if (!first) {
        byCore.set(core, key);
        continue;
      }
      this.unionWithReason(first, key, `the same name as ${this.displayOf(first)} with "group" in other words`);
    }
    for (const [key, node] of sorted) {
      const first = byCore.get(key);
      if (!first || first === key || (voteType(node) === 'PERSON' && tokenCount(key) > 1) || countryFor(key)) continue;
      this.unionWithReason(first, key, `short for ${this.displayOf(first)}`);
    }
  }

  /** "El Observador Internacional" and "Observador Internacional": a name with and without a leading article. */
  private linkArticleVariants(): void {
    for (const [key, node] of [...this.nodes].sort((a, b) => byCodeUnit(a[0], b[0]))) {
      const words = key.split(' ');
      if (words.length < 3 || !ARTICLES.has(words[0]) || voteType(node) === 'PERSON' || countryFor(key)) continue;
      const rest = words.slice(1).join(' ');
      if (this.nodes.has(rest) && voteType(this.nodes.get(rest)!) !== 'PERSON') this.unionWithReason(key, rest, `${this.displayOf(key)} without its article`);
    }
  }

  private displayOf(key: string): string {
    return [...this.nodes.get(key)!.displays.keys()][0] ?? key;
  }

  private unionWithReason(a: string, b: string, reason: string): void {
    if (!this.sets.union(a, b)) return;
    this.unionReasons.set(b, reason);
    for (const display of this.nodes.get(b)!.displays.keys()) this.noteAlias(display, reason);
  }

  /** "IRGC" joins "Islamic Revolutionary Guard Corps": initials of the capitalised words, unique in its documents, else the corpus. */
  private linkInitials(): void {
    const byInitials = new Map<string, Array<{ key: string; display: string }>>();
    for (const [key, node] of [...this.nodes].sort((a, b) => byCodeUnit(a[0], b[0]))) {
      if (voteType(node) === 'PERSON') continue;
      for (const display of node.displays.keys()) {
        const ini = isAcronym(display) ? '' : initials(display);
        if (!ini) continue;
        let list = byInitials.get(ini);
        if (!list) byInitials.set(ini, (list = []));
        if (!list.some((x) => x.key === key)) list.push({ key, display });
      }
    }
    for (const [key, node] of [...this.nodes].sort((a, b) => byCodeUnit(a[0], b[0]))) {
      const acronym = [...node.displays.keys()].find((d) => isAcronym(d));
      if (!acronym || voteType(node) === 'PERSON') continue;
      const all = (byInitials.get(nameKey(acronym)) ?? []).filter((c) => this.sets.find(c.key) !== this.sets.find(key));
      const rootsAll = new Set(all.map((c) => this.sets.find(c.key)));
      const inDocs = all.filter((c) => [...this.nodes.get(c.key)!.documents].some((d) => node.documents.has(d)));
      const rootsInDocs = new Set(inDocs.map((c) => this.sets.find(c.key)));
      const pick = rootsInDocs.size === 1 ? inDocs[0] : rootsInDocs.size === 0 && rootsAll.size === 1 ? all[0] : null;
      if (pick && this.sets.union(key, pick.key)) {
        const reason = `initials of ${pick.display}`;
        this.unionReasons.set(key, reason);
        this.noteAlias(acronym, reason);
      }
    }
  }

  // ------------------------------------------------------------ actor names

  /** Node for an event actor: through its mention when given, else by name (created when unknown). */
  actorNode(doc: AnalyzedDocument, ref: ActorRef | null): string | null {
    if (!ref) return null;
    const docId = doc.article.id;
    if (ref.mention !== null && ref.mention !== undefined) {
      const mention = doc.mentions.find((m) => m.index === ref.mention);
      const viaMention = this.mentionNodes.get(mentionKey(docId, ref.mention));
      // "Russian contractors" pointing at the mention "Russian": the group stays apart from Russia.
      if (viaMention && !(this.isDistinctGroup(ref.text) && mention && !this.isDistinctGroup(mention.text))) return viaMention;
      if (viaMention === undefined && !ref.name && !ref.text) return null;
    }
    const name = this.isDistinctGroup(ref.text) ? ref.text : ref.name || ref.text;
    // A generic noun ("officials", "the force") may still name an entity already known, but never creates one.
    return this.nameNode(docId, name, { create: this.mayCreateFromName(name), typeHint: null });
  }

  /**
   * Node for a plain name (actor, speaker, cited source), through the same normaliser as mentions.
   * With create, an unknown name becomes its own node; else null.
   */
  nameNode(docId: string, rawName: string, opts: { create: boolean; typeHint: EntityType | null }): string | null {
    const name = rawName.trim();
    const key = nameKey(name);
    if (!key) return null;
    const distinct = this.isDistinctGroup(name);
    if (!distinct && this.options.foldDemonymsAndCapitals) {
      const hit = countryFor(name);
      if (hit) {
        const ck = nameKey(hit.country);
        if (!opts.create && !this.usable(ck, false)) return null;
        return this.referTo(this.node(ck, hit.country), docId, name, `${hit.how} of {name}`, 'GPE', opts.create);
      }
    }
    if (!distinct) {
      const person = personName(name, isNationalityWord);
      const link = person.key ? this.surnameTarget(docId, person.key) : null;
      if (link) return this.referTo(this.nodes.get(link.target)!, docId, name, link.reason, null, opts.create);
      if (person.key !== key && this.usable(person.key, opts.create)) {
        return this.referTo(this.nodes.get(person.key)!, docId, name, `title stripped (${person.titles.join(' ')}) → {name}`, null, opts.create);
      }
    }
    if (this.usable(key, opts.create)) return this.referTo(this.nodes.get(key)!, docId, name, null, null, opts.create);
    if (!opts.create) return null;
    const node = this.node(key, name);
    node.typeHint = opts.typeHint ?? guessType(name, distinct);
    return this.referTo(node, docId, name, null, null, true);
  }

  /**
   * An existing node a name may resolve to: one that will become an entity (it keeps mentions or
   * stands on its own), or any when the caller may create (the reference then keeps it alive).
   */
  private usable(key: string, create: boolean): boolean {
    const node = this.nodes.get(key);
    return !!node && (create || node.mentions > 0 || node.standalone);
  }

  /** Records a by-name reference to a node: the alias, its reason and, for actors, the count. */
  private referTo(node: NodeInfo, docId: string, name: string, reason: Reason | null, typeHint: EntityType | null, counts: boolean): string {
    if (typeHint) node.typeHint ??= typeHint;
    if (counts) {
      node.standalone = true;
      node.references++;
      node.documents.add(docId);
      node.refDocuments.add(docId);
      node.aliases.add(name);
      if (reason && nameKey(name) !== node.key) this.noteAlias(name, reason);
    }
    return node.key;
  }

  // ------------------------------------------------------------ entities

  private bestDisplay(key: string): string {
    return chooseName([this.nodes.get(key)!], false);
  }

  /** Builds the entities; call after every actor and speaker has been resolved. */
  finish(): ResolvedEntities {
    const idByNode = new Map<string, string>();
    const entities: Entity[] = [];
    const mentionDocs = new Map<string, Set<string>>();
    for (const [mk, node] of this.mentionNodes) {
      if (!mentionDocs.has(node)) mentionDocs.set(node, new Set());
      mentionDocs.get(node)!.add(mk.slice(0, mk.lastIndexOf(':')));
    }
    const usedIds = new Set<string>();
    for (const members of this.sets.groups()) {
      const infos = members.map((k) => this.nodes.get(k)!).filter((n) => n.mentions > 0 || n.standalone);
      if (infos.length === 0) continue;
      const type = voteTypeOf(infos);
      const name = chooseName(infos, type === 'PERSON');
      let id = entityId(nameKey(name), this.options.idHashLength);
      if (usedIds.has(id)) id = entityId(`${nameKey(name)}|${type}|${members[0]}`, this.options.idHashLength);
      usedIds.add(id);
      for (const k of members) idByNode.set(k, id);
      const aliasSet = new Set<string>();
      for (const n of infos) {
        for (const a of n.aliases) aliasSet.add(a);
        for (const [d, count] of n.displays) if (count > 0 || n.aliases.has(d)) aliasSet.add(d);
      }
      aliasSet.delete(name);
      const aliases = [...aliasSet].filter(Boolean).sort(byCodeUnit);
      const nameNodeKey = members.find((k) => this.nodes.get(k)?.displays.has(name)) ?? members[0];
      const merges = aliases.map((alias) => `${alias}: ${this.mergeReason(alias, name, nameNodeKey, members)}`);
      const documents = new Set<string>();
      let mentions = 0;
      for (const n of infos) {
        n.refDocuments.forEach((d) => documents.add(d));
        mentionDocs.get(n.key)?.forEach((d) => documents.add(d));
        mentions += n.mentions + n.references;
      }
      entities.push({ id, name, type, aliases, mentions, documents: [...documents].sort(byCodeUnit), merges });
    }
    entities.sort((a, b) => byCodeUnit(a.id, b.id));
    const mentionEntity: Record<string, string> = {};
    for (const mk of [...this.mentionNodes.keys()].sort(byCodeUnit)) {
      mentionEntity[mk] = idByNode.get(this.mentionNodes.get(mk)!)!;
    }
    return {
      entities,
      mentionEntity,
      byId: new Map(entities.map((e) => [e.id, e])),
      idOf: (nodeKey: string) => {
        const id = idByNode.get(nodeKey);
        if (!id) throw new Error(`resolve: node "${nodeKey}" was created after entities were built`);
        return id;
      },
    };
  }

  private mergeReason(alias: string, name: string, nameNode: string, members: string[]): string {
    const explicit = this.aliasReasons.get(alias);
    if (explicit) return explicit.replaceAll('{name}', name);
    if (nameKey(alias) === nameKey(name)) {
      return accentFold(alias) === accentFold(name) ? `accent/case variant of ${name}` : `same name as ${name} without article or possessive`;
    }
    const aliasNode = members.find((k) => k === nameKey(alias)) ?? members.find((k) => this.nodes.get(k)!.aliases.has(alias));
    if (aliasNode && aliasNode !== nameNode) {
      const union = this.unionReasons.get(aliasNode) ?? this.unionReasons.get(nameNode);
      if (union) return union;
    }
    return `same canonical key as ${name}`;
  }

  get documents(): AnalyzedDocument[] {
    return this.docs;
  }
}

const ARTICLES = new Set(['the', 'el', 'la', 'le', 'les', 'los', 'die', 'der']);

/** A government body every country has: its name alone does not say whose it is. */
/** "china", "chinese", "us", and "philippine" (the Philippines' adjective, no demonym in the gazetteer). */
function namesCountry(key: string): boolean {
  return !!countryFor(key) || countryFor(`${key}s`)?.how === 'country name';
}

/**
 * "China Coast Guard" and "Chinese Coast Guard", "Ukraine Air Force" and "Ukrainian Air Force": a body
 * named after its country is keyed by the demonym form, so both spellings are one entity.
 */
function countryLedKey(name: string): string {
  const words = name.replace(/^the\s+/i, '').split(/\s+/);
  for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
    const hit = countryFor(words.slice(0, n).join(' '));
    if (!hit || hit.how === 'demonym' || !/^\p{Lu}/u.test(words[n])) continue;
    const demonym = demonymOf(hit.country);
    return demonym ? nameKey(`${demonym} ${words.slice(n).join(' ')}`) : nameKey(name);
  }
  return nameKey(name);
}

const GENERIC_BODY = /^(?:the\s+)?(?:(?:foreign|defen[cs]e|interior|finance|justice|health|economy|energy|trade|information) ministry|ministry of (?:foreign affairs|defen[cs]e|the interior|interior|finance|justice|health)|foreign office|armed forces|national security council|security council)$/i;

/** "wagner group" / "grupo wagner" → "wagner"; null when the key has no word for "group". */
function groupCore(key: string): string | null {
  const words = key.split(' ');
  const rest = words.filter((w) => !GROUP_HEADS.has(w) && !ARTICLES.has(w));
  if (rest.length === words.length || rest.length === 0 || words.filter((w) => GROUP_HEADS.has(w)).length !== 1) return null;
  return rest.join(' ');
}
